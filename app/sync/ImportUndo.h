#pragma once

#include "sync/ImportLog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <limits>

namespace folio {

class Database;

// Undoes the last import (or sync round): the wiki goes back to the copy BundleImport took
// before it. What was written after the import would go too, so check() counts it and undo()
// refuses more than the person agreed to lose. The wiki as it was before the undo is kept
// beside it, so even an undo can be taken back.
class ImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(folio::ImportUndo)

public:
    static constexpr int kAnyChanges = std::numeric_limits<int>::max();

    struct Plan
    {
        ImportLog::Entry import;       // the last import
        QList<ImportLog::Entry> round; // every import the copy goes back before, oldest first
        int revisionsSince = 0;        // page edits made after the import
        int draftsSince = 0;           // drafts kept after it
        int linksSince = 0;            // links imported after it
        bool otherChanges = false;     // pages deleted or restored, files attached…
        QString keptAt;                // after undo(): where the wiki as it was before the undo is
        int changesSince() const
        {
            const int counted = revisionsSince + draftsSince + linksSince;
            return counted == 0 && otherChanges ? 1 : counted;
        }
    };

    explicit ImportUndo(Database& db) : m_db(db) {}

    // Throws BundleError (Code::NoUndo) when there is no import to undo, it was undone
    // already, or its copy is gone.
    Plan check() const;
    // Restores the copy, then removes it. Refuses (BundleError, Code::EditedSince) when more
    // changes were made since the import than `acceptedChanges`, and (Code::NoUndo) when the
    // last import is no longer `expectedImport` (when given) or the copy is not the file
    // taken before it. Throws BundleError or StoreError; then the wiki is as it was.
    Plan undo(int acceptedChanges, qint64 expectedImport = 0);

    // Where undo() keeps the wiki as it was before it.
    static QString keptPathFor(const QString& wikiPath);

private:
    Database& m_db;
};

} // namespace folio
