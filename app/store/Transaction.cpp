#include "store/Transaction.h"

#include "store/Database.h"

#include <sqlite3.h>

namespace folio {

Transaction::Transaction(Database& db)
    : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    // Inside another transaction (a rename saving pages through PageStore), a savepoint: the
    // inner write can fail alone, and only the outer commit makes anything durable.
    m_db.exec(m_nested ? QStringLiteral("SAVEPOINT folio_nested")
                       : QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_nested)
        sqlite3_exec(m_db.handle(), "ROLLBACK TO folio_nested; RELEASE folio_nested", nullptr,
                     nullptr, nullptr);
    else
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec(m_nested ? QStringLiteral("RELEASE folio_nested") : QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace folio
