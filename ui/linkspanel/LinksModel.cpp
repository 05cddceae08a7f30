#include "linkspanel/LinksModel.h"

#include "store/Database.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

namespace folio {

namespace {

int countOf(const LinkStore& store, const LinkQuery& query)
{
    return int(qMin<qint64>(store.count(query), INT_MAX));
}

} // namespace

LinksModel::LinksModel(QObject* parent)
    : QAbstractTableModel(parent), m_reader(new QFutureWatcher<Answer>(this))
{
    connect(m_reader, &QFutureWatcher<Answer>::finished, this, [this] {
        Answer answer = m_reader->result();
        if (answer.generation == m_generation)
            show(std::move(answer));
        else if (m_waiting)
            startReading(); // the newest query, asked for while this one was read
    });
}

void LinksModel::setStore(const LinkStore* store)
{
    ++m_generation; // an answer on its way is about the wiki before
    m_waiting = false;
    beginResetModel();
    m_store = store;
    m_wanted = m_query;
    m_blocks.clear();
    m_recent.clear();
    m_count = 0;
    try {
        m_count = m_store ? countOf(*m_store, m_query) : 0;
    } catch (const StoreError&) {
        endResetModel();
        throw;
    }
    endResetModel();
}

void LinksModel::setQuery(const LinkQuery& query)
{
    request(query);
}

void LinksModel::reload()
{
    request(m_wanted);
}

bool LinksModel::isLoading() const
{
    return m_reader->isRunning();
}

void LinksModel::request(const LinkQuery& query)
{
    m_wanted = query;
    ++m_generation;
    m_waiting = true;
    if (!m_reader->isRunning())
        startReading();
}

void LinksModel::startReading()
{
    m_waiting = false;
    const QString path = m_store ? m_store->wikiPath() : QString();
    if (!m_store || path.isEmpty() || path.startsWith(u':')) {
        // No wiki, or one only this connection sees (in memory): read here.
        Answer answer;
        answer.generation = m_generation;
        answer.query = m_wanted;
        try {
            answer.count = m_store ? countOf(*m_store, m_wanted) : 0;
            if (answer.count > 0)
                answer.firstRows = m_store->list(m_wanted, 0, kBlockRows);
        } catch (const StoreError& error) {
            answer.error = error.message();
        }
        show(std::move(answer));
        return;
    }
    m_reader->setFuture(QtConcurrent::run(&LinksModel::read, path, m_wanted, m_generation));
}

LinksModel::Answer LinksModel::read(const QString& wikiPath, const LinkQuery& query, int generation)
{
    Answer answer;
    answer.generation = generation;
    answer.query = query;
    try {
        const WikiFile::Opened wiki = WikiFile::openForReading(wikiPath);
        const LinkStore store(*wiki.database);
        answer.count = countOf(store, query);
        if (answer.count > 0)
            answer.firstRows = store.list(query, 0, kBlockRows);
    } catch (const StoreError& error) {
        answer.error = error.message();
    }
    return answer;
}

void LinksModel::show(Answer answer)
{
    if (!answer.error.isEmpty()) {
        Q_EMIT failed(answer.error);
        return;
    }
    beginResetModel();
    m_query = std::move(answer.query);
    m_count = answer.count;
    m_blocks.clear();
    m_recent.clear();
    if (!answer.firstRows.empty()) {
        m_blocks.insert(0, std::move(answer.firstRows));
        m_recent.append(0);
    }
    endResetModel();
    Q_EMIT loaded();
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
        return row->displayTitle() == row->url ? row->url : row->displayTitle() + u'\n' + row->url;
    if (role == Qt::TextAlignmentRole && index.column() == Shares)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return row->displayTitle();
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
        return statusName(row->archiveStatus);
    default:
        return {};
    }
}

QString LinksModel::statusName(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Waiting");
    if (status == QLatin1String("archived"))
        return tr("Archived");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("skipped"))
        return tr("Skipped");
    return tr("Not archived");
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
