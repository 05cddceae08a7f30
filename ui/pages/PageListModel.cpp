#include "pages/PageListModel.h"

#include "store/PageStatus.h"
#include "store/PageStore.h"
#include "store/PageTitle.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QMimeData>
#include <QStyle>

namespace folio {
namespace {

const QString kTitlesMime = QStringLiteral("application/x-folio-page-title");

} // namespace

QString PageListModel::headingText(PageKind kind, int pages)
{
    switch (kind) {
    case PageKind::Guide:
        return PageListModel::tr("Guides (%1)").arg(pages);
    case PageKind::Faq:
        return PageListModel::tr("FAQs (%1)").arg(pages);
    case PageKind::BestPractice:
        return PageListModel::tr("Best practices (%1)").arg(pages);
    case PageKind::Note:
        break;
    }
    return PageListModel::tr("Notes (%1)").arg(pages);
}

PageListModel::PageListModel(QObject* parent) : QAbstractItemModel(parent)
{
}

void PageListModel::reload(const PageStore& store, PageFilter filter)
{
    // Read first: a wiki that cannot be read leaves the list as it was, not half reset.
    QList<PageSummary> pages = store.list(filter);
    beginResetModel();
    m_pages = std::move(pages);
    m_rowByKey.clear();
    m_rowByKey.reserve(m_pages.size());
    for (qsizetype row = 0; row < m_pages.size(); ++row)
        m_rowByKey.insert(m_pages.at(row).titleKey, int(row));
    build();
    endResetModel();
}

void PageListModel::setGrouping(PageGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    build();
    endResetModel();
}

std::vector<int> PageListModel::parentRows() const
{
    QHash<qint64, int> rowOfId;
    rowOfId.reserve(m_pages.size());
    for (qsizetype row = 0; row < m_pages.size(); ++row)
        rowOfId.insert(m_pages.at(row).id, int(row));
    std::vector<int> parent(m_pages.size(), -1);
    for (qsizetype row = 0; row < m_pages.size(); ++row)
        parent[row] = m_pages.at(row).parentId ? rowOfId.value(m_pages.at(row).parentId, -1) : -1;
    // Pages merged from two machines can loop (each under the other): walk up once from
    // every page, and cut each loop found, so every page is reachable from a root.
    enum State : char { Unseen, OnPath, Done };
    std::vector<State> state(m_pages.size(), Unseen);
    std::vector<int> path;
    for (int start = 0; start < int(m_pages.size()); ++start) {
        path.clear();
        int row = start;
        while (row >= 0 && state[row] == Unseen) {
            state[row] = OnPath;
            path.push_back(row);
            row = parent[row];
        }
        if (row >= 0 && state[row] == OnPath) {
            for (auto at = std::find(path.begin(), path.end(), row); at != path.end(); ++at)
                parent[*at] = -1;
        }
        for (int visited : path)
            state[visited] = Done;
    }
    return parent;
}

void PageListModel::build()
{
    m_nodes.clear();
    m_roots.clear();
    m_nodeOfPage.assign(m_pages.size(), -1);
    m_nodes.reserve(m_pages.size() + 4);
    const auto addNode = [this](int page, PageKind kind, int parent = -1) {
        Node node;
        node.page = page;
        node.kind = kind;
        node.parent = parent;
        QList<int>& siblings = node.parent < 0 ? m_roots : m_nodes[node.parent].children;
        node.row = int(siblings.size());
        m_nodes.push_back(std::move(node));
        const int at = int(m_nodes.size()) - 1;
        siblings.append(at);
        if (m_nodes[at].page >= 0)
            m_nodeOfPage[m_nodes[at].page] = at;
        return at;
    };
    switch (m_grouping) {
    case PageGrouping::None:
        for (int row = 0; row < int(m_pages.size()); ++row)
            addNode(row, m_pages.at(row).kind);
        break;
    case PageGrouping::Kind: {
        QHash<int, int> headings; // kind -> heading node
        for (const PageKind kind :
             {PageKind::Guide, PageKind::Faq, PageKind::BestPractice, PageKind::Note}) {
            const bool any =
                std::any_of(m_pages.begin(), m_pages.end(),
                            [kind](const PageSummary& page) { return page.kind == kind; });
            if (any)
                headings.insert(int(kind), addNode(-1, kind));
        }
        for (int row = 0; row < int(m_pages.size()); ++row)
            addNode(row, m_pages.at(row).kind, headings.value(int(m_pages.at(row).kind)));
        break;
    }
    case PageGrouping::Hierarchy: {
        // Parents before children, each level in title order (m_pages is).
        const std::vector<int> parent = parentRows();
        std::vector<QList<int>> childRows(m_pages.size());
        QList<int> rootRows;
        for (int row = 0; row < int(m_pages.size()); ++row)
            (parent[row] < 0 ? rootRows : childRows[parent[row]]).append(row);
        QList<int> pending = rootRows;
        for (qsizetype next = 0; next < pending.size(); ++next) {
            const int row = pending.at(next);
            const int above = parent[row] < 0 ? -1 : m_nodeOfPage[parent[row]];
            addNode(row, m_pages.at(row).kind, above);
            pending += childRows[row];
        }
        break;
    }
    }
}

const PageListModel::Node* PageListModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[index.internalId()];
}

