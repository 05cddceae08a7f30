#pragma once

#include "store/BulkIndexing.h"
#include "store/Page.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace folio {

class Statement;

class Database;

enum class PageFilter { All, Published, InReview };

struct TagCount
{
    QString tag;
    int pages = 0;
};

struct DeletedPage
{
    qint64 id = 0;
    QString title;
    QDateTime deletedAt;
};

// Pages and their append-only history. Every write is one transaction: the page row, its
// tags and the new revision land together or not at all.
class PageStore
{
    Q_DECLARE_TR_FUNCTIONS(folio::PageStore)

public:
    enum class WriteResult { Created, Updated, Unchanged };
    struct BulkResult
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int kept = 0; // imports: pages left as they are although their file changed
    };
    using Progress = std::function<void(int done, int total)>;
    // From this many pages on, writeAll() indexes new pages for search in one go.
    static constexpr int kBulkIndexing = int(BulkIndexing::kThreshold);
    // The most text a page holds, in UTF-8 bytes. A long guide is a few hundred kB; past
    // this a text is a log or a dump, and belongs in several pages or an attachment.
    static constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;

    explicit PageStore(Database& db);

    Database& database() const { return m_db; }

    std::optional<Page> find(const QString& title) const;
    std::optional<Page> find(qint64 id) const;
    bool exists(const QString& title) const;
    // exists() for many titles (the links of a page being rendered): the statement is
    // prepared once, for as long as the function is kept.
    std::function<bool(const QString&)> existenceCheck() const;
    // Live pages in title order: all of them, only the published, or those in review.
    QList<PageSummary> list(PageFilter filter = PageFilter::All) const;
    // Only the titles of all live pages, in title order: for pickers that list every page.
    QStringList titles() const;
    // Deleted pages, most recently deleted first; undelete() brings one back.
    QList<DeletedPage> deleted() const;
    // The pages carrying `tag` (as PageTags writes it), by title.
    QList<PageSummary> withTag(const QString& tag, PageFilter filter = PageFilter::All) const;
    // Every tag of the live pages `filter` lets through, with how many carry it, by tag.
    QList<TagCount> tagCounts(PageFilter filter = PageFilter::All) const;
    int count() const;
    // The first title in list() order, without reading the whole list.
    std::optional<QString> firstTitle() const;
    // Newest first.
    QList<Revision> history(qint64 pageId) const;
    std::optional<Revision> revision(qint64 revisionId) const;
    // The newest revision readers saw published: what a review compares against.
    std::optional<Revision> lastPublished(qint64 pageId) const;

    Page create(const PageContent& content, const QString& author, const PageState& state = {});
    // Saves an edit made on top of `baseRevision`. If the page has a newer revision since
    // (edited elsewhere), throws a Conflict StoreError instead of overwriting it.
    Page update(qint64 pageId, const PageContent& content, qint64 baseRevision,
                const QString& author, const QString& summary = {});
    // Moves the page through review (or changes who may read it) as a revision of its own,
    // so the history says who published or sent it back. Unchanged state writes nothing.
    Page setState(qint64 pageId, const PageState& state, const QString& author,
                  const QString& summary = {});
    // Puts the page under `parentId` (none: at the top) as a revision of its own, so the
    // history shows the move and a bundle carries it. Refuses a parent that is the page
    // itself or sits under it (InvalidInput), or is gone (NotFound). Unchanged writes nothing.
    Page move(qint64 pageId, std::optional<qint64> parentId, const QString& author);
    // The live pages above this one, the topmost first: the path breadcrumbs show. Stops at
    // a parent that is gone, and where pages merged from two machines loop.
    QList<PageSummary> ancestors(qint64 pageId) const;
    // Brings back the text, kind and tags of an older revision as a new revision; the title
    // stays, so links keep working.
    Page restoreRevision(qint64 pageId, qint64 revisionId, const QString& author);
    // Brings a deleted page back with its history, under its title or, if another page has
    // taken it since, under "Title (restored)".
    Page undelete(qint64 pageId, const QString& author);
    // Deletes the page: it disappears from lists, links and search, its title is free again,
    // and its revisions stay in the file. Throws NotFound if it is already gone.
    void remove(qint64 pageId);
    // Creates the page, or adds a revision to the page with that title (command line).
    WriteResult write(const PageContent& content, const QString& author);
    // write() for many pages in one transaction: all land, or none.
    BulkResult writeAll(const QList<PageContent>& pages, const QString& author,
                        const Progress& progress = {});

private:
    [[noreturn]] void throwLostText(qint64 pageId) const;
    static QList<PageSummary> summaries(Statement& query);

    Database& m_db;
};

} // namespace folio
