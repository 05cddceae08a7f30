#include "store/DraftStore.h"

#include "store/Database.h"
#include "store/PageTags.h"
#include "store/Statement.h"
#include "store/Transaction.h"

namespace folio {
namespace {

const char kColumns[] = "id, page_id, base_revision, title, kind, tags, body, saved_at";

Draft draftFrom(const Statement& query)
{
    Draft draft;
    draft.id = query.int64(0);
    draft.pageId = query.optionalInt64(1).value_or(0);
    draft.baseRevision = query.optionalInt64(2).value_or(0);
    draft.content.title = query.text(3);
    draft.content.kind = PageKinds::fromKey(query.text(4)).value_or(PageKind::Note);
    draft.content.tags = PageTags::parse(query.text(5));
    draft.content.body = query.text(6);
    draft.savedAt = QDateTime::fromMSecsSinceEpoch(query.int64(7), Qt::UTC);
    return draft;
}

std::optional<qint64> orNull(qint64 id)
{
    return id == 0 ? std::nullopt : std::optional<qint64>(id);
}

void bindFields(Statement& query, const Draft& draft)
{
    query.bind(1, orNull(draft.pageId))
        .bind(2, orNull(draft.baseRevision))
        .bind(3, draft.content.title)
        .bind(4, PageKinds::key(draft.content.kind))
        .bind(5, PageTags::join(draft.content.tags))
        .bind(6, draft.content.body)
        .bind(7, QDateTime::currentMSecsSinceEpoch());
}

void keepAttachments(Database& db, qint64 draftId, const QHash<QString, QString>& attachments)
{
    Statement clear(db, QStringLiteral("DELETE FROM draft_attachments WHERE draft_id = ?"));
    clear.bind(1, draftId);
    clear.run();
    Statement insert(db, QStringLiteral("INSERT INTO draft_attachments (draft_id, name, sha256) "
                                        "VALUES (?, ?, ?)"));
    for (auto it = attachments.cbegin(); it != attachments.cend(); ++it) {
        insert.bind(1, draftId).bind(2, it.key()).bind(3, it.value());
        insert.run();
    }
}

// Drafts are kept while the writer types, on the window's thread: a wiki another process is
// writing (a long import) must not freeze the editor for the usual wait.
class BriefWait
{
public:
    explicit BriefWait(Database& db) : m_db(db) { m_db.setBusyTimeout(kDraftBusyTimeoutMs); }
    ~BriefWait() { m_db.setBusyTimeout(Database::kBusyTimeoutMs); }
    BriefWait(const BriefWait&) = delete;
    BriefWait& operator=(const BriefWait&) = delete;

private:
    static constexpr int kDraftBusyTimeoutMs = 250;
    Database& m_db;
};

} // namespace

qint64 DraftStore::keep(const Draft& draft)
{
    const BriefWait wait(m_db);
    Transaction transaction(m_db);
    if (draft.id != 0) {
        Statement update(m_db, QStringLiteral("UPDATE drafts SET page_id = ?, base_revision = ?, "
                                              "title = ?, kind = ?, tags = ?, body = ?, "
                                              "saved_at = ? WHERE id = ?"));
        bindFields(update, draft);
        update.bind(8, draft.id);
        update.run();
        if (m_db.changes() == 1) {
            keepAttachments(m_db, draft.id, draft.attachments);
            transaction.commit();
            return draft.id;
        }
    }
    if (draft.pageId != 0) {
        Statement older(m_db, QStringLiteral("DELETE FROM drafts WHERE page_id = ?"));
        older.bind(1, draft.pageId);
        older.run();
    }
    Statement insert(m_db, QStringLiteral("INSERT INTO drafts (page_id, base_revision, title, "
                                          "kind, tags, body, saved_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindFields(insert, draft);
    insert.run();
    const qint64 id = m_db.lastInsertId();
    keepAttachments(m_db, id, draft.attachments);
    transaction.commit();
    return id;
}

QHash<QString, QString> DraftStore::attachmentsOf(qint64 draftId) const
{
    Statement query(m_db, QStringLiteral("SELECT name, sha256 FROM draft_attachments "
                                         "WHERE draft_id = ?"));
    query.bind(1, draftId);
    QHash<QString, QString> attachments;
    while (query.step())
        attachments.insert(query.text(0), query.text(1));
    return attachments;
}

QList<Draft> DraftStore::all() const
{
    Statement query(m_db, QStringLiteral("SELECT %1 FROM drafts ORDER BY saved_at DESC, id DESC")
                              .arg(QLatin1String(kColumns)));
    QList<Draft> drafts;
    while (query.step())
        drafts.append(draftFrom(query));
    for (Draft& draft : drafts)
        draft.attachments = attachmentsOf(draft.id);
    return drafts;
}

std::optional<Draft> DraftStore::find(qint64 draftId) const
{
    Statement query(
        m_db, QStringLiteral("SELECT %1 FROM drafts WHERE id = ?").arg(QLatin1String(kColumns)));
    query.bind(1, draftId);
    if (!query.step())
        return std::nullopt;
    Draft draft = draftFrom(query);
    draft.attachments = attachmentsOf(draft.id);
    return draft;
}

std::optional<Draft> DraftStore::forPage(qint64 pageId) const
{
    Statement query(
        m_db,
        QStringLiteral("SELECT %1 FROM drafts WHERE page_id = ?").arg(QLatin1String(kColumns)));
    query.bind(1, pageId);
    if (!query.step())
        return std::nullopt;
    Draft draft = draftFrom(query);
    draft.attachments = attachmentsOf(draft.id);
    return draft;
}

void DraftStore::discard(qint64 draftId)
{
    Statement query(m_db, QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    query.bind(1, draftId);
    query.run();
}

} // namespace folio
