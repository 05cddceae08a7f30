#include "store/Database.h"

#include "core/Logging.h"
#include "store/LockHolder.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <QFile>
#include <QUrl>

#include <cerrno>
#include <sqlite3.h>

namespace folio {
namespace {

int flagsFor(Database::OpenMode mode)
{
    switch (mode) {
    case Database::OpenMode::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case Database::OpenMode::ReadOnlyImmutable:
        return SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    case Database::OpenMode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Database::OpenMode::ReadWriteCreate:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    return SQLITE_OPEN_READONLY;
}

// What SQLite's result code means for the user, refined by the operating system's error
// where SQLite only says "I/O error": a full disk is a full disk.
StoreError::Code codeFor(int sqliteCode, int systemErrno)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_NOTADB:
        return StoreError::Code::NotAWiki;
    case SQLITE_CORRUPT:
        return StoreError::Code::Corrupt;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StoreError::Code::ReadOnly;
    case SQLITE_INTERRUPT:
        return StoreError::Code::Interrupted;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::Code::Busy;
    case SQLITE_FULL:
        return StoreError::Code::DiskFull;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        if (systemErrno == ENOSPC || systemErrno == EDQUOT)
            return StoreError::Code::DiskFull;
        if (systemErrno == EFBIG)
            return StoreError::Code::TooLarge;
        if (systemErrno == EROFS || systemErrno == EACCES || systemErrno == EPERM)
            return StoreError::Code::ReadOnly;
        return (sqliteCode & 0xff) == SQLITE_IOERR ? StoreError::Code::Io
                                                   : StoreError::Code::CannotOpen;
    case SQLITE_TOOBIG:
    case SQLITE_NOMEM:
        return StoreError::Code::TooLarge;
    case SQLITE_ERROR:      // "no such table", "no such column": tables not as Folio left them
    case SQLITE_CONSTRAINT: // a rule of the schema broken by what is in the file
    case SQLITE_SCHEMA:
    case SQLITE_MISMATCH:
        return StoreError::Code::Corrupt;
    default:
        return StoreError::Code::Generic;
    }
}

// What to tell a person; SQLite's own text goes to the log.
QString sentenceFor(StoreError::Code code, int sqliteCode, int systemErrno, const QString& path)
{
    switch (code) {
    case StoreError::Code::NotAWiki:
        return Database::tr("The file is not a wiki: it is not an SQLite database.");
    case StoreError::Code::Corrupt:
        return (sqliteCode & 0xff) == SQLITE_CORRUPT
                   ? Database::tr("The wiki file is damaged.")
                   : Database::tr("The wiki file is damaged or was changed by another program: "
                                  "its tables are not as Folio left them.");
    case StoreError::Code::ReadOnly:
        return Database::tr("The wiki cannot be changed: the file, its journal or its folder "
                            "is read-only.");
    case StoreError::Code::Interrupted:
        return Database::tr("The operation was cancelled.");
    case StoreError::Code::Busy: {
        const QString holder = LockHolder::describe(path);
        return holder.isEmpty()
                   ? Database::tr("The wiki is busy: another program is using it. Try again "
                                  "in a moment.")
                   : Database::tr("The wiki is busy: %1 is using it. Try again in a moment, or "
                                  "close that program.")
                         .arg(holder);
    }
    case StoreError::Code::DiskFull:
        return Database::tr("The disk is full. Free some space and try again.");
    case StoreError::Code::Io:
        return Database::tr("The wiki file could not be read or written (input/output error). "
                            "Check the disk.");
    case StoreError::Code::CannotOpen:
        return Database::tr("The wiki file cannot be opened: check that it and its folder "
                            "exist and that you may read and write them.");
    case StoreError::Code::TooLarge:
        return systemErrno == EFBIG
                   ? Database::tr("The wiki file may not grow any larger (a file size limit).")
                   : Database::tr("The change is too large to store.");
    default:
        return Database::tr("The wiki reported an unexpected error (code %1).").arg(sqliteCode);
    }
}

StoreError errorFor(sqlite3* db, int sqliteCode, const char* sqliteMessage, const QString& path)
{
    const int systemErrno = db ? sqlite3_system_errno(db) : 0;
    qCWarning(lcStore, "%s: %s (%d, errno %d)", qUtf8Printable(path), sqliteMessage, sqliteCode,
              systemErrno);
    const StoreError::Code code = codeFor(sqliteCode, systemErrno);
    return StoreError(sentenceFor(code, sqliteCode, systemErrno, path), code);
}

} // namespace

Database::Database(const QString& path, OpenMode mode) : m_path(path)
{
    // NOMUTEX: each connection is used by one thread; readers get connections of their own.
    QByteArray name = QFile::encodeName(path);
    if (mode == OpenMode::ReadOnlyImmutable)
        name = QUrl::fromLocalFile(path).toEncoded() + QByteArray("?immutable=1");
    const int rc =
        sqlite3_open_v2(name.constData(), &m_db, flagsFor(mode) | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const StoreError error =
            errorFor(m_db, rc, m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc), path);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw error;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
}

void Database::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

void Database::exec(const QString& sql)
{
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const StoreError storeError = errorFor(m_db, sqlite3_extended_errcode(m_db), error, m_path);
        sqlite3_free(error);
        throw storeError;
    }
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

int Database::pragmaInt(const char* pragma) const
{
    Statement query(*this, QStringLiteral("PRAGMA ") + QLatin1String(pragma));
    return query.step() ? int(query.int64(0)) : 0;
}

QByteArray Database::readPrefix(const char* table, const char* column, qint64 rowid,
                                int maxBytes) const
{
    sqlite3_blob* blob = nullptr;
    if (sqlite3_blob_open(m_db, "main", table, column, rowid, 0, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        throwLastError();
    }
    const int size = qMin(maxBytes, sqlite3_blob_bytes(blob));
    QByteArray bytes(size, Qt::Uninitialized);
    const int rc = sqlite3_blob_read(blob, bytes.data(), size, 0);
    sqlite3_blob_close(blob);
    if (rc != SQLITE_OK)
        throwLastError();
    if (size == maxBytes) {
        // Drop a character cut in half: back up over continuation bytes to its first byte.
        qsizetype end = bytes.size();
        while (end > 0 && (uchar(bytes.at(end - 1)) & 0xC0) == 0x80)
            --end;
        if (end > 0 && uchar(bytes.at(end - 1)) >= 0xC0) {
            const uchar lead = uchar(bytes.at(end - 1));
            const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            if (bytes.size() - (end - 1) < length)
                bytes.truncate(end - 1);
        }
    }
    return bytes;
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

void Database::throwLastError() const
{
    throw errorFor(m_db, sqlite3_extended_errcode(m_db), sqlite3_errmsg(m_db), m_path);
}

} // namespace folio
