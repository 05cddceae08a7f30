#include "store/WikiFile.h"

#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <climits>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

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

WikiFile::Opened WikiFile::openForReading(const QString& path)
{
    Options options;
    options.readOnly = true;
    options.mayCreate = false;
    return open(path, options);
}

WikiFile::Opened WikiFile::open(const QString& path)
{
    return open(path, Options());
}

WikiFile::Opened WikiFile::open(const QString& path, const Options& options)
{
    if (path.trimmed().isEmpty())
        throw StoreError(tr("No wiki file was given: the path is empty."),
                         StoreError::Code::InvalidInput);
    bool exists = false;
    checkPath(path, &exists);
    const QFileInfo info(path);
    if (exists) {
        checkExistingFile(path, options.readOnly);
    } else if (!options.mayCreate || options.readOnly) {
        throw StoreError(tr("There is no wiki at “%1”.").arg(shown(path)),
                         StoreError::Code::NotFound);
    } else {
        prepareFolder(info.absolutePath(), options.createFolders);
    }
    if (options.readOnly) {
        Opened opened;
        opened.database = openReadOnly(path);
        if (checkDatabase(*opened.database, path, true))
            throw StoreError(tr("“%1” is empty: there is no wiki in it yet.").arg(shown(path)),
                             StoreError::Code::NotFound);
        if (opened.database->pragmaInt("user_version") < Schema::currentVersion())
            throw StoreError(tr("“%1” is in an older format that Folio must upgrade, and it is "
                                "read-only. Open it once where it can be written.")
                                 .arg(shown(path)),
                             StoreError::Code::ReadOnly);
        return opened;
    }
    checkFolderIsWritable(path);

    Opened opened;
    opened.newFile = !exists;
    try {
        const bool hasData = exists && info.size() > 0;
        try {
            opened.database =
                std::make_unique<Database>(path, hasData ? Database::OpenMode::ReadWrite
                                                         : Database::OpenMode::ReadWriteCreate);
        } catch (const StoreError& error) {
            throw StoreError(tr("Cannot open “%1”: %2").arg(shown(path), error.message()),
                             error.code());
        }
        Database& db = *opened.database;
        opened.created = !hasData || checkDatabase(db, path, false);
        try {
            // Only now, with the file known to be ours, is anything written to it.
            db.exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                                   "PRAGMA foreign_keys = ON;"));
            Schema::migrate(db);
        } catch (const StoreError& error) {
            throw StoreError(
                tr("Cannot prepare the wiki “%1”: %2").arg(shown(path), error.message()),
                error.code());
        }
    } catch (const StoreError&) {
        // A wiki this call created and could not finish (a full disk, say) is not left behind
        // as an empty file that the next start would take for a new wiki.
        opened.database.reset();
        if (opened.newFile)
            removeWithJournals(path);
        throw;
    }
    return opened;
}

std::unique_ptr<Database> WikiFile::openReadOnly(const QString& path)
{
    try {
        auto db = std::make_unique<Database>(path, Database::OpenMode::ReadOnly);
        db->pragmaInt("user_version"); // SQLite opens lazily: the first read tells
        return db;
    } catch (const StoreError& error) {
        if (error.code() != StoreError::Code::ReadOnly &&
            error.code() != StoreError::Code::CannotOpen)
            throw StoreError(tr("Cannot open “%1”: %2").arg(shown(path), error.message()),
                             error.code());
        // In a read-only folder SQLite cannot make the WAL index beside the file. With no
        // journal there, nobody is writing: the file may be read as it is.
        if (QFileInfo::exists(path + QLatin1String("-wal")))
            throw StoreError(tr("Cannot open “%1”: %2").arg(shown(path), error.message()),
                             error.code());
    }
    try {
        return std::make_unique<Database>(path, Database::OpenMode::ReadOnlyImmutable);
    } catch (const StoreError& error) {
        throw StoreError(tr("Cannot open “%1”: %2").arg(shown(path), error.message()),
                         error.code());
    }
}

void WikiFile::checkPath(const QString& path, bool* exists)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat link = {};
    *exists = ::lstat(native.constData(), &link) == 0;
    const QByteArray name = QFile::encodeName(QFileInfo(path).fileName());
    if (name.size() > NAME_MAX)
        throw StoreError(tr("The file name “%1” is too long: a name may have at most %2 bytes.")
                             .arg(QFileInfo(path).fileName())
                             .arg(NAME_MAX),
                         StoreError::Code::InvalidInput);
    if (!*exists || !S_ISLNK(link.st_mode))
        return;
    // A link to a file on a drive that is not connected must not be taken for a new wiki:
    // creating one there would replace the link.
    struct stat target = {};
    if (::stat(native.constData(), &target) == 0)
        return;
    if (errno == ELOOP)
        throw StoreError(tr("“%1” is a link that leads back to itself.").arg(shown(path)),
                         StoreError::Code::CannotOpen);
    throw StoreError(tr("“%1” is a link to “%2”, which does not exist. Is a drive not connected?")
                         .arg(shown(path), shown(QFileInfo(path).symLinkTarget())),
                     StoreError::Code::CannotOpen);
}

