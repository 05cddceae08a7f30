#include "sync/BundleImport.h"

#include "store/Database.h"
#include "store/DatabaseBackup.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "sync/BundleError.h"
#include "sync/BundleReader.h"
#include "sync/ImportLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace folio {

BundleImport::BundleImport(Database& db) : m_db(db)
{
}

QString BundleImport::backupPathFor(const QString& wikiPath)
{
    const QFileInfo wiki(wikiPath);
    return wiki.absoluteDir().filePath(wiki.completeBaseName() +
                                       QLatin1String(".before-import.folio"));
}

BundleMerger::Summary BundleImport::run(BundleReader& bundle, const QString& path,
                                        const QString& fileStamp)
{
    // The write lock is held from the copy to the commit: nothing another connection writes
    // can fall between the copy and the merge, where an undo would lose it.
    Transaction transaction(m_db);
    const QString bundleWiki = bundle.manifest().wiki;
    const WikiMatch match = matchWiki(bundle);
    if (match == WikiMatch::Other && !m_otherWikiAllowed)
        throw BundleError(tr("“%1” is a bundle of another wiki, not of a copy of this one.")
                              .arg(QDir::toNativeSeparators(path)),
                          BundleError::Code::OtherWiki);

    const QString backup = backupPathFor(m_db.path());
    const QString newBackup = backup + QLatin1String(".new");
    const QString before = WikiStamp::of(m_db).toString();
    bool takingBackup = m_backupSha256.isEmpty() || before != m_stampAfterLast;
    QString backupSha256 = m_backupSha256;
    ImportLog::Entry entry;
    try {
        if (takingBackup) {
            Database committed(m_db.path(), Database::OpenMode::ReadOnly);
            DatabaseBackup::copy(committed, newBackup);
            backupSha256 = ImportLog::sha256Of(newBackup);
        }
        acceptWiki(match, bundleWiki);
        BundleMerger merger(m_db);
        merger.setProgress(m_progress);
        merger.setCancelFlag(m_cancelled);
        entry.summary = merger.merge(bundle);
        entry.bundle = QFileInfo(path).absoluteFilePath();
        entry.fileStamp = fileStamp.isEmpty() ? ImportLog::fileStampOf(path) : fileStamp;
        entry.fromWiki = bundleWiki;
        entry.fromMachine = bundle.manifest().machine;
        entry.importedAt = QDateTime::currentDateTimeUtc();
        entry.wikiStamp = WikiStamp::of(m_db).toString();
        // An import that changed nothing keeps the last one's undo: importing the same
        // bundle again must not make the import before it impossible to undo.
        const bool changed = entry.wikiStamp != before || entry.summary.attachments > 0;
        if (changed) {
            entry.backup = backup;
            entry.backupSha256 = backupSha256;
        } else if (takingBackup) {
            QFile::remove(newBackup);
            takingBackup = false;
            backupSha256 = m_backupSha256;
        }
        ImportLog(m_db).record(entry);
        transaction.commit();
    } catch (...) {
        QFile::remove(newBackup);
        throw;
    }
    if (takingBackup) {
        // The older copy goes only now: a failed import leaves the last one's undo as it was.
        // Should the rename fail, no copy has the recorded checksum, and undo says so.
        if (std::rename(QFile::encodeName(newBackup).constData(),
                        QFile::encodeName(backup).constData()) != 0)
            QFile::remove(newBackup);
    }
    m_backupSha256 = backupSha256;
    m_stampAfterLast = entry.wikiStamp;
    return entry.summary;
}

BundleImport::WikiMatch BundleImport::matchWiki(const BundleReader& bundle) const
{
    const QString bundleWiki = bundle.manifest().wiki;
    if (bundleWiki.isEmpty())
        return WikiMatch::Other;
    Statement known(m_db, QStringLiteral("SELECT 1 FROM wiki WHERE uuid = ?1 "
                                         "UNION ALL SELECT 1 FROM known_wikis WHERE uuid = ?1"));
    known.bind(1, bundleWiki);
    if (known.step())
        return WikiMatch::Same;
    Statement self(m_db, QStringLiteral("SELECT uuid FROM wiki"));
    if (self.step() && bundle.manifest().knownWikis.contains(self.text(0)))
        return WikiMatch::Joined;
    return holdsOnlyStarterPages() ? WikiMatch::Adopt : WikiMatch::Other;
}

bool BundleImport::holdsOnlyStarterPages() const
{
    // Starter revisions have name-based (version 5) uuids; anything a person wrote has a
    // random one, and merge revisions, also version 5, only come with imports.
    if (!ImportLog(m_db).isEmpty())
        return false;
    Statement written(m_db, QStringLiteral("SELECT 1 FROM revisions "
                                           "WHERE substr(uuid, 15, 1) <> '5' LIMIT 1"));
    return !written.step();
}

void BundleImport::acceptWiki(WikiMatch match, const QString& bundleWiki)
{
    if (match == WikiMatch::Adopt) {
        Statement adopt(m_db, QStringLiteral("UPDATE wiki SET uuid = ?"));
        adopt.bind(1, bundleWiki).run();
    } else if (match == WikiMatch::Other || match == WikiMatch::Joined) {
        Statement remember(m_db, QStringLiteral("INSERT OR IGNORE INTO known_wikis (uuid, since) "
                                                "VALUES (?, ?)"));
        remember.bind(1, bundleWiki).bind(2, QDateTime::currentMSecsSinceEpoch()).run();
    }
}

} // namespace folio
