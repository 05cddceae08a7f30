#include "sync/SyncWorker.h"

#include "store/StoreError.h"
#include "store/WikiFile.h"
#include "sync/BundleImport.h"
#include "sync/BundleReader.h"
#include "sync/ImportLog.h"
#include "wiki/Wiki.h"

namespace folio {

SyncWorker::SyncWorker(QObject* parent) : QObject(parent), m_thread(this)
{
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::cancel()
{
    m_thread.cancel();
}

void SyncWorker::start(const Request& request)
{
    if (m_running)
        return;
    m_running = true;
    m_request = request;
    m_result = {};
    m_thread.start([this, request] {
        const auto fail = [this](const QString& message, BundleError::Code code) {
            m_thread.post([this, message, code] {
                m_running = false;
                Q_EMIT failed(message, code);
            });
        };
        const auto stop = [this] {
            m_thread.post([this] {
                m_running = false;
                Q_EMIT cancelled();
            });
        };
        try {
            const Result result = run(request);
            m_thread.post([this, result] {
                m_running = false;
                m_result = result;
                Q_EMIT finished();
            });
        } catch (const BundleError& error) {
            fail(error.message(), error.code());
        } catch (const StoreError& error) {
            fail(error.message(), BundleError::Code::Unusable);
        } catch (const BundleMerger::Cancelled&) {
            stop();
        } catch (const BundleWriter::Cancelled&) {
            stop();
        } catch (const std::exception& error) {
            // Nothing may leave the thread: a surprise is reported like any failure.
            fail(tr("Unexpected error: %1").arg(QString::fromLocal8Bit(error.what())),
                 BundleError::Code::Unusable);
        }
    });
}

SyncWorker::Result SyncWorker::run(const Request& request)
{
    const auto report = [this](int done, int total) {
        m_thread.post([this, done, total] { Q_EMIT progress(done, total); });
    };
    Result result;
    WikiFile::Options options;
    options.mayCreate = false;
    if (request.job == Job::Import) {
        // The bundle is checked whole before the wiki is touched.
        const QString fileStamp = ImportLog::fileStampOf(request.path);
        BundleReader reader(request.path);
        std::unique_ptr<Wiki> wiki = Wiki::open(request.wikiPath, options);
        BundleImport import(wiki->database());
        import.setOtherWikiAllowed(request.otherWikiAllowed);
        import.setCancelFlag(m_thread.cancelFlag());
        import.setProgress(report);
        result.imported = import.run(reader, request.path, fileStamp);
        return result;
    }
    std::unique_ptr<Wiki> wiki = Wiki::open(request.wikiPath, options);
    switch (request.job) {
    case Job::Export: {
        BundleWriter writer(wiki->database(), request.machineId);
        writer.setFilter(request.filter);
        writer.setCancelFlag(m_thread.cancelFlag());
        writer.setProgress(report);
        result.exported = writer.write(request.path);
        break;
    }
    case Job::Undo:
        result.undone =
            ImportUndo(wiki->database()).undo(request.acceptedChanges, request.expectedImport);
        break;
    case Job::SyncRound: {
        SyncFolder folder(wiki->database(), request.path, request.machineId);
        folder.setOtherWikiAllowed(request.otherWikiAllowed);
        folder.setCancelFlag(m_thread.cancelFlag());
        folder.setProgress([&report](SyncFolder::Stage, const QString&, int done, int total) {
            report(done, total);
        });
        result.round = folder.run();
        break;
    }
    case Job::Import:
        break;
    }
    return result;
}

} // namespace folio
