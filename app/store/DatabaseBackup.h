#pragma once

#include <QCoreApplication>
#include <QString>

namespace folio {

class Database;

// Whole-wiki copies with SQLite's online backup: a consistent copy of the file while other
// connections keep reading and writing, and a restore that replaces everything in one step.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(folio::DatabaseBackup)

public:
    // Writes a copy of `db` to `path`; the file at `path` is replaced only once the copy is
    // whole, so a full disk leaves an older copy as it was. Throws StoreError. SQLite cannot
    // copy from a connection that is writing: a writer copies through a read-only connection
    // of its own, which sees what was committed (WAL) while the writer's lock keeps it so.
    static void copy(Database& db, const QString& path);
    // Replaces everything `db` holds with what `source` holds, in one write transaction: other
    // connections see either the old wiki or the restored one. Throws StoreError; then `db`
    // is as it was.
    static void restore(Database& db, Database& source);
};

} // namespace folio
