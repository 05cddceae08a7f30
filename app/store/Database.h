#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace folio {

// Owns one sqlite3 connection. Errors throw StoreError with a sentence saying what is wrong
// (busy, disk full, read-only, damaged…); SQLite's own message is logged to folio.store.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(folio::Database)

public:
    // ReadOnlyImmutable reads a file no one can be writing (on a read-only medium): SQLite
    // takes no locks and needs no journal beside it.
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly, ReadOnlyImmutable };

    Database(const QString& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

    // Runs one or more statements that return no rows (DDL, pragmas).
    void exec(const QString& sql);
    qint64 lastInsertId() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    // Makes a running statement on this connection stop with an error; any thread may call it.
    void interrupt();
    int pragmaInt(const char* pragma) const;
    // The first `maxBytes` of a TEXT or BLOB value, read without loading the rest: a 50 MB
    // page costs what a 5 kB one does. Text is cut before a partial UTF-8 character.
    QByteArray readPrefix(const char* table, const char* column, qint64 rowid, int maxBytes) const;
    bool isReadOnly() const;
    // How long a statement waits for another connection's lock before it fails as busy.
    static constexpr int kBusyTimeoutMs = 5000;
    void setBusyTimeout(int milliseconds);

    // Throws the connection's last error as a StoreError with a sentence for people.
    [[noreturn]] void throwLastError() const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace folio
