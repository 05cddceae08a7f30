#include "links/LinkImportWorker.h"

#include "links/formats/ExportError.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"
#include "wiki/Wiki.h"

#include <QThread>

namespace folio {

LinkImportWorker::LinkImportWorker(QObject* parent) : QObject(parent)
{
}

LinkImportWorker::~LinkImportWorker()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool LinkImportWorker::isRunning() const
{
    return m_running;
}

void LinkImportWorker::cancel()
{
    m_cancel = true;
}

void LinkImportWorker::start(const Request& request)
{
    if (m_running)
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    m_running = true;
    m_report = {};
    m_thread = QThread::create([this, request] {
        const auto post = [this](auto&& call) {
            QMetaObject::invokeMethod(this, std::forward<decltype(call)>(call),
                                      Qt::QueuedConnection);
        };
        try {
            WikiFile::Options options;
            options.mayCreate = false;
            std::unique_ptr<Wiki> wiki = Wiki::open(request.wikiPath, options);
            LinkImporter importer(wiki->database());
            const LinkImporter::Report report = importer.import(
                request.path, request.format, request.rules, request.author,
                [&](const LinkImporter::Progress& step) {
                    const int permille = int(step.fraction * 1000);
                    post([this, step, permille] {
                        Q_EMIT progress(step.messages, permille, step.saving);
                    });
                },
                &m_cancel);
            post([this, report] {
                m_running = false;
                m_report = report;
                Q_EMIT finished();
            });
        } catch (const LinkImporter::Cancelled&) {
            post([this] {
                m_running = false;
                Q_EMIT cancelled();
            });
        } catch (const ExportError& error) {
            const QString message = error.message();
            post([this, message] {
                m_running = false;
                Q_EMIT failed(message);
            });
        } catch (const StoreError& error) {
            const QString message = error.message();
            post([this, message] {
                m_running = false;
                Q_EMIT failed(message);
            });
        }
    });
    m_thread->start();
}

} // namespace folio