void WikiFile::checkExistingFile(const QString& path, bool readOnly)
{
    // stat() first: opening a named pipe to read its header would wait forever, and SQLite
    // would write a journal next to a device ("/dev/null-journal").
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        throw StoreError(tr("Cannot read “%1”: %2")
                             .arg(shown(path), QString::fromLocal8Bit(std::strerror(errno))),
                         StoreError::Code::CannotOpen);
    if (S_ISDIR(status.st_mode))
        throw StoreError(tr("“%1” is a folder, not a wiki file.").arg(shown(path)),
                         StoreError::Code::NotAWiki);
    if (!S_ISREG(status.st_mode)) {
        const QString kind = S_ISFIFO(status.st_mode)   ? tr("a named pipe")
                             : S_ISSOCK(status.st_mode) ? tr("a socket")
                                                        : tr("a device");
        throw StoreError(
            tr("“%1” is not a wiki file: it is %2, not an ordinary file.").arg(shown(path), kind),
            StoreError::Code::NotAWiki);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            tr("“%1” cannot be read: you are not allowed to read it.").arg(shown(path)),
            StoreError::Code::ReadOnly);
    if (status.st_size == 0)
        return; // an empty file holds nothing to lose: it becomes a new wiki
    const QByteArray header = file.read(16);
    if (header != QByteArray(kSqliteMagic, 16))
        throw StoreError(
            tr("“%1” is not a Folio wiki: it is not an SQLite database.").arg(shown(path)),
            StoreError::Code::NotAWiki);
    if (readOnly)
        return;
    // Root may write anywhere, so a file with no write bit at all counts as read-only too.
    if (::access(QFile::encodeName(path).constData(), W_OK) != 0 ||
        (status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        throw StoreError(tr("“%1” is read-only. Folio needs to write to a wiki file: make it "
                            "writable, or open a copy.")
                             .arg(shown(path)),
                         StoreError::Code::ReadOnly);
    // The journal of an earlier session, left by another user, would refuse writes too.
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString journal = path + QLatin1String(suffix);
        if (QFileInfo::exists(journal) &&
            ::access(QFile::encodeName(journal).constData(), R_OK | W_OK) != 0)
            throw StoreError(tr("The wiki's journal “%1” belongs to another user or is "
                                "read-only. Folio needs to write to it: ask its owner to close "
                                "the wiki, or change its permissions.")
                                 .arg(shown(journal)),
                             StoreError::Code::ReadOnly);
    }
}

void WikiFile::prepareFolder(const QString& folder, bool createFolders)
{
    // The nearest part of the path that exists must be a folder ("notes.txt/team.folio").
    QString existing = folder;
    while (!existing.isEmpty() && !QFileInfo::exists(existing))
        existing = QFileInfo(existing).absolutePath() == existing
                       ? QString()
                       : QFileInfo(existing).absolutePath();
    if (!existing.isEmpty() && !QFileInfo(existing).isDir())
        throw StoreError(tr("Cannot create a wiki in “%1”: “%2” is a file, not a folder.")
                             .arg(shown(folder), shown(existing)),
                         StoreError::Code::InvalidInput);
    if (QFileInfo(folder).isDir())
        return;
    if (!createFolders)
        throw StoreError(
            tr("Cannot create a wiki in “%1”: the folder does not exist.").arg(shown(folder)),
            StoreError::Code::NotFound);
    if (!QDir().mkpath(folder))
        throw StoreError(tr("Cannot create the folder “%1” for the wiki.").arg(shown(folder)),
                         StoreError::Code::CannotOpen);
}

void WikiFile::checkFolderIsWritable(const QString& path)
{
    // While a wiki is open SQLite keeps its journal (the -wal and -shm files) beside it.
    const QString folder = QFileInfo(path).absolutePath();
    if (::access(QFile::encodeName(folder).constData(), W_OK | X_OK) == 0)
        return;
    const bool exists = QFileInfo::exists(path);
    throw StoreError(
        exists ? tr("“%1” is in a read-only folder. Folio keeps a journal beside the wiki file "
                    "while it is open: move the wiki to a folder you can write to, or open a "
                    "copy.")
                     .arg(shown(path))
               : tr("Cannot create a wiki in “%1”: the folder is read-only.").arg(shown(folder)),
        StoreError::Code::ReadOnly);
}

void WikiFile::removeWithJournals(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Returns true when the file is an empty SQLite database that may become a new wiki.
bool WikiFile::checkDatabase(Database& db, const QString& path, bool readOnly)
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
        // Only a file SQLite cannot make sense of is damaged; a busy or unreadable one is not.
        const bool damaged =
            error.code() == StoreError::Code::Corrupt || error.code() == StoreError::Code::NotAWiki;
        throw StoreError(damaged
                             ? tr("“%1” is damaged and cannot be read as a wiki.").arg(shown(path))
                             : tr("Cannot open “%1”: %2").arg(shown(path), error.message()),
                         damaged ? StoreError::Code::Corrupt : error.code());
    }
    if (!readOnly && db.isReadOnly())
        throw StoreError(tr("“%1” is read-only. Folio needs to write to a wiki file: make it "
                            "writable, or open a copy.")
                             .arg(shown(path)),
                         StoreError::Code::ReadOnly);
    if (applicationId == 0 && objects == 0 && version == 0)
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
    // PRAGMA user_version may hold any number, negative ones too.
    if (version < 1)
        throw StoreError(tr("“%1” is a Folio wiki in an unknown format (%2): it may be damaged. "
                            "Folio leaves it as it is.")
                             .arg(shown(path))
                             .arg(version),
                         StoreError::Code::Corrupt);
    return false;
}

} // namespace folio
