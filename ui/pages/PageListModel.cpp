#include "pages/PageListModel.h"

#include "store/PageStatus.h"
#include "store/PageStore.h"
#include "store/PageTitle.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace folio {

PageListModel::PageListModel(QObject* parent) : QAbstractListModel(parent)
{
}

void PageListModel::reload(const PageStore& store, PageFilter filter)
{
    beginResetModel();
    m_pages = store.list(filter);
    m_rowByKey.clear();
    m_rowByKey.reserve(m_pages.size());
    for (qsizetype row = 0; row < m_pages.size(); ++row)
        m_rowByKey.insert(PageTitle::key(m_pages.at(row).title), int(row));
    endResetModel();
}

int PageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QVariant PageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PageSummary& page = m_pages.at(index.row());
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
    default:
        return {};
    }
}

void PageListModel::setConflicted(const QSet<qint64>& pageIds)
{
    if (pageIds == m_conflicted)
        return;
    m_conflicted = pageIds;
    if (!m_pages.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_pages.size()) - 1),
                           {Qt::DecorationRole, Qt::ToolTipRole, ConflictedRole});
}

int PageListModel::rowOf(const QString& title) const
{
    return m_rowByKey.value(PageTitle::key(title), -1);
}

} // namespace folio
