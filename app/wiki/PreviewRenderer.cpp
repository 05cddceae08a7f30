#include "wiki/PreviewRenderer.h"

#include "wiki/PreviewWorker.h"

namespace folio {

PreviewRenderer::PreviewRenderer(QObject* parent) : QObject(parent), m_worker(new PreviewWorker)
{
    m_thread.setObjectName(QStringLiteral("folio preview"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PreviewWorker::rendered, this,
            [this](quint64 generation, const QByteArray& document) {
                if (generation == m_generation)
                    Q_EMIT rendered(document);
            });
    m_thread.start();
}

PreviewRenderer::~PreviewRenderer()
{
    m_worker->supersede(++m_generation);
    m_thread.quit();
    m_thread.wait();
}

void PreviewRenderer::setWiki(const QString& wikiPath)
{
    PreviewWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, wikiPath] { worker->open(wikiPath); });
}

void PreviewRenderer::render(const Page& page, const QHash<QString, QString>& unsaved)
{
    const quint64 generation = ++m_generation;
    m_worker->supersede(generation);
    PreviewWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, generation, page, unsaved] { worker->render(generation, page, unsaved); });
}

} // namespace folio
