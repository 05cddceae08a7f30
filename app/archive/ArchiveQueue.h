#pragma once

#include "archive/ArchivePolicy.h"
#include "archive/ArchiveStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace folio {

class PageCapturer;
class Settings;

// Archives the links the store holds as Pending, a few at a time, through a PageCapturer:
// each link is checked against the policy (its address, then what its host name resolves
// to), given a time limit, and retried after a growing wait when the failure may pass. The
// queue lives in the wiki, so a run that is paused, cancelled or killed goes on where it
// stopped, without duplicates. Runs on the thread that owns the capturer (the UI thread for
// WebEngine); it never blocks it.
class ArchiveQueue : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int concurrency = 3;
        int timeoutMs = 60000;
        int maxAttempts = 4;           // a transient failure is tried this often in all
        qint64 firstRetryMs = 30000;   // then doubled at each attempt, up to an hour
        std::function<qint64()> clock; // ms since the epoch; the system clock when empty
        QList<qint64> only;            // when not empty, the run archives these links alone
    };

    // Concurrency and time limit as the user set them (Settings::Key::Archive…).
    static Options fromSettings(const Settings& settings);

    ArchiveQueue(ArchiveStore& store, PageCapturer& capturer, ArchivePolicy policy, Options options,
                 QObject* parent = nullptr);
    ~ArchiveQueue() override;

    // Starts (or resumes) archiving what is due; idle() says when nothing is left to do now.
    void start();
    // Stops: captures under way are cancelled and wait, unchanged, for the next start.
    void pause();
    bool isRunning() const { return m_running; }
    const ArchivePolicy& policy() const { return m_policy; }
    void setPolicy(const ArchivePolicy& policy) { m_policy = policy; }
    // Links being captured now.
    QList<qint64> busy() const { return m_jobs.keys(); }

    // The wait before attempt `attempt` + 1 (attempts so far: 1, 2…).
    qint64 retryDelay(int attempts) const;

Q_SIGNALS:
    // After each link: how many this run finished, how many it has in all (finished, under
    // way and waiting), and the address being captured now (empty when none).
    void progress(qint64 done, qint64 total, const QString& currentUrl);
    void linkFinished(qint64 linkId, folio::ArchiveStatus status);
    // Nothing is under way and nothing is due now: the run is over, or retries wait (the
    // queue wakes itself for them while running).
    void idle();
    // Nothing is under way and no link of the run waits, not even for a retry.
    void finished();
    // The wiki could not be written; the queue stopped.
    void failed(const QString& message);

private:
    struct Job
    {
        DueLink link;
        QTimer* timeout = nullptr;
        int lookupId = -1;  // a host name being resolved
        quint64 serial = 0; // tells this job from an earlier one of the same link
        bool readingPdf = false;
        CaptureResult pdf; // while its text is read: kept without it if time runs out
    };
    qint64 now() const;
    void fill();
    void begin(const DueLink& link);
    void capture(qint64 linkId);
    void finish(qint64 linkId, const CaptureResult& result);
    void readPdf(qint64 linkId, const CaptureResult& result);
    void record(qint64 linkId, const CaptureResult& result);
    void skip(qint64 linkId, const QString& rule);
    void endJob(qint64 linkId, ArchiveStatus status);
    void reportProgress();
    void scheduleFill();
    // Runs a store write; on failure stops the queue and says why.
    bool write(const std::function<void()>& action);

    ArchiveStore& m_store;
    QPointer<PageCapturer> m_capturer;
    ArchivePolicy m_policy;
    Options m_options;
    bool m_running = false;
    QHash<qint64, Job> m_jobs;
    QTimer* m_wake = nullptr; // for the next retry
    qint64 m_done = 0;
    bool m_fillScheduled = false;
    quint64 m_serial = 0;
    QString m_currentUrl;
};

} // namespace folio
