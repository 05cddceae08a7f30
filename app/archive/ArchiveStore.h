#pragma once

#include "archive/ArchiveResult.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace folio {

class Database;

// Where a link is in the archive.
enum class ArchiveStatus { NotQueued, Pending, Archived, Failed, Skipped };

struct ArchiveState
{
    ArchiveStatus status = ArchiveStatus::NotQueued;
    ArchiveReason::Kind reason = ArchiveReason::None;
    QString detail;
    int attempts = 0;
    qint64 nextAttempt = 0; // ms
    qint64 updatedAt = 0;
    int captures = 0; // versions kept; a failed re-archive keeps the older ones readable

    // "HTTP 404…", for people; empty when there is no reason.
    QString reasonText() const { return ArchiveReason::describe(reason, detail); }
    // Where the link stands, for people: "waiting to be archived", "archived WHEN",
    // "not archived: the server…"; `archivedWhen` is the caller's rendering of updatedAt.
    QString describe(const QString& archivedWhen) const;
};

// One capture of a link: a version of its snapshot and what Readability read from it.
struct Capture
{
    qint64 id = 0;
    qint64 linkId = 0;
    QString sha256;
    qint64 size = 0;
    QString contentType;
    qint64 capturedAt = 0;
    QString finalUrl;
    std::optional<int> httpStatus;
    QString title;
    QString byline;
    QString excerpt;
    QString text;
};

// A link waiting to be archived.
struct DueLink
{
    qint64 linkId = 0;
    QString url;
    int flags = 0; // LinkFlag bits
    int attempts = 0;
};

// The archive's tables (schema format 7): the queue that survives restarts, the snapshots
// stored once by SHA-256, each link's captures (older ones kept as versions) and the search
// rows of their readable text. Each write is one transaction.
class ArchiveStore
{
    Q_DECLARE_TR_FUNCTIONS(folio::ArchiveStore)

public:
    explicit ArchiveStore(Database& db);

    // Queues links: those never queued become Pending. With `again`, archived, failed and
    // skipped ones are queued again too (re-archive; older captures stay). Returns how many
    // became Pending.
    int enqueue(const QList<qint64>& linkIds, bool again = false);
    // "Archive all": every link shown in the panel (not hidden) that was never queued, and
    // those the policy skipped (it may have changed since).
    int enqueueAll();
    // Failed links become Pending again, their attempts forgotten; returns them.
    QList<qint64> retryFailed();

    // Pending links whose wait is over, oldest first, leaving out `busy`; among `only` when
    // it is not empty.
    std::vector<DueLink> due(qint64 now, int limit, const QList<qint64>& busy = {},
                             const QList<qint64>& only = {}) const;
    // When the next pending link is due, if any link waits (among `only`, when not empty).
    std::optional<qint64> nextRetry(const QList<qint64>& only = {}) const;
    qint64 pendingCount(const QList<qint64>& only = {}) const;
    // Pending links waiting for a retry may start now (a run the user asked for).
    void makeDueNow(const QList<qint64>& only = {});

    // Keeps a capture: the snapshot (once per SHA-256), a version, the search row, Archived.
    void recordCapture(qint64 linkId, const CaptureResult& result, qint64 now);
    // A failed attempt: Pending again until `retryAt` when given, else Failed.
    void recordFailure(qint64 linkId, ArchiveReason::Kind reason, const QString& detail,
                       std::optional<qint64> retryAt, qint64 now);
    // Not fetched, and never will be as things stand (policy).
    void recordSkipped(qint64 linkId, ArchiveReason::Kind reason, const QString& detail,
                       qint64 now);

    // A snapshot another machine captured (a bundle); false if this wiki had it already.
    bool keepSnapshot(const QByteArray& data, const QString& contentType);
    // A capture another machine made, its snapshot kept first: added unless this wiki has it
    // (the same snapshot at the same time). When it is the link's newest, it is the one
    // searched and the link is Archived. False if it was there, or its snapshot is missing.
    bool addCapture(qint64 linkId, const Capture& capture);

    ArchiveState state(qint64 linkId) const;
    // Newest first (by the time captured); text included.
    std::vector<Capture> captures(qint64 linkId) const;
    std::optional<Capture> latestCapture(qint64 linkId) const;
    QByteArray snapshotData(const QString& sha256) const;

    struct Counts
    {
        qint64 pending = 0;
        qint64 archived = 0;
        qint64 failed = 0;
        qint64 skipped = 0;
        qint64 total() const { return pending + archived + failed + skipped; }
    };
    Counts counts() const;
    qint64 snapshotCount() const;

    // The readable text indexed per link is cut here; the capture keeps all of it.
    static constexpr int kMaxIndexedText = 200000;

private:
    void indexCapture(qint64 linkId, const QString& title, const QString& byline,
                      const QString& text);
    void setStatus(qint64 linkId, const char* status, ArchiveReason::Kind reason,
                   const QString& detail, int attemptsChange, qint64 nextAttempt, qint64 now);
    Database& m_db;
};

} // namespace folio
