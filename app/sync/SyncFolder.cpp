#include "sync/SyncFolder.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "sync/BundleFormat.h"
#include "sync/BundleImport.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"
#include "sync/ImportLog.h"
#include "sync/WikiStamp.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace folio {

SyncFolder::SyncFolder(Database& db, QString folder, QString machineId)
    : m_db(db), m_folder(std::move(folder)), m_machineId(std::move(machineId))
{
}

QString SyncFolder::ownBundlePath() const
{
    return QDir(m_folder).absoluteFilePath(m_machineId + QLatin1String(BundleFormat::kFileSuffix));
}

void SyncFolder::add(BundleMerger::Summary& total, const BundleMerger::Summary& more)
{
    for (const auto& count : kSummaryCounts)
        total.*count.second += more.*count.second;
}

SyncFolder::Round SyncFolder::run()
{
    const QFileInfo folder(m_folder);
    if (!folder.isDir())
        throw BundleError(tr("The sync folder “%1” does not exist or is not a folder.")
                              .arg(QDir::toNativeSeparators(m_folder)));
    Round round;
    round.ownBundle = ownBundlePath();
    // Merged first, so this machine's bundle carries the others' edits on at once.
    mergeOthers(round);
    writeOwn(round);
    return round;
}

QStringList SyncFolder::othersChanged(const QString& own) const
{
    // Only finished bundles: sync tools write under temporary names and rename at the end.
    const QDir folder(m_folder);
    const QStringList names =
        folder.entryList(QStringList{QLatin1Char('*') + QLatin1String(BundleFormat::kFileSuffix)},
                         QDir::Files | QDir::Readable, QDir::Name);
    const ImportLog log(m_db);
    QStringList changed;
    for (const QString& name : names) {
        const QString path = folder.absoluteFilePath(name);
        if (path != own && !log.contains(path, ImportLog::fileStampOf(path)))
            changed.append(path);
    }
    return changed;
}

void SyncFolder::mergeOthers(Round& round)
{
    const QStringList bundles = othersChanged(round.ownBundle);
    BundleImport import(m_db);
    import.setOtherWikiAllowed(m_otherWikiAllowed);
    import.setCancelFlag(m_cancelled);
    for (const QString& path : bundles) {
        if (m_progress)
            import.setProgress([this, path](int done, int total) {
                m_progress(Stage::Merging, path, done, total);
    });
    try {
        // Stamped before it is read: a file replaced meanwhile is merged again next round.
        const QString fileStamp = ImportLog::fileStampOf(path);
        BundleReader reader(path);
        add(round.summary, import.run(reader, path, fileStamp));
        ++round.bundlesMerged;
    } catch (const BundleError& error) {
        round.skipped.append({path, error.message(), error.code()});
    }
}
} // namespace folio

void SyncFolder::writeOwn(Round& round)
{
    const WikiStamp stamp = WikiStamp::of(m_db);
    std::optional<WikiStamp> lastWritten;
    {
        Statement written(m_db,
                          QStringLiteral("SELECT wiki_stamp FROM sync_exports WHERE bundle = ?"));
        written.bind(1, round.ownBundle);
        if (written.step())
            lastWritten = WikiStamp::fromString(written.text(0));
    } // no read left open while the bundle is written
    if (lastWritten && lastWritten->sameBundle(stamp) && QFileInfo(round.ownBundle).isFile())
        return;
    BundleWriter writer(m_db, m_machineId);
    writer.setCancelFlag(m_cancelled);
    if (m_progress)
        writer.setProgress([this, &round](int done, int total) {
            m_progress(Stage::Writing, round.ownBundle, done, total);
        });
    writer.write(round.ownBundle);
    // The stamp from before writing: a change made meanwhile is written next round.
    Transaction transaction(m_db);
    Statement remember(m_db, QStringLiteral("INSERT OR REPLACE INTO sync_exports (bundle, "
                                            "wiki_stamp) VALUES (?, ?)"));
    remember.bind(1, round.ownBundle).bind(2, stamp.toString()).run();
    transaction.commit();
    round.wrote = true;
}

} // namespace folio
