#include "pages/PageListModel.h"

#include "store/PageStatus.h"
#include "store/PageStore.h"
#include "store/PageTitle.h"

#include <QFont>

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
    case Qt::ToolTipRole:
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

int PageListModel::rowOf(const QString& title) const
{
    return m_rowByKey.value(PageTitle::key(title), -1);
}

} // namespace folio
