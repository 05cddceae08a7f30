#pragma once

#include "sync/BundleReader.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <utility>

namespace folio {

class Database;
class HistoryWriter;
class StatementCache;

// Merges a bundle into a wiki as a version-control system merges a branch, in one
// transaction: revisions the wiki lacks are added as they were written; a page whose history
// already holds the other side's head stays; one the other side has moved on fast-forwards;
// where both changed a page since they parted, PageMerge writes a merge revision (conflicted
// when both changed the same lines, both texts kept). A deletion wins only over a page
// nobody edited since it was deleted; a page deleted here and edited there comes back.
// Two pages with one title: the one with the larger uuid is renamed "Title (2)". Links,
// shares, tags and captures merge by union (LinkMerger).
class BundleMerger
{
    Q_DECLARE_TR_FUNCTIONS(folio::BundleMerger)

public:
    struct Summary
    {
        int added = 0;       // pages this wiki did not have
        int updated = 0;     // fast-forwarded to the other side's edits
        int merged = 0;      // both sides' edits merged cleanly
        int conflicted = 0;  // both changed the same lines: marked, both texts kept
        int deleted = 0;     // deleted there, not edited here since
        int restored = 0;    // deleted here, edited there since
        int renamed = 0;     // renamed to free a title another page holds
        int unchanged = 0;   // nothing new
        int attachments = 0; // files this wiki did not have
        int links = 0;       // links this wiki did not have
        int shares = 0;      // messages sharing a link that this wiki did not have
        int captures = 0;    // archived copies of links this wiki did not have
    };
    struct Cancelled
    {
    };
    using Progress = std::function<void(int done, int total)>;

    explicit BundleMerger(Database& db);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool>* cancelled) { m_cancelled = cancelled; }

    // Throws BundleError or StoreError; then the wiki is as it was.
    Summary merge(BundleReader& bundle);

private:
    void mergePage(HistoryWriter& writer, const BundleReader::PageRecord& page,
                   const QList<BundleReader::RevisionRecord>& history, Summary& summary);

    Database& m_db;
    StatementCache* m_statements = nullptr; // during merge()
    Progress m_progress;
    const std::atomic<bool>* m_cancelled = nullptr;
};

// Every count of a Summary by name, in the order a person reads them: what stores, sums and
// reports them walks this list.
inline constexpr std::pair<const char*, int BundleMerger::Summary::*> kSummaryCounts[] = {
    {"added", &BundleMerger::Summary::added},
    {"updated", &BundleMerger::Summary::updated},
    {"merged", &BundleMerger::Summary::merged},
    {"conflicted", &BundleMerger::Summary::conflicted},
    {"deleted", &BundleMerger::Summary::deleted},
    {"restored", &BundleMerger::Summary::restored},
    {"renamed", &BundleMerger::Summary::renamed},
    {"unchanged", &BundleMerger::Summary::unchanged},
    {"attachments", &BundleMerger::Summary::attachments},
    {"links", &BundleMerger::Summary::links},
    {"shares", &BundleMerger::Summary::shares},
    {"captures", &BundleMerger::Summary::captures},
};

} // namespace folio
