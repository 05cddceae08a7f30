#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace folio {

class Database;

// Opens a wiki file, or creates one where none exists. Before anything is written it checks
// that the file is a Folio wiki this version can read and write; any file it refuses is left
// byte-for-byte as it was, and the StoreError says why in a sentence.
class WikiFile
{
    Q_DECLARE_TR_FUNCTIONS(folio::WikiFile)

public:
    struct Options
    {
        // Only reading: a read-only file or folder is fine, nothing is created or upgraded.
        bool readOnly = false;
        // A path where there is no file yet becomes a new wiki.
        bool mayCreate = true;
        // ... and the folders above it are made where missing (the default wiki's folder).
        bool createFolders = true;
    };
    struct Opened
    {
        std::unique_ptr<Database> database;
        bool created = false; // a new, empty wiki: the caller may add the starter pages
        bool newFile = false; // the file did not exist before: remove() it if setting up fails
    };

    static Opened open(const QString& path, const Options& options);
    static Opened open(const QString& path); // with the default Options
    // An existing wiki, only read (a thread's connection of its own; read-only media too).
    static Opened openForReading(const QString& path);
    // Removes a wiki file that open() created, with its journal files.
    static void removeWithJournals(const QString& path);
    // The default wiki: wiki.folio in the user's application data folder.
    static QString defaultPath();

private:
    static void checkPath(const QString& path, bool* exists);
    static void checkExistingFile(const QString& path, bool readOnly);
    static void prepareFolder(const QString& folder, bool createFolders);
    static void checkFolderIsWritable(const QString& path);
    static std::unique_ptr<Database> openReadOnly(const QString& path);
    static bool checkDatabase(Database& db, const QString& path, bool readOnly);
};

} // namespace folio
