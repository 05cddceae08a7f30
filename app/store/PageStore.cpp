#include "store/PageStore.h"

#include "store/BulkIndexing.h"
#include "store/Database.h"
#include "store/PageTitle.h"
#include "store/PageWriter.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QSet>

#include <algorithm>

namespace folio {
namespace {

// A page's current text is the body of its current revision.
const QString kPageColumns = QStringLiteral(
    "SELECT pages.id, pages.uuid, pages.title, pages.kind, revisions.body, pages.created_at, "
    "updated_at, revision_id, (SELECT group_concat(tag, ',') FROM (SELECT tag FROM page_tags "
    "WHERE page_id = pages.id ORDER BY tag)), pages.status, pages.visibility, pages.parent_page "
    "FROM pages JOIN revisions ON revisions.id = pages.revision_id ");

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

PageKind kindFrom(const QString& key)
{
    return PageKinds::fromKey(key).value_or(PageKind::Note);
}

PageState stateFrom(const QString& status, const QString& visibility)
{
    return {PageStatuses::fromKey(status).value_or(PageStatus::Published),
            PageStatuses::visibilityFromKey(visibility).value_or(PageVisibility::Internal)};
}

const QString kRevisionColumns = QStringLiteral(
    "SELECT id, page_id, parent_id, author, created_at, title, kind, tags, body, content_hash, "
    "status, visibility, summary, uuid, merge_parent_id, conflicted, parent_page FROM revisions ");

QStringList tagsFrom(const QString& joined)
{
    return joined.split(u',', Qt::SkipEmptyParts);
}

std::optional<Page> readPage(Statement& query)
{
    if (!query.step())
        return std::nullopt;
    Page page;
    page.id = query.int64(0);
    page.uuid = query.text(1);
    page.content.title = query.text(2);
    page.content.kind = kindFrom(query.text(3));
    page.content.body = query.text(4);
    page.createdAt = fromMs(query.int64(5));
    page.updatedAt = fromMs(query.int64(6));
    page.revisionId = query.int64(7);
    page.content.tags = tagsFrom(query.text(8));
    page.state = stateFrom(query.text(9), query.text(10));
    page.parentPage = query.text(11);
    return page;
}

// A revision from the columns kRevisionColumns names.
Revision readRevision(Statement& query)
{
    Revision revision;
    revision.id = query.int64(0);
    revision.pageId = query.int64(1);
    revision.parentId = query.optionalInt64(2);
    revision.author = query.text(3);
    revision.createdAt = fromMs(query.int64(4));
    revision.content = {query.text(5), kindFrom(query.text(6)), tagsFrom(query.text(7)),
                        query.text(8)};
    revision.contentHash = query.text(9);
    revision.state = stateFrom(query.text(10), query.text(11));
    revision.summary = query.text(12);
    revision.uuid = query.text(13);
    revision.mergeParentId = query.optionalInt64(14);
    revision.conflicted = query.int64(15) != 0;
    revision.parentPage = query.text(16);
    return revision;
}

} // namespace

PageStore::PageStore(Database& db) : m_db(db)
{
}

std::optional<Page> PageStore::find(const QString& title) const
{
    Statement query(m_db, kPageColumns +
                              QLatin1String("WHERE pages.title_key = ? AND deleted_at IS NULL"));
    query.bind(1, PageTitle::key(title));
    std::optional<Page> page = readPage(query);
    if (!page) {
        // Not found, or found without its text: the second is damage, not the user's typo.
        Statement bare(m_db, QStringLiteral("SELECT id FROM pages WHERE title_key = ? AND "
                                            "deleted_at IS NULL"));
        bare.bind(1, PageTitle::key(title));
        if (bare.step())
            throwLostText(bare.int64(0));
    }
    return page;
}

void PageStore::throwLostText(qint64 pageId) const
{
    Statement title(m_db, QStringLiteral("SELECT title FROM pages WHERE id = ?"));
    title.bind(1, pageId);
    throw StoreError(tr("The wiki is damaged: the page “%1” has lost its text.")
                         .arg(title.step() ? title.text(0) : QString::number(pageId)),
                     StoreError::Code::Corrupt);
}

std::optional<Page> PageStore::find(qint64 id) const
{
    Statement query(m_db,
                    kPageColumns + QLatin1String("WHERE pages.id = ? AND deleted_at IS NULL"));
    query.bind(1, id);
    return readPage(query);
}

bool PageStore::exists(const QString& title) const
{
    Statement query(
        m_db, QStringLiteral("SELECT 1 FROM pages WHERE title_key = ? AND deleted_at IS NULL"));
    query.bind(1, PageTitle::key(title));
    return query.step();
}

std::function<bool(const QString&)> PageStore::existenceCheck() const
{
    auto query = std::make_shared<Statement>(
        m_db, QStringLiteral("SELECT 1 FROM pages WHERE title_key = ? AND deleted_at IS NULL"));
    return [query](const QString& title) {
        query->reset();
        query->bind(1, PageTitle::key(title));
        const bool found = query->step();
        query->reset();
        return found;
    };
}

namespace {

// The condition on `pages` a filter adds, after "deleted_at IS NULL".
QLatin1String statusCondition(PageFilter filter)
{
    switch (filter) {
    case PageFilter::Published:
        return QLatin1String("AND pages.status = 'published' ");
    case PageFilter::InReview:
        return QLatin1String("AND pages.status = 'review' ");
    case PageFilter::All:
        break;
    }
    return QLatin1String(" ");
}

} // namespace

namespace {

// The columns PageStore::summaries() reads; the parent only while it is live.
const QLatin1String kSummaryColumns(
    "SELECT id, title, kind, updated_at, status, CASE WHEN parent_page IS NULL THEN 0 ELSE "
    "(SELECT parent.id FROM pages parent WHERE parent.uuid = pages.parent_page AND "
    "parent.deleted_at IS NULL) END, title_key FROM pages ");

} // namespace

QList<PageSummary> PageStore::list(PageFilter filter) const
{
    Statement query(m_db, kSummaryColumns + QLatin1String("WHERE deleted_at IS NULL ") +
                              statusCondition(filter) + QLatin1String("ORDER BY title_key"));
    return summaries(query);
}

QList<TagCount> PageStore::tagCounts(PageFilter filter) const
{
    Statement query(m_db, QLatin1String("SELECT page_tags.tag, count(*) FROM page_tags "
                                        "JOIN pages ON pages.id = page_tags.page_id "
                                        "WHERE pages.deleted_at IS NULL ") +
                              statusCondition(filter) +
                              QLatin1String("GROUP BY page_tags.tag ORDER BY page_tags.tag"));
    QList<TagCount> result;
    while (query.step())
        result.append({query.text(0), int(query.int64(1))});
    return result;
}

QStringList PageStore::titles() const
{
    Statement query(m_db, QStringLiteral("SELECT title FROM pages WHERE deleted_at IS NULL "
                                         "ORDER BY title_key"));
    QStringList result;
    while (query.step())
        result.append(query.text(0));
    return result;
}

QList<PageSummary> PageStore::withTag(const QString& tag, PageFilter filter) const
{
    Statement query(m_db, kSummaryColumns + QLatin1String("WHERE deleted_at IS NULL ") +
                              statusCondition(filter) +
                              QLatin1String("AND id IN (SELECT page_id FROM page_tags "
                                            "WHERE tag = ?) ORDER BY title_key"));
    query.bind(1, tag);
    return summaries(query);
}

QList<PageSummary> PageStore::summaries(Statement& query)
{
    QList<PageSummary> result;
    while (query.step())
        result.append({query.int64(0), query.text(1), kindFrom(query.text(2)),
                       fromMs(query.int64(3)),
                       PageStatuses::fromKey(query.text(4)).value_or(PageStatus::Published),
                       query.int64(5), query.text(6)});
    return result;
}

QList<DeletedPage> PageStore::deleted() const
{
    Statement query(m_db, QStringLiteral("SELECT id, title, deleted_at FROM pages "
                                         "WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC"));
    QList<DeletedPage> result;
    while (query.step())
        result.append({query.int64(0), query.text(1), fromMs(query.int64(2))});
    return result;
}

std::optional<QString> PageStore::firstTitle() const
{
    Statement query(m_db, QStringLiteral("SELECT title FROM pages WHERE deleted_at IS NULL "
                                         "ORDER BY title_key LIMIT 1"));
    if (!query.step())
        return std::nullopt;
    return query.text(0);
}

int PageStore::count() const
{
    Statement query(m_db, QStringLiteral("SELECT count(*) FROM pages WHERE deleted_at IS NULL"));
    return query.step() ? int(query.int64(0)) : 0;
}

QList<Revision> PageStore::history(qint64 pageId) const
{
    Statement query(m_db, kRevisionColumns + QLatin1String("WHERE page_id = ? ORDER BY id DESC"));
    query.bind(1, pageId);
    QList<Revision> result;
    while (query.step())
        result.append(readRevision(query));
    return result;
}

std::optional<Revision> PageStore::revision(qint64 revisionId) const
{
    Statement query(m_db, kRevisionColumns + QLatin1String("WHERE id = ?"));
    query.bind(1, revisionId);
    if (!query.step())
        return std::nullopt;
    return readRevision(query);
}

std::optional<Revision> PageStore::lastPublished(qint64 pageId) const
{
    Statement query(m_db, kRevisionColumns + QLatin1String("WHERE page_id = ? AND status = "
                                                           "'published' ORDER BY id DESC LIMIT 1"));
    query.bind(1, pageId);
    if (!query.step())
        return std::nullopt;
    return readRevision(query);
}

Page PageStore::create(const PageContent& content, const QString& author, const PageState& state)
{
    const PageContent clean = PageWriter::cleaned(content);
    Transaction transaction(m_db);
    PageWriter writer(m_db, author);
    qint64 id = 0;
    writer.insert(clean, state, &id);
    transaction.commit();
    return *find(id);
}

Page PageStore::update(qint64 pageId, const PageContent& content, qint64 baseRevision,
                       const QString& author, const QString& summary)
{
    const PageContent clean = PageWriter::cleaned(content);
    Transaction transaction(m_db);
    const std::optional<Page> current = find(pageId);
    if (!current)
        throw StoreError(tr("The page no longer exists."), StoreError::Code::NotFound);
    if (current->revisionId != baseRevision)
        throw StoreError(tr("“%1” was changed elsewhere while you edited it. Your text is kept "
                            "in the editor; copy it, reload the page and merge your changes.")
                             .arg(current->content.title),
                         StoreError::Code::Conflict);
    if (current->content == clean)
        return *current;
    PageWriter writer(m_db, author);
    writer.addRevision(pageId, current->revisionId, clean, current->state, summary);
    transaction.commit();
    return *find(pageId);
}

Page PageStore::setState(qint64 pageId, const PageState& state, const QString& author,
                         const QString& summary)
{
    Transaction transaction(m_db);
    const std::optional<Page> current = find(pageId);
    if (!current)
        throw StoreError(tr("The page no longer exists."), StoreError::Code::NotFound);
    if (current->state == state)
        return *current;
    // A revision with the same text: the history shows who published or sent back, and when.
    PageWriter writer(m_db, author);
    writer.addRevision(pageId, current->revisionId, current->content, state, summary);
    transaction.commit();
    return *find(pageId);
}

Page PageStore::move(qint64 pageId, std::optional<qint64> parentId, const QString& author)
{
    Transaction transaction(m_db);
    const std::optional<Page> current = find(pageId);
    if (!current)
        throw StoreError(tr("The page no longer exists."), StoreError::Code::NotFound);
    QString parentUuid;
    QString summary = tr("Moved to the top level");
    if (parentId == pageId)
        throw StoreError(tr("“%1” cannot go under itself.").arg(current->content.title),
                         StoreError::Code::InvalidInput);
    if (parentId) {
        const std::optional<Page> parent = find(*parentId);
        if (!parent)
            throw StoreError(
                tr("The page to put “%1” under no longer exists.").arg(current->content.title),
                StoreError::Code::NotFound);
        const QList<PageSummary> above = ancestors(*parentId);
        if (std::any_of(above.begin(), above.end(),
                        [pageId](const PageSummary& page) { return page.id == pageId; }))
            throw StoreError(tr("“%1” cannot go under “%2”: “%2” is part of it.")
                                 .arg(current->content.title, parent->content.title),
                             StoreError::Code::InvalidInput);
        parentUuid = parent->uuid;
        summary = tr("Moved under “%1”").arg(parent->content.title);
    }
    if (current->parentPage == parentUuid)
        return *current;
    PageWriter writer(m_db, author);
    writer.setParentPage(pageId, parentUuid);
    writer.addRevision(pageId, current->revisionId, current->content, current->state, summary);
    transaction.commit();
    return *find(pageId);
}

QList<PageSummary> PageStore::ancestors(qint64 pageId) const
{
    Statement parentOf(m_db, kSummaryColumns + QLatin1String("WHERE deleted_at IS NULL AND uuid = "
                                                             "(SELECT parent_page FROM pages "
                                                             "WHERE id = ?)"));
    QList<PageSummary> result;
    QSet<qint64> seen{pageId};
    qint64 child = pageId;
    for (;;) {
        parentOf.reset();
        parentOf.bind(1, child);
        const QList<PageSummary> parent = summaries(parentOf);
        if (parent.isEmpty() || seen.contains(parent.first().id))
            break;
        seen.insert(parent.first().id);
        result.prepend(parent.first());
        child = parent.first().id;
    }
    return result;
}

Page PageStore::restoreRevision(qint64 pageId, qint64 revisionId, const QString& author)
{
    Transaction transaction(m_db);
    const std::optional<Page> current = find(pageId);
    if (!current)
        throw StoreError(tr("The page no longer exists."), StoreError::Code::NotFound);
    const std::optional<Revision> old = revision(revisionId);
    if (!old || old->pageId != pageId)
        throw StoreError(tr("“%1” has no revision %2.").arg(current->content.title).arg(revisionId),
                         StoreError::Code::NotFound);
    // The text, kind and tags come back; the title stays, so links to the page keep working.
    PageContent content = old->content;
    content.title = current->content.title;
    if (content == current->content)
        return *current;
    PageWriter writer(m_db, author);
    writer.addRevision(pageId, current->revisionId, content, current->state,
                       tr("Restored revision %1").arg(revisionId));
    transaction.commit();
    return *find(pageId);
}

Page PageStore::undelete(qint64 pageId, const QString& author)
{
    Transaction transaction(m_db);
    Statement deletedPage(m_db, QStringLiteral("SELECT title FROM pages "
                                               "WHERE id = ? AND deleted_at IS NOT NULL"));
    deletedPage.bind(1, pageId);
    if (!deletedPage.step())
        throw StoreError(tr("That page is not among the deleted pages."),
                         StoreError::Code::NotFound);
    const QString wanted = deletedPage.text(0);
    // Another page may have taken the title since: the restored one gets a free title and
    // nothing is overwritten.
    QString title = wanted;
    for (int n = 1; exists(title); ++n)
        title =
            n == 1 ? tr("%1 (restored)").arg(wanted) : tr("%1 (restored %2)").arg(wanted).arg(n);
    Statement restore(m_db, QStringLiteral("UPDATE pages SET deleted_at = NULL, title_key = ? "
                                           "WHERE id = ?"));
    // The title key must be free before the search trigger sees the page come back.
    restore.bind(1, PageTitle::key(wanted) + QLatin1String("#restoring")).bind(2, pageId).run();
    Statement readBack(m_db, kPageColumns + QLatin1String("WHERE pages.id = ?"));
    readBack.bind(1, pageId);
    std::optional<Page> page = readPage(readBack);
    if (!page)
        throwLostText(pageId);
    // Deletion took the page out of the search index; the revision written next replaces
    // what is indexed, so the index must hold it first.
    Statement index(m_db, QStringLiteral("INSERT INTO page_search (rowid, title, tags, body) "
                                         "SELECT page_id, title, replace(tags, ',', ' '), body "
                                         "FROM revisions WHERE id = ?"));
    index.bind(1, page->revisionId).run();
    PageContent content = page->content;
    content.title = title;
    PageWriter writer(m_db, author);
    writer.addRevision(pageId, page->revisionId, content, page->state,
                       tr("Restored after deletion"));
    transaction.commit();
    return *find(pageId);
}

void PageStore::remove(qint64 pageId)
{
    Transaction transaction(m_db);
    // The page and its history stay in the file (revisions are never deleted); the title is
    // freed for a new page by moving the key where no title can be ('#' is reserved).
    Statement mark(m_db, QStringLiteral("UPDATE pages SET deleted_at = ?, "
                                        "title_key = '#deleted#' || uuid "
                                        "WHERE id = ? AND deleted_at IS NULL"));
    mark.bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, pageId).run();
    if (m_db.changes() == 0)
        throw StoreError(tr("The page no longer exists."), StoreError::Code::NotFound);
    transaction.commit();
}

