#include "pages/PageListPanel.h"

#include "store/PageKind.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace folio {
namespace {

// While filtering, a kind's heading counts the pages shown under it, not all of its pages.
class PageFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) &&
            !filterRegularExpression().pattern().isEmpty() &&
            !index.data(PageListModel::TitleRole).isValid()) {
            const std::optional<PageKind> kind =
                PageKinds::fromKey(index.data(PageListModel::KindRole).toString());
            if (kind)
                return PageListModel::headingText(*kind, rowCount(index));
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

PageListPanel::PageListPanel(QWidget* parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_count(new QLabel(this)), m_grouping(new QComboBox(this)), m_model(new PageListModel(this)),
      m_proxy(new PageFilterProxy(this))
{
    m_filter->setPlaceholderText(tr("Filter pages"));
    m_filter->setAccessibleName(tr("Filter pages"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Headings (by kind) carry no title: they show when a page under them matches.
    m_proxy->setFilterRole(PageListModel::TitleRole);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true); // keeps very long lists fast to lay out
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Pages"));
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_count->setObjectName(QStringLiteral("pageCount"));
    m_count->setContentsMargins(4, 0, 4, 0);
    m_grouping->addItem(tr("By title"), int(PageGrouping::None));
    m_grouping->addItem(tr("By kind"), int(PageGrouping::Kind));
    m_grouping->addItem(tr("By hierarchy"), int(PageGrouping::Hierarchy));
    m_grouping->setAccessibleName(tr("Arrange pages"));
    m_grouping->setToolTip(tr("Arrange pages by title, under their kind, or under their parent "
                              "pages (drag a page onto another to move it there)"));

    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(0, 0, 0, 0);
    footer->addWidget(m_count, 1);
    footer->addWidget(m_grouping);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);
    setTabOrder(m_filter, m_view);
    setTabOrder(m_view, m_grouping);
    setGrouping(PageGrouping::None);

    connect(m_filter, &QLineEdit::textChanged, this, &PageListPanel::applyFilter);
    // Enter in the filter opens the first match, so a page is a few keystrokes away.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { activate(firstPage()); });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        const auto grouping = PageGrouping(m_grouping->currentData().toInt());
        const QString current = currentTitle();
        setGrouping(grouping);
        if (!current.isEmpty())
            select(current);
        Q_EMIT groupingChanged(grouping);
    });
    connect(m_model, &PageListModel::moveRequested, this, &PageListPanel::moveRequested);
    m_filter->installEventFilter(this);
    m_view->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &PageListPanel::showContextMenu);
    auto* rename =
        new QShortcut(QKeySequence(Qt::Key_F2), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(rename, &QShortcut::activated, this, [this] {
        if (!currentTitle().isEmpty())
            Q_EMIT renameRequested(currentTitle());
    });
    auto* remove =
        new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (!currentTitle().isEmpty())
            Q_EMIT deleteRequested(currentTitle());
    });
    connect(m_view, &QTreeView::activated, this, &PageListPanel::activate);
    connect(m_view, &QTreeView::clicked, this, &PageListPanel::activate);
}

QString PageListPanel::groupingKey(PageGrouping grouping)
{
    switch (grouping) {
    case PageGrouping::Kind:
        return QStringLiteral("kind");
    case PageGrouping::Hierarchy:
        return QStringLiteral("hierarchy");
    case PageGrouping::None:
        break;
    }
    return QStringLiteral("none");
}

PageGrouping PageListPanel::groupingFromKey(const QString& key)
{
    if (key == QLatin1String("kind"))
        return PageGrouping::Kind;
    if (key == QLatin1String("hierarchy"))
        return PageGrouping::Hierarchy;
    return PageGrouping::None;
}

void PageListPanel::setConflicted(const QSet<qint64>& pageIds)
{
    m_model->setConflicted(pageIds);
}

void PageListPanel::setGrouping(PageGrouping grouping)
{
    m_model->setGrouping(grouping);
    m_view->setRootIsDecorated(grouping != PageGrouping::None);
    m_view->setDragEnabled(grouping == PageGrouping::Hierarchy);
    m_view->setAcceptDrops(grouping == PageGrouping::Hierarchy);
    const int at = m_grouping->findData(int(grouping));
    if (at != m_grouping->currentIndex()) {
        const QSignalBlocker quiet(m_grouping);
        m_grouping->setCurrentIndex(at);
    }
    if (grouping == PageGrouping::Kind || !m_filter->text().isEmpty())
        m_view->expandAll();
}

PageGrouping PageListPanel::grouping() const
{
    return m_model->grouping();
}

void PageListPanel::reload(const PageStore& store, PageFilter filter)
{
    // A reload (every save) keeps the branches the reader opened.
    const QStringList expanded = m_filter->text().isEmpty() ? expandedTitles() : QStringList();
    m_model->reload(store, filter);
    expandTitles(expanded);
    if (m_model->grouping() == PageGrouping::Kind || !m_filter->text().isEmpty())
        m_view->expandAll();
    updateCount();
}

