#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace folio {

class Database;

// One prepared statement. SQLite binds from 1 but reads columns from 0; so do these methods.
class Statement
{
public:
    Statement(const Database& db, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, const QByteArray& blob);
    // Text already encoded as UTF-8, to avoid converting it twice.
    Statement& bindText(int index, const QByteArray& utf8);
    Statement& bind(int index, std::optional<qint64> value);
    Statement& bindNull(int index);
    // `text` matched literally by "LIKE ? ESCAPE '\'": its backslashes, % and _ escaped.
    static QString likeEscaped(QString text);

    // Advances one row; false when there are no more rows.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    std::optional<qint64> optionalInt64(int column) const;

private:
    const Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace folio
