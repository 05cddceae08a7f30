#pragma once

#include "store/LinkStore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace folio {

// The links of a wiki as a table that loads only the rows on screen: a block of rows is read
// when a view first asks for one of them, and a few blocks are kept, so 500,000 links scroll
// as smoothly as 50.
class LinksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Domain, FirstSharedBy, Channel, LastShared, Shares, Status, ColumnCount };
    enum Role { LinkIdRole = Qt::UserRole + 1, UrlRole };

    explicit LinksModel(QObject* parent = nullptr);

    // Shows the links of `store` (null: none) that `query` selects. Throws StoreError.
    void setStore(const LinkStore* store);
    void setQuery(const LinkQuery& query);
    const LinkQuery& query() const { return m_query; }
    // Reads everything again (after an import).
    void reload();
    std::optional<Link> linkAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr int kBlockRows = 256;
    static constexpr int kBlocksKept = 16;

private:
    const Link* link(int row) const;

    const LinkStore* m_store = nullptr;
    LinkQuery m_query;
    int m_count = 0;
    mutable QHash<int, std::vector<Link>> m_blocks;
    mutable QList<int> m_recent; // blocks, most recently read last
};

} // namespace folio
