#include "store/PageImport.h"

#include "store/Database.h"
#include "store/PageTitle.h"
#include "store/StoreError.h"

#include <QRegularExpression>

namespace folio {
namespace {

// Room left in a title for " (123)".
QString numberingBase(const QString& title)
{
    return PageTitle::leftCharacters(title, PageTitle::kMaxLength - 12).trimmed();
}

// True when `title` is `wanted` or a numbered form of it ("X (3)").
bool isFormOf(const QString& title, const QString& wanted)
{
    const QString key = PageTitle::key(title);
    if (key == PageTitle::key(wanted))
        return true;
    static const QRegularExpression numbered(QStringLiteral("^(.*) \\(\\d+\\)$"));
    const QRegularExpressionMatch match = numbered.match(key);
    return match.hasMatch() && match.captured(1) == PageTitle::key(numberingBase(wanted));
}

} // namespace

PageImport::PageImport(Database& db, const QString& author, qsizetype expectedPages,
                       SourceExists sourceExists)
    : m_db(db), m_transaction(db), m_indexing(db, expectedPages), m_writer(db, author),
      m_sourceExists(std::move(sourceExists)), m_pages(db),
      m_mapping(db, QStringLiteral("SELECT page_id, page_sources.revision_id, content_hash, "
                                   "deleted_at IS NOT NULL FROM page_sources JOIN pages ON "
                                   "pages.id = page_id WHERE source = ?")),
      m_byHash(db, QStringLiteral(
                       "SELECT source, page_id, page_sources.revision_id FROM page_sources JOIN "
                       "pages ON pages.id = page_id WHERE content_hash = ? AND "
                       "deleted_at IS NULL")),
      m_hasSource(db, QStringLiteral("SELECT 1 FROM page_sources WHERE page_id = ?")),
      m_map(db, QStringLiteral("INSERT OR REPLACE INTO page_sources (source, page_id, revision_id, "
                               "content_hash) VALUES (?, ?, ?, ?)")),
      m_unmap(db, QStringLiteral("DELETE FROM page_sources WHERE source = ?"))
{
}

void PageImport::add(const Source& file)
{
    PageContent content;
    try {
        content = PageWriter::cleaned(file.content);
    } catch (const StoreError& error) {
        if (error.code() != StoreError::Code::InvalidInput &&
            error.code() != StoreError::Code::TooLarge)
            throw;
        m_skipped << file.name + QLatin1String(": ") + error.message();
        return;
    }
    if (const std::optional<Mapping> mapping = mappingOf(file.source)) {
        if (mapping->pageDeleted) {
            m_deletedPages << file.name;
            ++m_result.kept;
        } else {
            update(*mapping, file, content);
        }
    } else if (const std::optional<Mapping> moved = movedFrom(file)) {
        m_unmap.bind(1, moved->source).run();
        map(file.source, moved->pageId, moved->revisionId, file.contentHash);
        ++m_result.unchanged;
    } else if (!adopt(file, content)) {
        create(file, content);
    }
}

PageStore::BulkResult PageImport::commit()
{
    m_indexing.finish();
    m_transaction.commit();
    return m_result;
}

std::optional<qint64> PageImport::pageOf(const QString& source)
{
    const std::optional<Mapping> mapping = mappingOf(source);
    return mapping ? std::optional<qint64>(mapping->pageId) : std::nullopt;
}

std::optional<PageImport::Mapping> PageImport::mappingOf(const QString& source)
{
    m_mapping.reset();
    m_mapping.bind(1, source);
    if (!m_mapping.step())
        return std::nullopt;
    Mapping mapping{source, m_mapping.int64(0), m_mapping.optionalInt64(1), m_mapping.text(2),
                    m_mapping.int64(3) != 0};
    m_mapping.reset();
    return mapping;
}

std::optional<PageImport::Mapping> PageImport::movedFrom(const Source& file)
{
    // The same bytes imported before from a path that is gone: the file was moved or
    // renamed, and keeps its page. (A copy, whose original is still there, is a new page.)
    m_byHash.reset();
    m_byHash.bind(1, file.contentHash);
    std::optional<Mapping> moved;
    while (!moved && m_byHash.step()) {
        const QString source = m_byHash.text(0);
        if (!m_sourceExists(source))
            moved = Mapping{source, m_byHash.int64(1), m_byHash.optionalInt64(2), file.contentHash};
    }
    m_byHash.reset();
    return moved;
}

void PageImport::update(const Mapping& mapping, const Source& file, PageContent content)
{
    if (mapping.contentHash == file.contentHash) {
        ++m_result.unchanged; // the file is as it was: whatever happened to the page stands
        return;
    }
    const std::optional<Page> current = m_pages.find(mapping.pageId);
    if (!current)
        throw StoreError(
            tr("The wiki is damaged: the page of “%1” has lost its text.").arg(file.name),
            StoreError::Code::Corrupt);
    if (mapping.revisionId && *mapping.revisionId != current->revisionId) {
        // Edited in Folio since the last import, and the file changed too: the writer's
        // work is kept; the file's new text waits until they are reconciled.
        m_keptEdits << file.name;
        ++m_result.kept;
        return;
    }
    content.title = isFormOf(current->content.title, content.title)
                        ? current->content.title
                        : freeTitle(content.title, current->id);
    qint64 revision = current->revisionId;
    if (current->content == content) {
        ++m_result.unchanged;
    } else {
        revision = m_writer.addRevision(current->id, current->revisionId, content, current->state);
        ++m_result.updated;
    }
    map(file.source, current->id, revision, file.contentHash);
}

bool PageImport::adopt(const Source& file, const PageContent& content)
{
    // Wikis of format 3 imported by title: a page with this title and this very text, that
    // no file claims yet, is this file's page. Any other page with the title is not.
    const std::optional<qint64> id = m_writer.idOf(content.title);
    if (!id)
        return false;
    m_hasSource.reset();
    m_hasSource.bind(1, *id);
    const bool claimed = m_hasSource.step();
    m_hasSource.reset();
    if (claimed)
        return false;
    const std::optional<Page> page = m_pages.find(*id);
    if (!page || page->content != content)
        return false;
    map(file.source, page->id, page->revisionId, file.contentHash);
    ++m_result.unchanged;
    return true;
}

void PageImport::create(const Source& file, PageContent content)
{
    content.title = freeTitle(content.title, std::nullopt);
    qint64 pageId = 0;
    const qint64 revision = m_writer.insert(content, PageState(), &pageId);
    map(file.source, pageId, revision, file.contentHash);
    ++m_result.created;
}

void PageImport::map(const QString& source, qint64 pageId, std::optional<qint64> revisionId,
                     const QString& hash)
{
    m_map.bind(1, source).bind(2, pageId).bind(3, revisionId).bind(4, hash).run();
}

QString PageImport::freeTitle(const QString& wanted, std::optional<qint64> self)
{
    const auto isFree = [&](const QString& title) {
        const std::optional<qint64> holder = m_writer.idOf(title);
        return !holder || holder == self;
    };
    if (isFree(wanted))
        return wanted;
    // Numbering goes on where it left off for this title: a folder of a thousand READMEs
    // costs a thousand probes, not half a million.
    const QString base = numberingBase(wanted);
    int& next = m_nextNumber[PageTitle::key(base)];
    for (int number = qMax(next, 2);; ++number) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(number);
        if (isFree(candidate)) {
            next = number + 1;
            return candidate;
        }
    }
}

} // namespace folio
