#pragma once

#include <QString>

struct sqlite3;

namespace folio {

// Owns one sqlite3 connection. Errors throw StoreError carrying SQLite's own message.
class Database
{
public:
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

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
    bool isReadOnly() const;

    [[noreturn]] void throwLastError(const QString& context) const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace folio
