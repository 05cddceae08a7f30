#pragma once

#include "search/SearchEngine.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QObject>

#include <memory>

namespace folio {

class Database;

// Lives on the search thread with a read-only connection of its own, so a query never
// holds up the UI thread or a write.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    explicit SearchWorker(QObject* parent = nullptr);
    ~SearchWorker() override;

    // Called from the UI thread: stops the running query and marks older requests stale.
    void supersede(quint64 generation);

public Q_SLOTS:
    void open(const QString& wikiPath);
    void run(quint64 generation, const QString& text, int limit, bool typing,
             bool includesUnpublished);

Q_SIGNALS:
    void finished(quint64 generation, const folio::SearchResult& result);
    void failed(quint64 generation, const QString& message);

private:
    QMutex m_connectionMutex; // guards m_db against supersede() while open() replaces it
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchEngine> m_engine;
    QAtomicInteger<quint64> m_latest = 0;
};

} // namespace folio
