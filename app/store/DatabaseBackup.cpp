#include "store/DatabaseBackup.h"

#include "store/Database.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <sqlite3.h>

namespace folio {
namespace {

// Copies every page of `from` into `to`; afterwards `to`'s connection holds any error.
bool copyPages(Database& to, Database& from)
{
    sqlite3_backup* backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup)
        return false;
    // -1: every page in one step, inside one read transaction on the source, so writers on
    // other connections cannot make the copy restart or mix two states.
    sqlite3_backup_step(backup, -1);
    return sqlite3_backup_finish(backup) == SQLITE_OK;
}

} // namespace

void DatabaseBackup::copy(Database& db, const QString& path)
{
    const QString partial = path + QLatin1String(".part");
    QFile::remove(partial);
    try {
        {
            Database copy(partial, Database::OpenMode::ReadWriteCreate);
            if (!copyPages(copy, db))
                copy.throwLastError();
        }
        // rename(2) replaces the older copy in one step: there is always a whole one.
        if (std::rename(QFile::encodeName(partial).constData(),
                        QFile::encodeName(path).constData()) != 0)
            throw StoreError(tr("Could not put the copy of the wiki at “%1”.")
                                 .arg(QDir::toNativeSeparators(path)),
                             StoreError::Code::Io);
    } catch (...) {
        QFile::remove(partial);
        QFile::remove(partial + QLatin1String("-journal"));
        throw;
    }
}

void DatabaseBackup::restore(Database& db, Database& source)
{
    if (!copyPages(db, source))
        db.throwLastError();
}

} // namespace folio