QStringList PageListPanel::expandedTitles() const
{
    QStringList expanded;
    if (m_model->grouping() == PageGrouping::Hierarchy)
        for (QModelIndex at = m_proxy->index(0, 0); at.isValid(); at = m_view->indexBelow(at))
            if (m_view->isExpanded(at))
                expanded << at.data(PageListModel::TitleRole).toString();
    return expanded;
}

void PageListPanel::expandTitles(const QStringList& titles)
{
    for (const QString& title : titles)
        m_view->expand(m_proxy->mapFromSource(m_model->indexOf(title)));
}

void PageListPanel::applyFilter(const QString& text)
{
    const bool wasFiltering = !m_proxy->filterRegularExpression().pattern().isEmpty();
    if (!wasFiltering && !text.isEmpty())
        m_expandedBeforeFilter = expandedTitles();
    m_proxy->setFilterFixedString(text);
    // Matches deep in the tree are shown, not hidden in closed branches; once the filter is
    // cleared the tree is as the reader left it, opened down to the page chosen.
    if (!text.isEmpty() || m_model->grouping() == PageGrouping::Kind) {
        m_view->expandAll();
    } else if (wasFiltering) {
        m_view->collapseAll();
        expandTitles(std::exchange(m_expandedBeforeFilter, {}));
        const QModelIndex current = m_view->currentIndex();
        for (QModelIndex above = current.parent(); above.isValid(); above = above.parent())
            m_view->expand(above);
        if (current.isValid())
            m_view->scrollTo(current);
    }
    updateCount();
}

void PageListPanel::select(const QString& title)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(title));
    if (index.isValid()) {
        for (QModelIndex above = index.parent(); above.isValid(); above = above.parent())
            m_view->expand(above);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->clearSelection();
    }
}

void PageListPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void PageListPanel::activate(const QModelIndex& index)
{
    // Headings carry no title: the view opens them on a double click, Enter on the key filter.
    const QString title = index.data(PageListModel::TitleRole).toString();
    if (!title.isEmpty())
        Q_EMIT pageActivated(title);
}

QString PageListPanel::currentTitle() const
{
    return m_view->currentIndex().data(PageListModel::TitleRole).toString();
}

QModelIndex PageListPanel::firstPage() const
{
    for (QModelIndex at = m_proxy->index(0, 0); at.isValid(); at = m_view->indexBelow(at))
        if (!at.data(PageListModel::TitleRole).toString().isEmpty())
            return at;
    return {};
}

void PageListPanel::showContextMenu(const QPoint& position)
{
    // The Menu key asks at no particular item: it means the current one.
    const QModelIndex at = m_view->indexAt(position);
    const QModelIndex index = at.isValid() ? at : m_view->currentIndex();
    const QString title = index.data(PageListModel::TitleRole).toString();
    if (title.isEmpty())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, title] { Q_EMIT pageActivated(title); });
    menu.addAction(tr("Copy &Link"), this, [this, title] { Q_EMIT copyLinkRequested(title); });
    menu.addSeparator();
    menu.addAction(tr("&Rename…"), this, [this, title] { Q_EMIT renameRequested(title); })
        ->setShortcut(QKeySequence(Qt::Key_F2));
    menu.addAction(tr("&Move Under…"), this, [this, title] { Q_EMIT moveDialogRequested(title); });
    menu.addAction(tr("&Delete…"), this, [this, title] { Q_EMIT deleteRequested(title); })
        ->setShortcut(QKeySequence::Delete);
    const QPoint global =
        at.isValid() ? m_view->viewport()->mapToGlobal(position)
                     : m_view->viewport()->mapToGlobal(m_view->visualRect(index).bottomLeft());
    menu.exec(global);
}

bool PageListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    // Down from the filter goes into the list, Up from its first row comes back: a page is
    // found and opened without the mouse.
    if (watched == m_filter && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) &&
        m_proxy->rowCount() > 0) {
        m_view->setFocus(Qt::TabFocusReason);
        // Filtered, the first match; else the page on screen, where the list is scrolled to.
        const QModelIndex current = m_view->currentIndex();
        const QModelIndex first = firstPage();
        m_view->setCurrentIndex(m_filter->text().isEmpty() && current.isValid() ? current
                                : first.isValid()                               ? first
                                                  : m_proxy->index(0, 0));
        return true;
    }
    if (watched == m_view && key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier &&
        !m_view->indexAbove(m_view->currentIndex()).isValid()) {
        m_filter->setFocus(Qt::TabFocusReason);
        return true;
    }
    // Enter on a heading opens or closes it.
    if (watched == m_view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && current.data(PageListModel::TitleRole).toString().isEmpty()) {
            m_view->setExpanded(current, !m_view->isExpanded(current));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PageListPanel::updateCount()
{
    const int total = m_model->pageCount();
    const int shown = m_model->countMatching(m_filter->text());
    m_count->setText(shown == total ? tr("%n page(s)", nullptr, total)
                                    : tr("%1 of %n page(s)", nullptr, total).arg(shown));
}

} // namespace folio
