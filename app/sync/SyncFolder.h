#pragma once

#include "sync/BundleError.h"
#include "sync/BundleMerger.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace folio {

class Database;

// One round of syncing through a folder that another tool keeps the same on every machine
// (Syncthing, Nextcloud, a network share); there is no Folio server. Each machine keeps one
// bundle there, named by its machine id. A round merges the other machines' bundles that
// changed since they were last merged (one BundleImport, so one undo takes back the whole
// round), then writes this machine's bundle if the wiki changed since it was last written.
class SyncFolder
{
    Q_DECLARE_TR_FUNCTIONS(folio::SyncFolder)

public:
    struct Skipped
    {
        QString bundle;
        QString reason; // a sentence naming the file and the problem
        BundleError::Code code = BundleError::Code::Unusable;
    };
    struct Round
    {
        int bundlesMerged = 0;
        BundleMerger::Summary summary; // over every bundle merged
        QList<Skipped> skipped;        // bundles left for the next round, and why
        bool wrote = false;            // this machine's bundle was written
        QString ownBundle;
    };
    enum class Stage { Merging, Writing };
    using Progress = std::function<void(Stage stage, const QString& bundle, int done, int total)>;

    SyncFolder(Database& db, QString folder, QString machineId);
    void setOtherWikiAllowed(bool allowed) { m_otherWikiAllowed = allowed; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool>* cancelled) { m_cancelled = cancelled; }

    // Throws BundleError when the folder cannot be used or this machine's bundle cannot be
    // written, StoreError, or BundleMerger::Cancelled / BundleWriter::Cancelled; a bundle
    // that cannot be merged is skipped and named in the Round, the others still merge.
    Round run();

    QString ownBundlePath() const;
    static void add(BundleMerger::Summary& total, const BundleMerger::Summary& more);

private:
    QStringList othersChanged(const QString& own) const;
    void mergeOthers(Round& round);
    void writeOwn(Round& round);

    Database& m_db;
    QString m_folder;
    QString m_machineId;
    bool m_otherWikiAllowed = false;
    Progress m_progress;
    const std::atomic<bool>* m_cancelled = nullptr;
};

} // namespace folio
