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
    struct Opened
    {
        std::unique_ptr<Database> database;
        bool created = false; // a new, empty wiki: the caller may add the starter pages
    };

    static Opened open(const QString& path);
    // The default wiki: wiki.folio in the user's application data folder.
    static QString defaultPath();

private:
    static void checkExistingFile(const QString& path);
    static void prepareFolder(const QString& folder);
    static void checkFolderIsWritable(const QString& path);
    static void removeWithJournals(const QString& path);
    static bool checkDatabase(Database& db, const QString& path);
};

} // namespace folio
