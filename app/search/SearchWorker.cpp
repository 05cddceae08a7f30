#include "search/SearchWorker.h"

#include "store/Database.h"
#include "store/StoreError.h"

namespace folio {

SearchWorker::SearchWorker(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<folio::SearchResult>();
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::supersede(quint64 generation)
{
    m_latest.storeRelaxed(generation);
    // sqlite3_interrupt may be called from any thread while the connection is open.
    const QMutexLocker lock(&m_connectionMutex);
    if (m_db)
        m_db->interrupt();
}

void SearchWorker::open(const QString& wikiPath)
{
    const QMutexLocker lock(&m_connectionMutex);
    m_engine.reset();
    m_db.reset();
    try {
        m_db = std::make_unique<Database>(wikiPath, Database::OpenMode::ReadOnly);
        m_engine = std::make_unique<SearchEngine>(*m_db);
    } catch (const StoreError& error) {
        m_db.reset();
        Q_EMIT failed(0, error.message());
    }
}

void SearchWorker::run(quint64 generation, const QString& text, int limit, bool typing,
                       bool includesUnpublished)
{
    if (generation < m_latest.loadRelaxed() || !m_engine)
        return; // a newer keystroke is already queued
    try {
        SearchQuery query = SearchQuery::parse(text, typing);
        query.setIncludesUnpublished(includesUnpublished);
        const SearchResult result = m_engine->search(query, limit);
        if (!result.interrupted)
            Q_EMIT finished(generation, result);
    } catch (const StoreError& error) {
        Q_EMIT failed(generation, error.message());
    }
}

} // namespace folio
