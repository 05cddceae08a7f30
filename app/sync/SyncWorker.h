#pragma once

#include "core/JobThread.h"
#include "sync/BundleError.h"
#include "sync/BundleFilter.h"
#include "sync/BundleMerger.h"
#include "sync/BundleWriter.h"
#include "sync/ImportUndo.h"
#include "sync/SyncFolder.h"

#include <QObject>

namespace folio {

// Runs one sync job off the UI thread, on a connection of its own to the wiki, so the window
// stays responsive and can cancel it: an export, an import, the undo of the last import, or
// a round in a sync folder. Signals arrive on the thread that owns this.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    enum class Job { Export, Import, Undo, SyncRound };
    struct Request
    {
        Job job = Job::Export;
        QString wikiPath;
        QString path; // the bundle, or the sync folder
        QString machineId;
        BundleFilter filter;           // Export
        bool otherWikiAllowed = false; // Import, SyncRound
        int acceptedChanges = 0;       // Undo: changes since the import the person agreed to lose
        qint64 expectedImport = 0;     // Undo: the import the person was shown
    };
    struct Result
    {
        BundleWriter::Summary exported;
        BundleMerger::Summary imported;
        ImportUndo::Plan undone;
        SyncFolder::Round round;
    };

    explicit SyncWorker(QObject* parent = nullptr);
    // Cancels a running job and waits for it: nothing it did stays (an undo, once begun, ends).
    ~SyncWorker() override;

    void start(const Request& request);
    void cancel();
    // From start() until finished, failed or cancelled has been emitted.
    bool isRunning() const { return m_running; }
    const Request& request() const { return m_request; }
    const Result& result() const { return m_result; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(); // result() holds what the job did
    void failed(const QString& message, folio::BundleError::Code code);
    void cancelled();

private:
    Result run(const Request& request);

    JobThread m_thread;
    bool m_running = false;
    Request m_request;
    Result m_result;
};

} // namespace folio
