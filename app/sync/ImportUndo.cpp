#include "sync/ImportUndo.h"

#include "store/Database.h"
#include "store/DatabaseBackup.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"
#include "store/WikiFile.h"
#include "sync/BundleError.h"
#include "sync/WikiStamp.h"

#include <QDir>
#include <QFileInfo>

namespace folio {
namespace {

int countSince(const Database& db, const char* sql, qint64 since)
{
    Statement query(db, QString::fromUtf8(sql));
    query.bind(1, since);
    return query.step() ? int(query.int64(0)) : 0;
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString ImportUndo::keptPathFor(const QString& wikiPath)
{
    const QFileInfo wiki(wikiPath);
    return wiki.absoluteDir().filePath(wiki.completeBaseName() +
                                       QLatin1String(".before-undo.folio"));
}

ImportUndo::Plan ImportUndo::check() const
{
    const ImportLog log(m_db);
    const std::optional<ImportLog::Entry> last = log.lastUndoable();
    if (!last)
        throw BundleError(tr("There is no import to undo: no bundle was imported into this wiki."),
                          BundleError::Code::NoUndo);
    if (last->undone)
        throw BundleError(tr("The import of “%1” was undone already; it cannot be undone twice.")
                              .arg(shown(last->bundle)),
                          BundleError::Code::NoUndo);
    if (last->backup.isEmpty() || !QFileInfo(last->backup).isFile())
        throw BundleError(tr("The import of “%1” cannot be undone: the copy of the wiki taken "
                             "before it (“%2”) is gone.")
                              .arg(shown(last->bundle), shown(last->backup)),
                          BundleError::Code::NoUndo);
    Plan plan;
    plan.import = *last;
    plan.round = log.lastRound();
    const WikiStamp after = WikiStamp::fromString(last->wikiStamp);
    plan.revisionsSince =
        countSince(m_db, "SELECT count(*) FROM revisions WHERE id > ?", after.lastRevision);
    plan.linksSince = countSince(m_db, "SELECT count(*) FROM links WHERE id > ?", after.lastLink);
    plan.draftsSince =
        countSince(m_db, "SELECT count(*) FROM drafts WHERE saved_at > ?", after.lastDraftSave);
    plan.otherChanges = !(WikiStamp::of(m_db) == after);
    return plan;
}

ImportUndo::Plan ImportUndo::undo(int acceptedChanges, qint64 expectedImport)
{
    Plan plan = check();
    if (expectedImport != 0 && plan.import.id != expectedImport)
        throw BundleError(tr("Another bundle was imported meanwhile; look at what Undo would do "
                             "again."),
                          BundleError::Code::NoUndo);
    if (plan.changesSince() > acceptedChanges)
        throw BundleError(tr("Undoing the import of “%1” would also undo %n change(s) made after "
                             "it.",
                             nullptr, plan.changesSince())
                              .arg(shown(plan.import.bundle)),
                          BundleError::Code::EditedSince);
    const QString backupPath = plan.import.backup;
    // Only the very file taken before the import: not one put there by hand, nor the copy of
    // an import whose commit failed.
    if (ImportLog::sha256Of(backupPath) != plan.import.backupSha256)
        throw BundleError(tr("“%1” is not the copy Folio took before importing “%2”; Folio "
                             "leaves both as they are.")
                              .arg(shown(backupPath), shown(plan.import.bundle)),
                          BundleError::Code::NoUndo);
    plan.keptAt = keptPathFor(m_db.path());
    {
        Database committed(m_db.path(), Database::OpenMode::ReadOnly);
        DatabaseBackup::copy(committed, plan.keptAt);
    }
    {
        WikiFile::Options options;
        options.mayCreate = false;
        WikiFile::Opened backup;
        try {
            backup = WikiFile::open(backupPath, options);
        } catch (const StoreError& error) {
            throw BundleError(tr("The copy of the wiki taken before the import cannot be "
                                 "read: %1")
                                  .arg(error.message()),
                              BundleError::Code::NoUndo);
        }
        DatabaseBackup::restore(m_db, *backup.database);
    }
    // The undone imports stay listed, so a sync folder does not merge the same files again.
    Transaction transaction(m_db);
    ImportLog log(m_db);
    for (ImportLog::Entry entry : std::as_const(plan.round)) {
        entry.undone = true;
        log.record(entry);
    }
    transaction.commit();
    WikiFile::removeWithJournals(backupPath);
    return plan;
}

} // namespace folio