PageStore::WriteResult PageStore::write(const PageContent& content, const QString& author)
{
    const BulkResult result = writeAll({content}, author);
    if (result.created)
        return WriteResult::Created;
    return result.updated ? WriteResult::Updated : WriteResult::Unchanged;
}

PageStore::BulkResult PageStore::writeAll(const QList<PageContent>& pages, const QString& author,
                                          const Progress& progress)
{
    QList<PageContent> clean;
    clean.reserve(pages.size());
    for (const PageContent& page : pages)
        clean.append(PageWriter::cleaned(page));

    BulkResult result;
    Transaction transaction(m_db);
    BulkIndexing indexing(m_db, clean.size());
    PageWriter writer(m_db, author);
    // Prepared once: re-importing a large folder compares every page with what is stored.
    Statement stored(m_db,
                     kPageColumns + QLatin1String("WHERE pages.id = ? AND deleted_at IS NULL"));
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const PageContent& content = clean.at(i);
        if (const std::optional<qint64> id = writer.idOf(content.title)) {
            stored.reset();
            stored.bind(1, *id);
            const std::optional<Page> found = readPage(stored);
            if (!found)
                throwLostText(*id);
            const Page& current = *found;
            if (current.content == content) {
                ++result.unchanged;
            } else {
                writer.addRevision(*id, current.revisionId, content, current.state);
                ++result.updated;
            }
        } else {
            writer.insert(content, PageState());
            ++result.created;
        }
        if (progress)
            progress(int(i + 1), int(clean.size()));
    }
    indexing.finish();
    transaction.commit();
    return result;
}

} // namespace folio
