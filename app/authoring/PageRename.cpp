#include "authoring/PageRename.h"

#include "markdown/WikiLinkSources.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/PageTitle.h"
#include "store/PageWriter.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

namespace folio {

PageRename::PageRename(Database& db) : m_db(db)
{
}

PageRename::Result PageRename::save(qint64 pageId, const PageContent& content, qint64 baseRevision,
                                    const QString& author, const QString& summary)
{
    const PageContent clean = PageWriter::cleaned(content);
    PageStore pages(m_db);
    Transaction transaction(m_db);
    const std::optional<Page> current = pages.find(pageId);
    if (!current)
        throw StoreError(PageStore::tr("The page no longer exists."), StoreError::Code::NotFound);
    const QString oldTitle = current->content.title;
    Result result;
    result.pageBefore = current->revisionId;
    result.page = pages.update(pageId, clean, baseRevision, author, summary);
    if (PageTitle::key(oldTitle) != PageTitle::key(clean.title)) {
        result.oldTitle = oldTitle;
        // The page's own links to itself follow too, in the revision just written.
        int ownLinks = 0;
        PageContent own = result.page.content;
        own.body = WikiLinkSources::retargeted(own.body, oldTitle, clean.title, &ownLinks);
        if (ownLinks)
            result.page = pages.update(pageId, own, result.page.revisionId, author, summary);
        result.rewritten = retargetLinks(oldTitle, clean.title, pageId, author, &result.links);
        result.links += ownLinks;
    }
    transaction.commit();
    return result;
}

PageRename::Result PageRename::rename(const QString& title, const QString& newTitle,
                                      const QString& author)
{
    const std::optional<Page> page = PageStore(m_db).find(title);
    if (!page)
        throw StoreError(tr("There is no page titled “%1”.").arg(title),
                         StoreError::Code::NotFound);
    PageContent content = page->content;
    content.title = newTitle;
    return save(page->id, content, page->revisionId, author,
                tr("Renamed from “%1”").arg(page->content.title));
}

QList<PageRename::Rewrite> PageRename::retargetLinks(const QString& from, const QString& to,
                                                     qint64 except, const QString& author,
                                                     int* links)
{
    // Only texts that hold a wiki link and the title's first word are parsed.
    const QString firstWord = from.simplified().section(u' ', 0, 0);
    Statement candidates(m_db, QStringLiteral("SELECT pages.id, revisions.body FROM pages "
                                              "JOIN revisions ON revisions.id = pages.revision_id "
                                              "WHERE pages.deleted_at IS NULL AND pages.id != ? "
                                              "AND instr(revisions.body, '[[') > 0"));
    candidates.bind(1, except);
    QList<qint64> ids;
    while (candidates.step()) {
        const QString body = candidates.text(1);
        if (body.contains(firstWord, Qt::CaseInsensitive)) {
            int count = 0;
            WikiLinkSources::retargeted(body, from, to, &count);
            if (count)
                ids << candidates.int64(0);
        }
    }
    PageStore pages(m_db);
    PageWriter writer(m_db, author);
    QList<Rewrite> rewritten;
    for (qint64 id : std::as_const(ids)) {
        const std::optional<Page> page = pages.find(id);
        if (!page)
            continue;
        PageContent content = page->content;
        int count = 0;
        content.body = WikiLinkSources::retargeted(content.body, from, to, &count);
        const qint64 after = writer.addRevision(id, page->revisionId, content, page->state,
                                                tr("Links to “%1” now go to “%2”").arg(from, to));
        rewritten.append({id, page->revisionId, after});
        *links += count;
    }
    return rewritten;
}

PageRename::Result PageRename::undo(const Result& rename, const QString& author)
{
    if (!rename.renamed())
        return rename;
    PageStore pages(m_db);
    Transaction transaction(m_db);
    const QString newTitle = rename.page.content.title;
    const std::optional<Page> page = pages.find(rename.page.id);
    if (!page)
        throw StoreError(PageStore::tr("The page no longer exists."), StoreError::Code::NotFound);
    const QString summary = tr("Undid the rename to “%1”").arg(newTitle);
    PageWriter writer(m_db, author);
    // A page untouched since the rename gets its text from before it; a page edited since
    // keeps the edits and only its links change back.
    const auto undone = [&](const Page& current, qint64 renameRevision, qint64 before) {
        PageContent content = current.content;
        if (current.revisionId == renameRevision) {
            if (const std::optional<Revision> old = pages.revision(before))
                content.body = old->content.body;
        } else {
            content.body = WikiLinkSources::retargeted(content.body, newTitle, rename.oldTitle);
        }
        return content;
    };

    Result result;
    result.pageBefore = page->revisionId;
    PageContent content = undone(*page, rename.page.revisionId, rename.pageBefore);
    content.title = rename.oldTitle;
    writer.addRevision(page->id, page->revisionId, content, page->state, summary);
    for (const Rewrite& rewrite : rename.rewritten) {
        const std::optional<Page> other = pages.find(rewrite.pageId);
        if (!other)
            continue;
        const PageContent back = undone(*other, rewrite.after, rewrite.before);
        if (back == other->content)
            continue;
        const qint64 after =
            writer.addRevision(other->id, other->revisionId, back, other->state, summary);
        result.rewritten.append({other->id, other->revisionId, after});
    }
    transaction.commit();
    result.page = *pages.find(rename.page.id);
    result.oldTitle = newTitle;
    result.links = rename.links;
    return result;
}

} // namespace folio
