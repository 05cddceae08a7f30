#include "store/StatementCache.h"

namespace folio {

Statement& StatementCache::get(const QString& sql)
{
    const auto found = m_statements.constFind(sql);
    if (found != m_statements.constEnd()) {
        found.value()->reset();
        return *found.value();
    }
    // Prepared before it is stored: a prepare that throws (an interrupt from the next
    // keystroke) must not leave an empty entry behind.
    auto statement = std::make_shared<Statement>(m_db, sql);
    m_statements.insert(sql, statement);
    return *statement;
}

void StatementCache::resetAll()
{
    for (const std::shared_ptr<Statement>& statement : std::as_const(m_statements))
        statement->reset();
}

} // namespace folio
