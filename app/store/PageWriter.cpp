#include "store/PageWriter.h"

#include "core/Sha256.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/PageTags.h"
#include "store/PageTitle.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QUuid>

namespace folio {

PageWriter::PageWriter(Database& db, QString author)
    : m_db(db), m_author(std::move(author)),
      m_findKey(db, QStringLiteral("SELECT id FROM pages WHERE title_key = ?")),
      m_insertPage(db, QStringLiteral("INSERT INTO pages (uuid, title, title_key, kind, "
                                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")),
      m_insertRevision(db,
                       QStringLiteral("INSERT INTO revisions (page_id, parent_id, author, "
                                      "created_at, title, kind, tags, body, content_hash, status, "
                                      "visibility, summary, uuid, parent_page) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                      "(SELECT parent_page FROM pages WHERE id = ?))")),
      m_updatePage(db, QStringLiteral("UPDATE pages SET title = ?, title_key = ?, kind = ?, "
                                      "updated_at = ?, revision_id = ?, status = ?, "
                                      "visibility = ? WHERE id = ?")),
      m_setParent(db, QStringLiteral("UPDATE pages SET parent_page = ? WHERE id = ?")),
      m_clearTags(db, QStringLiteral("DELETE FROM page_tags WHERE page_id = ?")),
      m_insertTag(db, QStringLiteral("INSERT INTO page_tags (page_id, tag) VALUES (?, ?)"))
{
}

PageContent PageWriter::cleaned(const PageContent& content)
{
    const QString problem = PageTitle::problem(content.title);
    if (!problem.isEmpty())
        throw StoreError(problem, StoreError::Code::InvalidInput);
    // A UTF-16 unit is at most three UTF-8 bytes: only long texts need counting.
    if (content.body.size() * 3 > PageStore::kMaxBodyBytes) {
        const qint64 bytes = content.body.toUtf8().size();
        if (bytes > PageStore::kMaxBodyBytes)
            throw StoreError(tr("The text of “%1” is %2 MiB; a page holds at most %3 MiB. "
                                "Split it into several pages.")
                                 .arg(PageTitle::normalized(content.title))
                                 .arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
                                 .arg(PageStore::kMaxBodyBytes / (1024 * 1024)),
                             StoreError::Code::TooLarge);
    }
    PageContent result = content;
    result.title = PageTitle::normalized(content.title);
    result.tags = PageTags::normalized(content.tags);
    return result;
}

std::optional<qint64> PageWriter::idOf(const QString& title)
{
    m_findKey.bind(1, PageTitle::key(title));
    std::optional<qint64> id;
    if (m_findKey.step())
        id = m_findKey.int64(0);
    m_findKey.reset();
    return id;
}

qint64 PageWriter::insert(const PageContent& content, const PageState& state, qint64* pageId,
                          const FixedIds& ids)
{
    if (idOf(content.title))
        throw StoreError(tr("A page titled “%1” already exists.").arg(content.title),
                         StoreError::Code::InvalidInput);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_insertPage
        .bind(1, ids.page.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : ids.page)
        .bind(2, content.title)
        .bind(3, PageTitle::key(content.title))
        .bind(4, PageKinds::key(content.kind))
        .bind(5, now)
        .bind(6, now)
        .run();
    const qint64 id = m_db.lastInsertId();
    if (pageId)
        *pageId = id;
    return addRevision(id, std::nullopt, content, state, {}, ids.revision);
}

void PageWriter::setParentPage(qint64 pageId, const QString& parentUuid)
{
    if (parentUuid.isEmpty())
        m_setParent.bindNull(1);
    else
        m_setParent.bind(1, parentUuid);
    m_setParent.bind(2, pageId).run();
}

qint64 PageWriter::addRevision(qint64 pageId, std::optional<qint64> parentId,
                               const PageContent& content, const PageState& state,
                               const QString& summary, const QString& revisionUuid)
{
    const std::optional<qint64> holder = idOf(content.title);
    if (holder && *holder != pageId)
        throw StoreError(tr("A page titled “%1” already exists.").arg(content.title),
                         StoreError::Code::InvalidInput);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray body = content.body.toUtf8();
    const QString kind = PageKinds::key(content.kind);
    m_insertRevision.bind(1, pageId)
        .bind(2, parentId)
        .bind(3, m_author)
        .bind(4, now)
        .bind(5, content.title)
        .bind(6, kind)
        .bind(7, content.tags.join(u','))
        .bindText(8, body)
        .bind(9, Sha256::hex(body))
        .bind(10, PageStatuses::key(state.status))
        .bind(11, PageStatuses::key(state.visibility))
        .bind(12, summary.simplified())
        .bind(13, revisionUuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                         : revisionUuid)
        .bind(14, pageId)
        .run();
    const qint64 revisionId = m_db.lastInsertId();
    m_updatePage.bind(1, content.title)
        .bind(2, PageTitle::key(content.title))
        .bind(3, kind)
        .bind(4, now)
        .bind(5, revisionId)
        .bind(6, PageStatuses::key(state.status))
        .bind(7, PageStatuses::key(state.visibility))
        .bind(8, pageId)
        .run();
    m_clearTags.bind(1, pageId).run();
    for (const QString& tag : content.tags)
        m_insertTag.bind(1, pageId).bind(2, tag).run();
    return revisionId;
}

} // namespace folio
