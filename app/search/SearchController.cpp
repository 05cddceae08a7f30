#include "search/SearchController.h"

#include "search/SearchWorker.h"

namespace folio {

SearchController::SearchController(QObject* parent) : QObject(parent), m_worker(new SearchWorker)
{
    m_thread.setObjectName(QStringLiteral("folio search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this,
            [this](quint64 generation, const SearchResult& result) {
                if (generation == m_generation)
                    Q_EMIT resultsReady(m_text, result);
            });
    connect(m_worker, &SearchWorker::failed, this,
            [this](quint64 generation, const QString& message) {
                if (generation == m_generation || generation == 0)
                    Q_EMIT searchFailed(message);
            });
    m_thread.start();
}

SearchController::~SearchController()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void SearchController::setWiki(const QString& wikiPath)
{
    cancel();
    QMetaObject::invokeMethod(m_worker, "open", Qt::QueuedConnection, Q_ARG(QString, wikiPath));
}

void SearchController::search(const QString& text, int limit, bool typing)
{
    m_text = text;
    m_worker->supersede(++m_generation);
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(quint64, m_generation),
                              Q_ARG(QString, text), Q_ARG(int, limit), Q_ARG(bool, typing),
                              Q_ARG(bool, m_includesUnpublished));
}

void SearchController::cancel()
{
    m_worker->supersede(++m_generation);
}

} // namespace folio
