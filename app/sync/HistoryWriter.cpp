#include "sync/HistoryWriter.h"

#include "core/Sha256.h"
#include "store/Database.h"
#include "store/PageKind.h"
#include "store/PageStatus.h"
#include "store/PageTitle.h"
#include "store/StoreError.h"

namespace folio {

HistoryWriter::HistoryWriter(Database& db)
    : m_db(db), m_findRevision(db, QStringLiteral("SELECT id FROM revisions WHERE uuid = ?")),
      m_findParentPage(db, QStringLiteral("SELECT parent_page FROM revisions WHERE uuid = ?")),
      m_findPage(db, QStringLiteral("SELECT id FROM pages WHERE uuid = ?")),
      m_insertPage(db, QStringLiteral("INSERT INTO pages (uuid, title, title_key, kind, "
                                      "created_at, updated_at, status, visibility, parent_page) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      m_show(db, QStringLiteral("UPDATE pages SET revision_id = ? WHERE id = ?")),
      m_insertRevision(
          db, QStringLiteral("INSERT INTO revisions (page_id, parent_id, merge_parent_id, uuid, "
                             "author, created_at, title, kind, tags, body, content_hash, status, "
                             "visibility, summary, conflicted, parent_page) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      m_readHead(db, QStringLiteral("SELECT title, kind, tags, status, visibility, created_at, "
                                    "parent_page FROM revisions WHERE id = ? AND page_id = ?")),
      // A deleted page keeps the key that frees its title.
      m_updateHead(
          db, QStringLiteral("UPDATE pages SET title = ?, "
                             "title_key = CASE WHEN deleted_at IS NULL THEN ? ELSE title_key END, "
                             "kind = ?, updated_at = max(updated_at, ?), revision_id = ?, "
                             "status = ?, visibility = ?, parent_page = ? WHERE id = ?")),
      m_clearTags(db, QStringLiteral("DELETE FROM page_tags WHERE page_id = ?")),
      m_insertTag(db,
                  QStringLiteral("INSERT OR IGNORE INTO page_tags (page_id, tag) VALUES (?, ?)")),
      m_titleHolder(db, QStringLiteral("SELECT id FROM pages WHERE title_key = ? "
                                       "AND deleted_at IS NULL"))
{
}

std::optional<qint64> HistoryWriter::idOf(Statement& lookup, const QString& uuid)
{
    lookup.bind(1, uuid);
    std::optional<qint64> id;
    if (lookup.step())
        id = lookup.int64(0);
    lookup.reset();
    return id;
}

std::optional<qint64> HistoryWriter::revisionId(const QString& uuid)
{
    return idOf(m_findRevision, uuid);
}

QString HistoryWriter::parentPageOf(const QString& revisionUuid)
{
    m_findParentPage.bind(1, revisionUuid);
    QString parentPage;
    if (m_findParentPage.step())
        parentPage = m_findParentPage.text(0);
    m_findParentPage.reset();
    return parentPage;
}

std::optional<qint64> HistoryWriter::pageId(const QString& uuid)
{
    return idOf(m_findPage, uuid);
}

qint64 HistoryWriter::insertPage(const QString& uuid, const QDateTime& createdAt)
{
    // The title key is a placeholder no title can be ('#' is reserved) until setHead().
    const qint64 created = createdAt.toMSecsSinceEpoch();
    m_insertPage.bind(1, uuid)
        .bind(2, QString())
        .bind(3, QLatin1String("#arriving#") + uuid)
        .bind(4, PageKinds::key(PageKind::Note))
        .bind(5, created)
        .bind(6, created)
        .bind(7, PageStatuses::key(PageStatus::Published))
        .bind(8, PageStatuses::key(PageVisibility::Internal))
        .bindNull(9)
        .run();
    return m_db.lastInsertId();
}

qint64 HistoryWriter::insertPageShowing(const QString& uuid, const QDateTime& createdAt,
                                        const Revision& head)
{
    // One insert with every field but the text, rather than an insert and an update.
    const qint64 created = createdAt.toMSecsSinceEpoch();
    m_insertPage.bind(1, uuid)
        .bind(2, head.content.title)
        .bind(3, PageTitle::key(head.content.title))
        .bind(4, PageKinds::key(head.content.kind))
        .bind(5, created)
        .bind(6, std::max(created, head.createdAt.toMSecsSinceEpoch()))
        .bind(7, PageStatuses::key(head.state.status))
        .bind(8, PageStatuses::key(head.state.visibility));
    if (head.parentPage.isEmpty())
        m_insertPage.bindNull(9);
    else
        m_insertPage.bind(9, head.parentPage);
    m_insertPage.run();
    const qint64 pageId = m_db.lastInsertId();
    // As setHead() reads them back from the revision, where they are stored comma-joined.
    for (const QString& name : head.content.tags.join(u',').split(u',', Qt::SkipEmptyParts))
        m_insertTag.bind(1, pageId).bind(2, name).run();
    return pageId;
}

void HistoryWriter::show(qint64 pageId, qint64 revisionId)
{
    m_show.bind(1, revisionId).bind(2, pageId).run();
}

qint64 HistoryWriter::insertRevision(qint64 pageId, const Revision& revision,
                                     std::optional<qint64> parentId,
                                     std::optional<qint64> mergeParentId)
{
    const QByteArray body = revision.content.body.toUtf8();
    m_insertRevision.bind(1, pageId)
        .bind(2, parentId)
        .bind(3, mergeParentId)
        .bind(4, revision.uuid)
        .bind(5, revision.author)
        .bind(6, revision.createdAt.toMSecsSinceEpoch())
        .bind(7, revision.content.title)
        .bind(8, PageKinds::key(revision.content.kind))
        .bind(9, revision.content.tags.join(u','))
        .bindText(10, body)
        .bind(11, Sha256::hex(body))
        .bind(12, PageStatuses::key(revision.state.status))
        .bind(13, PageStatuses::key(revision.state.visibility))
        .bind(14, revision.summary)
        .bind(15, qint64(revision.conflicted ? 1 : 0));
    if (revision.parentPage.isEmpty())
        m_insertRevision.bindNull(16);
    else
        m_insertRevision.bind(16, revision.parentPage);
    m_insertRevision.run();
    return m_db.lastInsertId();
}

void HistoryWriter::setHead(qint64 pageId, qint64 revisionId)
{
    m_readHead.bind(1, revisionId).bind(2, pageId);
    if (!m_readHead.step()) {
        m_readHead.reset();
        throw StoreError(tr("A revision to show is missing from the page's history."),
                         StoreError::Code::Corrupt);
    }
    const QString title = m_readHead.text(0);
    const QString kind = m_readHead.text(1);
    const QString tags = m_readHead.text(2);
    const QString status = m_readHead.text(3);
    const QString visibility = m_readHead.text(4);
    const qint64 createdAt = m_readHead.int64(5);
    const bool atTop = m_readHead.isNull(6);
    const QString parentPage = m_readHead.text(6);
    m_readHead.reset();
    m_updateHead.bind(1, title)
        .bind(2, PageTitle::key(title))
        .bind(3, kind)
        .bind(4, createdAt)
        .bind(5, revisionId)
        .bind(6, status)
        .bind(7, visibility);
    if (atTop)
        m_updateHead.bindNull(8);
    else
        m_updateHead.bind(8, parentPage);
    m_updateHead.bind(9, pageId).run();
    m_clearTags.bind(1, pageId).run();
    for (const QString& name : tags.split(u',', Qt::SkipEmptyParts))
        m_insertTag.bind(1, pageId).bind(2, name).run();
}

std::optional<qint64> HistoryWriter::titleHolder(const QString& title)
{
    return idOf(m_titleHolder, PageTitle::key(title));
}

void HistoryWriter::markDeleted(qint64 pageId, const QDateTime& deletedAt)
{
    Statement mark(m_db, QStringLiteral("UPDATE pages SET deleted_at = ?, "
                                        "title_key = '#deleted#' || uuid "
                                        "WHERE id = ? AND deleted_at IS NULL"));
    mark.bind(1, deletedAt.toMSecsSinceEpoch()).bind(2, pageId).run();
}

void HistoryWriter::markAlive(qint64 pageId)
{
    // The title key waits for setHead(); the search index needs the current text back first,
    // so that moving the page on replaces what is indexed.
    Statement alive(m_db, QStringLiteral("UPDATE pages SET deleted_at = NULL, "
                                         "title_key = '#arriving#' || uuid "
                                         "WHERE id = ? AND deleted_at IS NOT NULL"));
    alive.bind(1, pageId).run();
    if (m_db.changes() == 0)
        return;
    Statement index(m_db, QStringLiteral("INSERT INTO page_search (rowid, title, tags, body) "
                                         "SELECT page_id, title, replace(tags, ',', ' '), body "
                                         "FROM revisions WHERE id = "
                                         "(SELECT revision_id FROM pages WHERE id = ?)"));
    index.bind(1, pageId).run();
}

} // namespace folio
