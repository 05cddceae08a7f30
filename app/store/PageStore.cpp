#include "store/PageStore.h"

#include "store/BulkIndexing.h"
#include "store/Database.h"
#include "store/PageTitle.h"
#include "store/PageWriter.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

namespace folio {
namespace {

// A page's current text is the body of its current revision.
const QString kPageColumns = QStringLiteral(
    "SELECT pages.id, uuid, pages.title, pages.kind, revisions.body, pages.created_at, "
    "updated_at, revision_id, (SELECT group_concat(tag, ',') FROM (SELECT tag FROM page_tags "
    "WHERE page_id = pages.id ORDER BY tag)) "
    "FROM pages JOIN revisions ON revisions.id = pages.revision_id ");

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

PageKind kindFrom(const QString& key)
{
    return PageKinds::fromKey(key).value_or(PageKind::Note);
}

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
    return page;
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

QList<PageSummary> PageStore::list() const
{
    Statement query(m_db, QStringLiteral("SELECT id, title, kind, updated_at FROM pages "
                                         "WHERE deleted_at IS NULL ORDER BY title_key"));
    QList<PageSummary> result;
    while (query.step())
        result.append(
            {query.int64(0), query.text(1), kindFrom(query.text(2)), fromMs(query.int64(3))});
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
    Statement query(m_db, QStringLiteral("SELECT id, parent_id, author, created_at, title, kind, "
                                         "tags, body, content_hash FROM revisions "
                                         "WHERE page_id = ? ORDER BY id DESC"));
    query.bind(1, pageId);
    QList<Revision> result;
    while (query.step()) {
        Revision revision;
        revision.id = query.int64(0);
        revision.pageId = pageId;
        revision.parentId = query.optionalInt64(1);
        revision.author = query.text(2);
        revision.createdAt = fromMs(query.int64(3));
        revision.content = {query.text(4), kindFrom(query.text(5)), tagsFrom(query.text(6)),
                            query.text(7)};
        revision.contentHash = query.text(8);
        result.append(revision);
    }
    return result;
}

Page PageStore::create(const PageContent& content, const QString& author)
{
    const PageContent clean = PageWriter::cleaned(content);
    Transaction transaction(m_db);
    PageWriter writer(m_db, author);
    qint64 id = 0;
    writer.insert(clean, &id);
    transaction.commit();
    return *find(id);
}

Page PageStore::update(qint64 pageId, const PageContent& content, qint64 baseRevision,
                       const QString& author)
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
    writer.addRevision(pageId, current->revisionId, clean);
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
                writer.addRevision(*id, current.revisionId, content);
                ++result.updated;
            }
        } else {
            writer.insert(content);
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
