#include "store/PageStore.h"

#include "store/Database.h"
#include "store/PageTitle.h"
#include "store/PageWriter.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QRegularExpression>

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

// New pages of a large batch are indexed for search in one statement at the end, which is
// several times faster than one trigger run per page; it is the same transaction.
class BulkIndexing
{
public:
    BulkIndexing(Database& db, qsizetype pages)
        : m_db(db), m_active(pages >= PageStore::kBulkIndexing)
    {
        if (!m_active)
            return;
        Statement last(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM pages"));
        m_lastIdBefore = last.step() ? last.int64(0) : 0;
        m_db.exec(QStringLiteral("INSERT INTO search_index_paused VALUES (1)"));
    }

    // Call before the commit.
    void finish()
    {
        if (!m_active)
            return;
        Statement index(m_db, QStringLiteral("INSERT INTO page_search (rowid, title, tags, body) "
                                             "SELECT id, title, tags, body FROM page_search_source "
                                             "WHERE id > ?"));
        index.bind(1, m_lastIdBefore).run();
        m_db.exec(QStringLiteral("DELETE FROM search_index_paused"));
    }

private:
    Database& m_db;
    bool m_active = false;
    qint64 m_lastIdBefore = 0;
};

// "X", "X (2)", "X (3)"…: the first of these no page but `self` holds.
QString freeTitle(PageWriter& writer, const QString& wanted, std::optional<qint64> self)
{
    const auto isFree = [&](const QString& title) {
        const std::optional<qint64> holder = writer.idOf(title);
        return !holder || holder == self;
    };
    if (isFree(wanted))
        return wanted;
    const QString base = wanted.left(PageTitle::kMaxLength - 12).trimmed();
    for (int number = 2;; ++number) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(number);
        if (isFree(candidate))
            return candidate;
    }
}

// True when `title` is `wanted` or a numbered form of it that freeTitle() would make.
bool isFormOf(const QString& title, const QString& wanted)
{
    const QString key = PageTitle::key(title);
    const QString wantedKey = PageTitle::key(wanted.left(PageTitle::kMaxLength - 12).trimmed());
    if (key == PageTitle::key(wanted))
        return true;
    static const QRegularExpression numbered(QStringLiteral("^(.*) \\(\\d+\\)$"));
    const QRegularExpressionMatch match = numbered.match(key);
    return match.hasMatch() && match.captured(1) == wantedKey;
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
    return readPage(query);
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
    const qint64 id = writer.insert(clean);
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
            const Page current = *readPage(stored);
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

PageStore::BulkResult PageStore::importAll(const QList<SourcedPage>& pages, const QString& author,
                                           const Progress& progress)
{
    QList<SourcedPage> clean;
    clean.reserve(pages.size());
    for (const SourcedPage& page : pages)
        clean.append({page.source, PageWriter::cleaned(page.content)});

    BulkResult result;
    Transaction transaction(m_db);
    BulkIndexing indexing(m_db, clean.size());
    PageWriter writer(m_db, author);
    Statement mapped(m_db, QStringLiteral("SELECT page_id FROM page_sources JOIN pages ON "
                                          "pages.id = page_id WHERE source = ? AND "
                                          "deleted_at IS NULL"));
    Statement stored(m_db,
                     kPageColumns + QLatin1String("WHERE pages.id = ? AND deleted_at IS NULL"));
    Statement unmappedPage(m_db, QStringLiteral("SELECT 1 FROM page_sources WHERE page_id = ?"));
    Statement map(m_db, QStringLiteral("INSERT OR REPLACE INTO page_sources (source, page_id) "
                                       "VALUES (?, ?)"));
    const auto read = [&stored](qint64 id) {
        stored.reset();
        stored.bind(1, id);
        return *readPage(stored);
    };
    const auto revise = [&](const Page& current, PageContent content) {
        if (current.content == content) {
            ++result.unchanged;
        } else {
            writer.addRevision(current.id, current.revisionId, content);
            ++result.updated;
        }
    };
    int done = 0;
    const auto step = [&] {
        if (progress)
            progress(++done, int(clean.size()));
    };

    // Sources seen before first: they keep their pages (and titles) before new files claim
    // titles, so adding a file never moves text between existing pages.
    QList<const SourcedPage*> unseen;
    for (const SourcedPage& page : std::as_const(clean)) {
        mapped.reset();
        mapped.bind(1, page.source);
        if (!mapped.step()) {
            unseen << &page;
            continue;
        }
        const Page current = read(mapped.int64(0));
        PageContent content = page.content;
        content.title = isFormOf(current.content.title, content.title)
                            ? current.content.title
                            : freeTitle(writer, content.title, current.id);
        revise(current, content);
        step();
    }
    for (const SourcedPage* page : std::as_const(unseen)) {
        // A page with this very title and text, imported before Folio remembered sources,
        // is this file's page; any other page with the title belongs to someone else.
        std::optional<qint64> id = writer.idOf(page->content.title);
        if (id) {
            unmappedPage.reset();
            unmappedPage.bind(1, *id);
            if (unmappedPage.step() || read(*id).content != page->content)
                id.reset();
        }
        if (id) {
            ++result.unchanged;
        } else {
            PageContent content = page->content;
            content.title = freeTitle(writer, content.title, std::nullopt);
            id = writer.insert(content);
            ++result.created;
        }
        map.bind(1, page->source).bind(2, *id).run();
        step();
    }
    indexing.finish();
    transaction.commit();
    return result;
}

} // namespace folio
