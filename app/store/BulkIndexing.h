#pragma once

#include <QtGlobal>

namespace folio {

class Database;

// New pages of a large batch are indexed for search in one statement at the end, which is
// several times faster than one trigger run per page. Create it inside the batch's
// transaction and call finish() before the commit; the triggers leave the pages the batch
// creates alone until then (however often it moves them), and index the others as always.
class BulkIndexing
{
public:
    // From this many pages on the batch is indexed in one go.
    static constexpr qsizetype kThreshold = 256;

    BulkIndexing(Database& db, qsizetype pages);
    void finish();

private:
    Database& m_db;
    bool m_active = false;
    qint64 m_lastIdBefore = 0;
};

} // namespace folio
