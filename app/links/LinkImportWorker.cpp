#include "links/LinkImportWorker.h"

#include "links/formats/ExportError.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"
#include "wiki/Wiki.h"

namespace folio {

LinkImportWorker::LinkImportWorker(QObject* parent) : QObject(parent), m_thread(this)
{
}

LinkImportWorker::~LinkImportWorker() = default;

bool LinkImportWorker::isRunning() const
{
    return m_running;
}

void LinkImportWorker::cancel()
{
    m_thread.cancel();
}

void LinkImportWorker::start(const Request& request)
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_thread.start([this, request] {
        const auto fail = [this](const QString& message) {
            m_thread.post([this, message] {
                m_running = false;
                Q_EMIT failed(message);
            });
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
                    m_thread.post([this, step, permille] {
                        Q_EMIT progress(step.messages, permille, step.saving);
                    });
                },
                m_thread.cancelFlag());
            m_thread.post([this, report] {
                m_running = false;
                m_report = report;
                Q_EMIT finished();
            });
        } catch (const LinkImporter::Cancelled&) {
            m_thread.post([this] {
                m_running = false;
                Q_EMIT cancelled();
            });
        } catch (const ExportError& error) {
            fail(error.message());
        } catch (const StoreError& error) {
            fail(error.message());
        }
    });
}

} // namespace folio