QModelIndex PageListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node* above = nodeOf(parent);
    if (parent.isValid() && !above)
        return {};
    const QList<int>& siblings = above ? above->children : m_roots;
    if (row >= siblings.size())
        return {};
    return createIndex(row, 0, quintptr(siblings.at(row)));
}

QModelIndex PageListModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[node->parent].row, 0, quintptr(node->parent));
}

int PageListModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    const Node* node = nodeOf(parent);
    return node && parent.column() == 0 ? int(node->children.size()) : 0;
}

int PageListModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant PageListModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeOf(index);
    if (!node)
        return {};
    if (node->page >= 0)
        return pageData(m_pages.at(node->page), role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return headingText(node->kind, int(node->children.size()));
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case KindRole:
        return PageKinds::key(node->kind);
    default:
        return {};
    }
}

QVariant PageListModel::pageData(const PageSummary& page, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return page.title;
    case Qt::DecorationRole:
        if (m_conflicted.contains(page.id))
            return QIcon::fromTheme(
                QStringLiteral("dialog-warning"),
                QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        return {};
    case ConflictedRole:
        return m_conflicted.contains(page.id);
    case Qt::ToolTipRole:
        if (m_conflicted.contains(page.id))
            return tr("%1 — Conflicted: two machines changed the same lines (View → Conflicts)")
                .arg(page.title);
        if (page.status != PageStatus::Published)
            return tr("%1 — %2 — %3")
                .arg(page.title, PageKinds::displayName(page.kind),
                     PageStatuses::displayName(page.status));
        return tr("%1 — %2").arg(page.title, PageKinds::displayName(page.kind));
    case Qt::FontRole:
        if (page.status != PageStatus::Published) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case KindRole:
        return PageKinds::key(page.kind);
    case StatusRole:
        return PageStatuses::key(page.status);
    case PageIdRole:
        return page.id;
    default:
        return {};
    }
}

Qt::ItemFlags PageListModel::flags(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    if (!node)
        return m_grouping == PageGrouping::Hierarchy ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    if (node->page < 0)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_grouping == PageGrouping::Hierarchy)
        flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions PageListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PageListModel::mimeTypes() const
{
    return {kTitlesMime};
}

QMimeData* PageListModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        const Node* node = nodeOf(index);
        if (node && node->page >= 0) {
            auto* data = new QMimeData;
            data->setData(kTitlesMime, m_pages.at(node->page).title.toUtf8());
            return data;
        }
    }
    return nullptr;
}

QString PageListModel::droppedTitle(const QMimeData* data) const
{
    if (!data || !data->hasFormat(kTitlesMime))
        return {};
    const QString title = QString::fromUtf8(data->data(kTitlesMime));
    return m_rowByKey.contains(PageTitle::key(title)) ? title : QString();
}

bool PageListModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                    const QModelIndex& parent) const
{
    if (m_grouping != PageGrouping::Hierarchy || action != Qt::MoveAction)
        return false;
    const QString title = droppedTitle(data);
    if (title.isEmpty())
        return false;
    // Not onto itself nor anything under it: that would loop.
    const QModelIndex dragged = indexOf(title);
    for (QModelIndex at = parent; at.isValid(); at = at.parent())
        if (at == dragged)
            return false;
    return true;
}

bool PageListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString title = droppedTitle(data);
    const QString parentTitle = parent.data(TitleRole).toString();
    // The owner reloads the model: not while the view is still handling the drop.
    QMetaObject::invokeMethod(
        this, [this, title, parentTitle] { Q_EMIT moveRequested(title, parentTitle); },
        Qt::QueuedConnection);
    return false; // nothing to remove: the reload shows the page in its new place
}

QModelIndex PageListModel::indexOf(const QString& title) const
{
    const int row = m_rowByKey.value(PageTitle::key(title), -1);
    if (row < 0 || row >= int(m_nodeOfPage.size()))
        return {};
    const int node = m_nodeOfPage[row];
    return node < 0 ? QModelIndex() : createIndex(m_nodes[node].row, 0, quintptr(node));
}

int PageListModel::countMatching(const QString& text) const
{
    if (text.isEmpty())
        return int(m_pages.size());
    return int(std::count_if(m_pages.begin(), m_pages.end(), [&text](const PageSummary& page) {
        return page.title.contains(text, Qt::CaseInsensitive);
    }));
}

void PageListModel::setConflicted(const QSet<qint64>& pageIds)
{
    if (pageIds == m_conflicted)
        return;
    const QSet<qint64> changed = (pageIds - m_conflicted) + (m_conflicted - pageIds);
    m_conflicted = pageIds;
    // Only those pages' icons and tips change; a reset would close the tree's branches.
    for (int row = 0; row < int(m_pages.size()); ++row) {
        const int node = m_nodeOfPage[row];
        if (node < 0 || !changed.contains(m_pages.at(row).id))
            continue;
        const QModelIndex at = createIndex(m_nodes[node].row, 0, quintptr(node));
        Q_EMIT dataChanged(at, at, {Qt::DecorationRole, Qt::ToolTipRole, ConflictedRole});
    }
}

} // namespace folio
