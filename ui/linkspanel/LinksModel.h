#pragma once

#include "store/LinkStore.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>

namespace folio {

// The links of a wiki as a table that loads only the rows on screen: a block of rows is read
// when a view first asks for one of them, and a few blocks are kept, so 500,000 links scroll
// as smoothly as 50. A new filter is counted off the UI thread (half a second for a broad one
// over 500,000 links) on a read-only connection of its own; the rows shown stay until the
// answer comes, and only the newest of filters typed in quick succession is shown.
class LinksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Domain, FirstSharedBy, Channel, LastShared, Shares, Status, ColumnCount };
    enum Role { LinkIdRole = Qt::UserRole + 1, UrlRole };

    explicit LinksModel(QObject* parent = nullptr);

    // Shows the links of `store` (null: none) that the query selects, read at once. Throws
    // StoreError.
    void setStore(const LinkStore* store);
    // Shows the links `query` selects once counted: loaded() or failed() says when.
    void setQuery(const LinkQuery& query);
    // The query whose links are shown.
    const LinkQuery& query() const { return m_query; }
    // Reads everything again (after an import), as setQuery() does.
    void reload();
    // Whether a query is being counted.
    bool isLoading() const;
    std::optional<Link> linkAt(int row) const;
    // "Archived", "Failed"… for Link::archiveStatus.
    static QString statusName(const QString& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr int kBlockRows = 256;
    static constexpr int kBlocksKept = 16;

Q_SIGNALS:
    // The rows of the newest query are shown.
    void loaded();
    // The newest query could not be read; the rows shown are the last that could.
    void failed(const QString& message);

private:
    // A query's count and first rows, read off the UI thread, or why they could not be.
    struct Answer
    {
        int generation = 0;
        LinkQuery query;
        int count = 0;
        std::vector<Link> firstRows;
        QString error;
    };
    static Answer read(const QString& wikiPath, const LinkQuery& query, int generation);
    void request(const LinkQuery& query);
    void startReading();
    void show(Answer answer);
    const Link* link(int row) const;

    const LinkStore* m_store = nullptr;
    LinkQuery m_query;
    int m_count = 0;
    LinkQuery m_wanted;     // the newest query asked for
    int m_generation = 0;   // counts queries asked for; an answer to an older one is dropped
    bool m_waiting = false; // a query asked for waits for the one being read
    QFutureWatcher<Answer>* m_reader = nullptr;
    mutable QHash<int, std::vector<Link>> m_blocks;
    mutable QList<int> m_recent; // blocks, most recently read last
};

} // namespace folio
