#pragma once

#include "sync/BundleMerger.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace folio {

class Database;

// The bundles imported into a wiki, newest last (table `imports`): where each came from, what
// it changed, the copy of the wiki taken before it (with the copy's SHA-256), and a WikiStamp
// of the wiki right after it, which tells an undo whether anything was written since. An
// undone import stays listed, marked, so a sync folder does not merge the same file again.
class ImportLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString bundle; // absolute path
        QString fileStamp;
        QString fromWiki;
        QString fromMachine;
        QDateTime importedAt;
        BundleMerger::Summary summary;
        QString backup; // empty: no copy was taken
        QString backupSha256;
        QString wikiStamp;
        bool undone = false;
    };

    explicit ImportLog(Database& db) : m_db(db) {}

    void record(const Entry& entry);
    std::optional<Entry> last() const;
    // The newest import that changed the wiki (and so has a copy to undo it with).
    std::optional<Entry> lastUndoable() const;
    // What that one's copy goes back before: the imports sharing it (a sync round) and any
    // that changed nothing since, oldest first.
    QList<Entry> lastRound() const;
    // Whether this very file (same path, size and modification time) was imported already.
    bool contains(const QString& bundle, const QString& fileStamp) const;
    // Whether nothing was imported (or all of it was undone).
    bool isEmpty() const;

    // A file's size and modification time, which change whenever a sync tool replaces it.
    static QString fileStampOf(const QString& path);
    // The SHA-256 of a file's bytes; empty when it cannot be read.
    static QString sha256Of(const QString& path);

private:
    QList<Entry> read(const QString& where) const;

    Database& m_db;
};

} // namespace folio
