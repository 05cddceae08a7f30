#pragma once

#include "store/Page.h"
#include "store/PageStore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <vector>

namespace folio {

class PageStore;

// How the side panel arranges the pages: by title, under their kind, or under their parents.
enum class PageGrouping { None, Kind, Hierarchy };

// The wiki's pages for the side panel, as a list or a tree. In the hierarchy a page can be
// dragged onto another to go under it (moveRequested); the owner writes the move and reloads.
class PageListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, TitleRole, StatusRole, ConflictedRole, PageIdRole };

    explicit PageListModel(QObject* parent = nullptr);

    // `filter`: all pages (drafts shown, in italics) or the published ones.
    void reload(const PageStore& store, PageFilter filter = PageFilter::All);
    void setGrouping(PageGrouping grouping);
    PageGrouping grouping() const { return m_grouping; }
    // The page with this title (any case), or an invalid index.
    QModelIndex indexOf(const QString& title) const;
    int pageCount() const { return int(m_pages.size()); }
    // A kind's heading: "Guides (12)".
    static QString headingText(PageKind kind, int pages);
    // How many titles hold `text` (any case), as the panel's filter matches them.
    int countMatching(const QString& text) const;
    // The pages whose text holds two machines' conflicting edits: marked in the list.
    void setConflicted(const QSet<qint64>& pageIds);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    // A page was dropped under `parentTitle` (empty: at the top). Sent once the drop is over.
    void moveRequested(const QString& title, const QString& parentTitle);

private:
    struct Node
    {
        int page = -1; // into m_pages; -1 for a kind's heading
        PageKind kind = PageKind::Note;
        int parent = -1; // into m_nodes
        int row = 0;
        QList<int> children;
    };
    void build();
    // Each page's parent in m_pages, or -1: where pages loop, each page of the loop is a root.
    std::vector<int> parentRows() const;
    const Node* nodeOf(const QModelIndex& index) const;
    QVariant pageData(const PageSummary& page, int role) const;
    QString droppedTitle(const QMimeData* data) const;

    QList<PageSummary> m_pages;
    PageGrouping m_grouping = PageGrouping::None;
    std::vector<Node> m_nodes;
    QList<int> m_roots;
    std::vector<int> m_nodeOfPage; // page row -> node
    QSet<qint64> m_conflicted;
    QHash<QString, int> m_rowByKey; // title key -> page row, so selecting a page is not a scan
};

} // namespace folio
