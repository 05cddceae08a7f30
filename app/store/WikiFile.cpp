#include "store/WikiFile.h"

#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace folio {
namespace {

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString WikiFile::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder + QLatin1String("/wiki.folio");
}

WikiFile::Opened WikiFile::open(const QString& path)
{
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (info.exists())
        checkExistingFile(path);
    else if (!QDir().mkpath(info.absolutePath()))
        throw StoreError(
            tr("Cannot create the folder “%1” for the wiki.").arg(shown(info.absolutePath())));

    Opened opened;
    try {
        opened.database = std::make_unique<Database>(
            path, existed ? Database::OpenMode::ReadWrite : Database::OpenMode::ReadWriteCreate);
    } catch (const StoreError& error) {
        throw StoreError(tr("Cannot open “%1”: %2").arg(shown(path), error.message()),
                         error.code());
    }
    Database& db = *opened.database;
    opened.created = !existed || checkDatabase(db, path);

    try {
        // Only now, with the file known to be ours, is anything written to it.
        db.exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                               "PRAGMA foreign_keys = ON;"));
        Schema::migrate(db);
    } catch (const StoreError& error) {
        throw StoreError(tr("Cannot prepare the wiki “%1”: %2").arg(shown(path), error.message()),
                         error.code());
    }
    return opened;
}

void WikiFile::checkExistingFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        throw StoreError(tr("“%1” is a folder, not a wiki file.").arg(shown(path)),
                         StoreError::Code::NotAWiki);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(tr("Cannot read “%1”: %2").arg(shown(path), file.errorString()),
                         StoreError::Code::ReadOnly);
    if (info.size() == 0)
        return; // an empty file holds nothing to lose: it becomes a new wiki
    const QByteArray header = file.read(16);
    if (header != QByteArray(kSqliteMagic, 16))
        throw StoreError(
            tr("“%1” is not a Folio wiki: it is not an SQLite database.").arg(shown(path)),
            StoreError::Code::NotAWiki);
    // Root may write anywhere, so a file with no write bit at all counts as read-only too.
    const auto writeBits =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isWritable() || !(info.permissions() & writeBits))
        throw StoreError(tr("“%1” is read-only. Folio needs to write to a wiki file: make it "
                            "writable, or open a copy.")
                             .arg(shown(path)),
                         StoreError::Code::ReadOnly);
}

// Returns true when the file is an empty SQLite database that may become a new wiki.
bool WikiFile::checkDatabase(Database& db, const QString& path)
{
    int applicationId = 0;
    int version = 0;
    int objects = 0;
    try {
        applicationId = db.pragmaInt("application_id");
        version = db.pragmaInt("user_version");
        Statement count(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        objects = count.step() ? int(count.int64(0)) : 0;
    } catch (const StoreError& error) {
        throw StoreError(tr("“%1” is damaged and cannot be read as a wiki (%2).")
                             .arg(shown(path), error.message()),
                         StoreError::Code::Corrupt);
    }
    if (db.isReadOnly())
        throw StoreError(tr("“%1” is read-only. Folio needs to write to a wiki file: make it "
                            "writable, or open a copy.")
                             .arg(shown(path)),
                         StoreError::Code::ReadOnly);
    if (applicationId == 0 && objects == 0)
        return true;
    if (applicationId != Schema::kApplicationId)
        throw StoreError(tr("“%1” is not a Folio wiki: it is an SQLite database of another "
                            "program.")
                             .arg(shown(path)),
                         StoreError::Code::NotAWiki);
    if (version > Schema::currentVersion())
        throw StoreError(tr("“%1” was written by a newer version of Folio (format %2; this "
                            "version reads up to format %3). Update Folio to open it.")
                             .arg(shown(path))
                             .arg(version)
                             .arg(Schema::currentVersion()),
                         StoreError::Code::TooNew);
    return false;
}

} // namespace folio
