#pragma once

#include "store/Statement.h"

#include <QHash>
#include <QString>

#include <memory>

namespace folio {

class Database;

// Prepared statements kept for reuse on one connection: code that runs the same queries on
// every keystroke should not parse them again each time. Only for SQL from a fixed set of
// texts: values go into bindings, never into the text, or the cache grows without bound.
class StatementCache
{
public:
    explicit StatementCache(const Database& db) : m_db(db) {}

    // The statement for `sql`, reset and with no bindings, ready to bind and step.
    Statement& get(const QString& sql);
    // Resets every statement: one left part-way through its rows keeps a read transaction
    // open, and the connection would go on seeing the file as it was then.
    void resetAll();
    int size() const { return int(m_statements.size()); }

private:
    const Database& m_db;
    QHash<QString, std::shared_ptr<Statement>> m_statements;
};

} // namespace folio
