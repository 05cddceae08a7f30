#pragma once

#include "store/Page.h"

#include <QCoreApplication>
#include <QList>

namespace folio {

class Database;

// Renaming a page without breaking a link: every [[Old title]], [[Old title|label]] and
// [[Old title#section]] in every page then names the new title. The page, and each page
// whose links change, get a new revision, all in one transaction.
class PageRename
{
    Q_DECLARE_TR_FUNCTIONS(folio::PageRename)

public:
    struct Rewrite
    {
        qint64 pageId = 0;
        qint64 before = 0; // the revision the rename started from
        qint64 after = 0;  // the revision it wrote
    };
    struct Result
    {
        Page page; // as saved
        QString oldTitle;
        qint64 pageBefore = 0;    // the page's revision before the rename
        QList<Rewrite> rewritten; // other pages whose links changed
        int links = 0;            // links changed, in all pages

        bool renamed() const { return !oldTitle.isEmpty(); }
    };

    explicit PageRename(Database& db);

    // Saves `content` over `baseRevision` (as PageStore::update, Conflict included); when the
    // title changes other than in case or spacing, the links follow.
    Result save(qint64 pageId, const PageContent& content, qint64 baseRevision,
                const QString& author, const QString& summary = {});
    // The command line's rename: by title. Throws NotFound when there is no such page.
    Result rename(const QString& title, const QString& newTitle, const QString& author);
    // Takes a rename back, as new revisions (the history keeps both): the page gets its old
    // title and text, and each page whose links changed gets its links back. A page edited
    // since keeps its edits; only its links change.
    Result undo(const Result& rename, const QString& author);

private:
    // Points every link to `from` at `to` in the pages other than `except`.
    QList<Rewrite> retargetLinks(const QString& from, const QString& to, qint64 except,
                                 const QString& author, int* links);

    Database& m_db;
};

} // namespace folio
