#include "sync/ConflictList.h"

#include "store/Database.h"
#include "store/PageKind.h"
#include "store/PageStatus.h"
#include "store/PageStore.h"
#include "store/PageWriter.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

namespace folio {
namespace {

// From the few conflicted revisions (a partial index) to their pages, never a scan of every
// page: the page list asks on every reload. CROSS JOIN keeps that order: left to choose,
// SQLite walks all pages in title order to save a sort and reads every page's revision
// (0.5 s at 100,000 pages).
constexpr char kConflictedPages[] = R"sql(
    FROM revisions CROSS JOIN pages ON pages.id = revisions.page_id
                              AND pages.revision_id = revisions.id
    WHERE revisions.conflicted = 1 AND pages.deleted_at IS NULL
)sql";

} // namespace

QList<PageSummary> ConflictList::pages() const
{
    Statement query(m_db, QStringLiteral("SELECT pages.id, pages.title, pages.kind, "
                                         "pages.updated_at, pages.status, pages.title_key %1 "
                                         "ORDER BY pages.title_key")
                              .arg(QLatin1String(kConflictedPages)));
    QList<PageSummary> pages;
    while (query.step())
        pages.append({query.int64(0), query.text(1),
                      PageKinds::fromKey(query.text(2)).value_or(PageKind::Note),
                      QDateTime::fromMSecsSinceEpoch(query.int64(3), Qt::UTC),
                      PageStatuses::fromKey(query.text(4)).value_or(PageStatus::Published), 0,
                      query.text(5)});
    return pages;
}

bool ConflictList::isConflicted(qint64 pageId) const
{
    // From the one page, not from every conflicted revision (as kConflictedPages goes).
    Statement query(m_db, QStringLiteral("SELECT 1 FROM pages JOIN revisions "
                                         "ON revisions.id = pages.revision_id "
                                         "WHERE pages.id = ? AND pages.deleted_at IS NULL "
                                         "AND revisions.conflicted = 1"));
    query.bind(1, pageId);
    return query.step();
}

int ConflictList::count() const
{
    Statement query(m_db,
                    QStringLiteral("SELECT count(*) %1").arg(QLatin1String(kConflictedPages)));
    return query.step() ? int(query.int64(0)) : 0;
}

std::optional<ConflictList::Conflict> ConflictList::conflict(qint64 pageId) const
{
    const PageStore store(m_db);
    const std::optional<Page> page = store.find(pageId);
    if (!page)
        return std::nullopt;
    std::optional<Revision> merged = store.revision(page->revisionId);
    if (!merged || !merged->conflicted || !merged->parentId || !merged->mergeParentId)
        return std::nullopt;
    std::optional<Revision> parent = store.revision(*merged->parentId);
    std::optional<Revision> mergeParent = store.revision(*merged->mergeParentId);
    if (!parent || !mergeParent)
        return std::nullopt;
    if (mergeParent->createdAt < parent->createdAt)
        std::swap(parent, mergeParent);
    return Conflict{pageId, *merged, *parent, *mergeParent};
}

Page ConflictList::resolve(const Conflict& conflict, const QString& body, const QString& author)
{
    PageContent content = conflict.merged.content;
    content.body = body;
    content = PageWriter::cleaned(content);
    Transaction transaction(m_db);
    const PageStore store(m_db);
    const std::optional<Page> current = store.find(conflict.pageId);
    if (!current)
        throw StoreError(tr("The page no longer exists."), StoreError::Code::NotFound);
    if (current->revisionId != conflict.merged.id)
        throw StoreError(tr("“%1” was changed elsewhere meanwhile; look at it again.")
                             .arg(current->content.title),
                         StoreError::Code::Conflict);
    // A revision even when the merged text is kept as it is: keeping it is a choice too, and
    // only a revision on top of the merge ends the conflict on every machine.
    PageWriter(m_db, author)
        .addRevision(conflict.pageId, conflict.merged.id, content, current->state,
                     tr("Resolved the conflict between two machines' edits"));
    transaction.commit();
    return *store.find(conflict.pageId);
}

} // namespace folio
