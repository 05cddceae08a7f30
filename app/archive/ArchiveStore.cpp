#include "archive/ArchiveStore.h"

#include "core/Sha256.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace folio {

QString ArchiveState::describe(const QString& archivedWhen) const
{
    switch (status) {
    case ArchiveStatus::NotQueued:
        break;
    case ArchiveStatus::Pending:
        return attempts == 0 ? ArchiveStore::tr("waiting to be archived")
                             : ArchiveStore::tr("to be tried again (%1)").arg(reasonText());
    case ArchiveStatus::Archived:
        return ArchiveStore::tr("archived %1").arg(archivedWhen);
    case ArchiveStatus::Failed:
        return ArchiveStore::tr("not archived: %1").arg(reasonText());
    case ArchiveStatus::Skipped:
        return ArchiveStore::tr("skipped: %1").arg(reasonText());
    }
    return ArchiveStore::tr("not archived yet");
}

namespace {

const char kCaptureColumns[] =
    "c.id, c.link_id, s.sha256, s.size, s.content_type, c.captured_at, c.final_url, "
    "c.http_status, c.title, c.byline, c.excerpt, c.text "
    "FROM link_captures c JOIN snapshots s ON s.id = c.snapshot_id";

Capture captureFrom(const Statement& row)
{
    Capture capture;
    capture.id = row.int64(0);
    capture.linkId = row.int64(1);
    capture.sha256 = row.text(2);
    capture.size = row.int64(3);
    capture.contentType = row.text(4);
    capture.capturedAt = row.int64(5);
    capture.finalUrl = row.text(6);
    if (const auto status = row.optionalInt64(7))
        capture.httpStatus = int(*status);
    capture.title = row.text(8);
    capture.byline = row.text(9);
    capture.excerpt = row.text(10);
    capture.text = row.text(11);
    return capture;
}

ArchiveStatus statusFromKey(const QString& key)
{
    if (key == QLatin1String("pending"))
        return ArchiveStatus::Pending;
    if (key == QLatin1String("archived"))
        return ArchiveStatus::Archived;
    if (key == QLatin1String("failed"))
        return ArchiveStatus::Failed;
    if (key == QLatin1String("skipped"))
        return ArchiveStatus::Skipped;
    return ArchiveStatus::NotQueued;
}

// Ids as a JSON array, for json_each().
QString idList(const QList<qint64>& ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The links a run is limited to, bound to ?9 with idList(): none listed means all of them.
const QLatin1String
    kAmongOnly(" AND (json_array_length(?9) = 0 OR link_id IN (SELECT value FROM json_each(?9)))");

} // namespace

ArchiveStore::ArchiveStore(Database& db) : m_db(db)
{
}

int ArchiveStore::enqueue(const QList<qint64>& linkIds, bool again)
{
    Transaction transaction(m_db);
    Statement queue(
        m_db, QStringLiteral("INSERT INTO link_archive (link_id, status, queued_at, updated_at) "
                             " SELECT id, 'pending', ?1, ?1 FROM links WHERE id = ?2 "
                             "ON CONFLICT (link_id) DO UPDATE SET status = 'pending', "
                             " reason = '', detail = '', attempts = 0, next_attempt = 0, "
                             " queued_at = ?1, updated_at = ?1 "
                             " WHERE ?3"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int queued = 0;
    for (const qint64 id : linkIds) {
        queue.bind(1, now).bind(2, id).bind(3, qint64(again)).run();
        queued += m_db.changes();
    }
    transaction.commit();
    return queued;
}

int ArchiveStore::enqueueAll()
{
    Transaction transaction(m_db);
    Statement queue(
        m_db, QStringLiteral("INSERT INTO link_archive (link_id, status, queued_at, updated_at) "
                             " SELECT id, 'pending', ?1, ?1 FROM links WHERE hidden = 0 "
                             "  AND id NOT IN (SELECT link_id FROM link_archive)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    queue.bind(1, now).run();
    int queued = m_db.changes();
    Statement again(
        m_db, QStringLiteral(
                  "UPDATE link_archive SET status = 'pending', reason = '', "
                  " detail = '', attempts = 0, next_attempt = 0, queued_at = ?1, updated_at = ?1 "
                  "WHERE status = 'skipped' "
                  " AND link_id IN (SELECT id FROM links WHERE hidden = 0)"));
    again.bind(1, now).run();
    queued += m_db.changes();
    transaction.commit();
    return queued;
}

QList<qint64> ArchiveStore::retryFailed()
{
    Transaction transaction(m_db);
    Statement retry(m_db, QStringLiteral("UPDATE link_archive SET status = 'pending', reason = '', "
                                         " detail = '', attempts = 0, next_attempt = 0, "
                                         " updated_at = ? WHERE status = 'failed' "
                                         "RETURNING link_id"));
    retry.bind(1, QDateTime::currentMSecsSinceEpoch());
    QList<qint64> ids;
    while (retry.step())
        ids << retry.int64(0);
    transaction.commit();
    return ids;
}

std::vector<DueLink> ArchiveStore::due(qint64 now, int limit, const QList<qint64>& busy,
                                       const QList<qint64>& only) const
{
    Statement query(
        m_db, QStringLiteral("SELECT a.link_id, l.url, l.flags, a.attempts FROM link_archive a "
                             " JOIN links l ON l.id = a.link_id "
                             "WHERE a.status = 'pending' AND a.next_attempt <= ?1 "
                             " AND a.link_id NOT IN (SELECT value FROM json_each(?2)) ") +
                  kAmongOnly + QLatin1String(" ORDER BY a.next_attempt, a.link_id LIMIT ?3"));
    query.bind(1, now).bind(2, idList(busy)).bind(3, qint64(limit)).bind(9, idList(only));
    std::vector<DueLink> links;
    while (query.step())
        links.push_back({query.int64(0), query.text(1), int(query.int64(2)), int(query.int64(3))});
    return links;
}

std::optional<qint64> ArchiveStore::nextRetry(const QList<qint64>& only) const
{
    Statement query(m_db, QLatin1String("SELECT min(next_attempt) FROM link_archive "
                                        "WHERE status = 'pending'") +
                              kAmongOnly);
    query.bind(9, idList(only));
    query.step();
    return query.optionalInt64(0);
}

qint64 ArchiveStore::pendingCount(const QList<qint64>& only) const
{
    Statement query(m_db, QLatin1String("SELECT count(*) FROM link_archive "
                                        "WHERE status = 'pending'") +
                              kAmongOnly);
    query.bind(9, idList(only));
    query.step();
    return query.int64(0);
}

void ArchiveStore::makeDueNow(const QList<qint64>& only)
{
    Transaction transaction(m_db);
    Statement due(m_db, QLatin1String("UPDATE link_archive SET next_attempt = 0 "
                                      "WHERE status = 'pending' AND next_attempt > 0") +
                            kAmongOnly);
    due.bind(9, idList(only)).run();
    transaction.commit();
}

void ArchiveStore::recordCapture(qint64 linkId, const CaptureResult& result, qint64 now)
{
    const QString sha256 = Sha256::hex(result.content);
    Transaction transaction(m_db);
    Statement keep(m_db, QStringLiteral("INSERT INTO snapshots (sha256, size, content_type, data) "
                                        "VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"));
    keep.bind(1, sha256)
        .bind(2, qint64(result.content.size()))
        .bind(3, result.contentType)
        .bind(4, result.content)
        .run();
    Statement version(
        m_db, QStringLiteral("INSERT INTO link_captures (link_id, snapshot_id, captured_at, "
                             " final_url, http_status, title, byline, excerpt, text) "
                             "SELECT ?, id, ?, ?, ?, ?, ?, ?, ? FROM snapshots WHERE sha256 = ?"));
    version.bind(1, linkId)
        .bind(2, now)
        .bind(3, result.finalUrl.toString())
        .bind(4, result.httpStatus ? std::optional<qint64>(*result.httpStatus) : std::nullopt)
        .bind(5, result.title)
        .bind(6, result.byline)
        .bind(7, result.excerpt)
        .bind(8, result.text)
        .bind(9, sha256)
        .run();
    indexCapture(linkId, result.title, result.byline, result.text);
    setStatus(linkId, "archived", ArchiveReason::None, {}, 1, 0, now);
    transaction.commit();
}

void ArchiveStore::indexCapture(qint64 linkId, const QString& title, const QString& byline,
                                const QString& text)
{
    Statement unindex(m_db, QStringLiteral("DELETE FROM capture_search WHERE rowid = ?"));
    unindex.bind(1, linkId).run();
    Statement index(m_db, QStringLiteral("INSERT INTO capture_search (rowid, title, byline, text) "
                                         "VALUES (?, ?, ?, ?)"));
    index.bind(1, linkId).bind(2, title).bind(3, byline).bind(4, text.left(kMaxIndexedText)).run();
}

bool ArchiveStore::keepSnapshot(const QByteArray& data, const QString& contentType)
{
    Statement keep(m_db, QStringLiteral("INSERT INTO snapshots (sha256, size, content_type, data) "
                                        "VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"));
    keep.bind(1, Sha256::hex(data))
        .bind(2, qint64(data.size()))
        .bind(3, contentType)
        .bind(4, data)
        .run();
    return m_db.changes() > 0;
}

bool ArchiveStore::addCapture(qint64 linkId, const Capture& capture)
{
    Transaction transaction(m_db);
    Statement known(m_db, QStringLiteral("SELECT 1 FROM link_captures c JOIN snapshots s "
                                         "ON s.id = c.snapshot_id WHERE c.link_id = ? "
                                         "AND s.sha256 = ? AND c.captured_at = ?"));
    known.bind(1, linkId).bind(2, capture.sha256).bind(3, capture.capturedAt);
    if (known.step())
        return false;
    Statement version(
        m_db, QStringLiteral("INSERT INTO link_captures (link_id, snapshot_id, captured_at, "
                             " final_url, http_status, title, byline, excerpt, text) "
                             "SELECT ?, id, ?, ?, ?, ?, ?, ?, ? FROM snapshots WHERE sha256 = ?"));
    version.bind(1, linkId)
        .bind(2, capture.capturedAt)
        .bind(3, capture.finalUrl)
        .bind(4, capture.httpStatus ? std::optional<qint64>(*capture.httpStatus) : std::nullopt)
        .bind(5, capture.title)
        .bind(6, capture.byline)
        .bind(7, capture.excerpt)
        .bind(8, capture.text)
        .bind(9, capture.sha256)
        .run();
    if (m_db.changes() == 0)
        return false;
    const std::optional<Capture> newest = latestCapture(linkId);
    if (newest && newest->capturedAt == capture.capturedAt && newest->sha256 == capture.sha256) {
        indexCapture(linkId, capture.title, capture.byline, capture.text);
        setStatus(linkId, "archived", ArchiveReason::None, {}, 0, 0, capture.capturedAt);
    }
    transaction.commit();
    return true;
}

void ArchiveStore::recordFailure(qint64 linkId, ArchiveReason::Kind reason, const QString& detail,
                                 std::optional<qint64> retryAt, qint64 now)
{
    Transaction transaction(m_db);
    setStatus(linkId, retryAt ? "pending" : "failed", reason, detail,
              reason == ArchiveReason::Cancelled ? 0 : 1, retryAt.value_or(0), now);
    transaction.commit();
}

void ArchiveStore::recordSkipped(qint64 linkId, ArchiveReason::Kind reason, const QString& detail,
                                 qint64 now)
{
    Transaction transaction(m_db);
    setStatus(linkId, "skipped", reason, detail, 0, 0, now);
    transaction.commit();
}

void ArchiveStore::setStatus(qint64 linkId, const char* status, ArchiveReason::Kind reason,
                             const QString& detail, int attemptsChange, qint64 nextAttempt,
                             qint64 now)
{
    Statement update(m_db,
                     QStringLiteral("INSERT INTO link_archive (link_id, status, reason, detail, "
                                    " attempts, next_attempt, queued_at, updated_at) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) "
                                    "ON CONFLICT (link_id) DO UPDATE SET status = ?2, reason = ?3, "
                                    " detail = ?4, attempts = attempts + ?5, next_attempt = ?6, "
                                    " updated_at = ?7"));
    update.bind(1, linkId)
        .bind(2, QString::fromLatin1(status))
        .bind(3, ArchiveReason::key(reason))
        .bind(4, detail)
        .bind(5, qint64(attemptsChange))
        .bind(6, nextAttempt)
        .bind(7, now)
        .run();
}

ArchiveState ArchiveStore::state(qint64 linkId) const
{
    Statement query(m_db, QStringLiteral("SELECT a.status, a.reason, a.detail, a.attempts, "
                                         " a.next_attempt, a.updated_at, "
                                         " (SELECT count(*) FROM link_captures c "
                                         "  WHERE c.link_id = a.link_id) "
                                         "FROM link_archive a WHERE a.link_id = ?"));
    query.bind(1, linkId);
    ArchiveState state;
    if (!query.step())
        return state;
    state.status = statusFromKey(query.text(0));
    state.reason = ArchiveReason::fromKey(query.text(1));
    state.detail = query.text(2);
    state.attempts = int(query.int64(3));
    state.nextAttempt = query.int64(4);
    state.updatedAt = query.int64(5);
    state.captures = int(query.int64(6));
    return state;
}

std::vector<Capture> ArchiveStore::captures(qint64 linkId) const
{
    Statement query(m_db, QStringLiteral("SELECT %1 WHERE c.link_id = ? "
                                         "ORDER BY c.captured_at DESC, c.id DESC")
                              .arg(QLatin1String(kCaptureColumns)));
    query.bind(1, linkId);
    std::vector<Capture> captures;
    while (query.step())
        captures.push_back(captureFrom(query));
    return captures;
}

std::optional<Capture> ArchiveStore::latestCapture(qint64 linkId) const
{
    Statement query(m_db, QStringLiteral("SELECT %1 WHERE c.link_id = ? "
                                         "ORDER BY c.captured_at DESC, c.id DESC LIMIT 1")
                              .arg(QLatin1String(kCaptureColumns)));
    query.bind(1, linkId);
    if (!query.step())
        return std::nullopt;
    return captureFrom(query);
}

QByteArray ArchiveStore::snapshotData(const QString& sha256) const
{
    Statement query(m_db, QStringLiteral("SELECT data FROM snapshots WHERE sha256 = ?"));
    query.bind(1, sha256);
    return query.step() ? query.blob(0) : QByteArray();
}

ArchiveStore::Counts ArchiveStore::counts() const
{
    Statement query(m_db,
                    QStringLiteral("SELECT status, count(*) FROM link_archive GROUP BY status"));
    Counts counts;
    while (query.step()) {
        const qint64 n = query.int64(1);
        switch (statusFromKey(query.text(0))) {
        case ArchiveStatus::Pending:
            counts.pending = n;
            break;
        case ArchiveStatus::Archived:
            counts.archived = n;
            break;
        case ArchiveStatus::Failed:
            counts.failed = n;
            break;
        case ArchiveStatus::Skipped:
            counts.skipped = n;
            break;
        case ArchiveStatus::NotQueued:
            break;
        }
    }
    return counts;
}

qint64 ArchiveStore::snapshotCount() const
{
    Statement query(m_db, QStringLiteral("SELECT count(*) FROM snapshots"));
    query.step();
    return query.int64(0);
}

} // namespace folio
