#include "store/StatementCache.h"

namespace folio {

Statement& StatementCache::get(const QString& sql)
{
    std::shared_ptr<Statement>& statement = m_statements[sql];
    if (!statement)
        statement = std::make_shared<Statement>(m_db, sql);
    else
        statement->reset();
    return *statement;
}

void StatementCache::resetAll()
{
    for (const std::shared_ptr<Statement>& statement : std::as_const(m_statements))
        statement->reset();
}

} // namespace folio
