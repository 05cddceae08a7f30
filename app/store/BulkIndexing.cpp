#include "store/BulkIndexing.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace folio {

BulkIndexing::BulkIndexing(Database& db, qsizetype pages) : m_db(db), m_active(pages >= kThreshold)
{
    if (!m_active)
        return;
    Statement last(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM pages"));
    m_lastIdBefore = last.step() ? last.int64(0) : 0;
    Statement pause(m_db, QStringLiteral("INSERT INTO search_index_paused (flag, after) "
                                         "VALUES (1, ?)"));
    pause.bind(1, m_lastIdBefore).run();
}

void BulkIndexing::finish()
{
    if (!m_active)
        return;
    Statement index(m_db, QStringLiteral("INSERT INTO page_search (rowid, title, tags, body) "
                                         "SELECT id, title, tags, body FROM page_search_source "
                                         "WHERE id > ?"));
    index.bind(1, m_lastIdBefore).run();
    m_db.exec(QStringLiteral("DELETE FROM search_index_paused"));
    m_active = false;
}

} // namespace folio
