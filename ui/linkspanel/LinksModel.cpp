#include "linkspanel/LinksModel.h"

#include "store/StoreError.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace folio {

LinksModel::LinksModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void LinksModel::setStore(const LinkStore* store)
{
    m_store = store;
    reload();
}

void LinksModel::setQuery(const LinkQuery& query)
{
    m_query = query;
    reload();
}

void LinksModel::reload()
{
    beginResetModel();
    m_blocks.clear();
    m_recent.clear();
    m_count = 0;
    try {
        m_count = m_store ? int(qMin<qint64>(m_store->count(m_query), INT_MAX)) : 0;
    } catch (const StoreError&) {
        endResetModel();
        throw;
    }
    endResetModel();
}

const Link* LinksModel::link(int row) const
{
    if (!m_store || row < 0 || row >= m_count)
        return nullptr;
    const int block = row / kBlockRows;
    auto it = m_blocks.find(block);
    if (it == m_blocks.end()) {
        std::vector<Link> rows;
        try {
            rows = m_store->list(m_query, block * kBlockRows, kBlockRows);
        } catch (const StoreError&) {
            return nullptr; // a row the wiki cannot give now shows empty
        }
        if (m_blocks.size() >= kBlocksKept && !m_recent.isEmpty())
            m_blocks.remove(m_recent.takeFirst());
        it = m_blocks.insert(block, std::move(rows));
    }
    m_recent.removeOne(block);
    m_recent.append(block);
    const std::vector<Link>& rows = *it;
    const size_t offset = size_t(row % kBlockRows);
    return offset < rows.size() ? &rows[offset] : nullptr;
}

std::optional<Link> LinksModel::linkAt(int row) const
{
    const Link* found = link(row);
    return found ? std::optional<Link>(*found) : std::nullopt;
}

int LinksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LinksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinksModel::data(const QModelIndex& index, int role) const
{
    const Link* row = link(index.row());
    if (!row)
        return {};
    if (role == LinkIdRole)
        return row->id;
    if (role == UrlRole)
        return row->url;
    if (role == Qt::ToolTipRole)
        return row->label.isEmpty() ? row->url : row->label + u'\n' + row->url;
    if (role == Qt::TextAlignmentRole && index.column() == Shares)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return row->label.isEmpty() ? row->url : row->label;
    case Domain:
        return row->host;
    case FirstSharedBy:
        return row->firstSharedBy;
    case Channel:
        return row->firstChannel;
    case LastShared:
        return row->lastSharedAt ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(
                                                          *row->lastSharedAt, QTimeZone::utc())
                                                          .toLocalTime()
                                                          .date(),
                                                      QLocale::ShortFormat)
                                 : QString();
    case Shares:
        return row->shareCount;
    case Status:
        return tr("Not archived");
    default:
        return {};
    }
}

QVariant LinksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Domain:
        return tr("Domain");
    case FirstSharedBy:
        return tr("First shared by");
    case Channel:
        return tr("Channel");
    case LastShared:
        return tr("Last shared");
    case Shares:
        return tr("Shares");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace folio
