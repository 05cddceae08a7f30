#pragma once

#include "archive/ArchiveStore.h"

#include <QList>
#include <QObject>

#include <memory>

namespace folio {

class ArchiveQueue;
class PageCapturer;
class Settings;
class Wiki;

// The window's archiving: one queue for the open wiki, with the policy and limits the user
// set, started by "Archive All", a link's "Archive" or "Retry Failed", paused and resumed.
// The queue lives in the wiki, so what a closed window left waiting goes on at the next
// "Archive All" or "Resume".
class ArchiveRunner : public QObject
{
    Q_OBJECT

public:
    ArchiveRunner(PageCapturer& capturer, const Settings& settings, QObject* parent = nullptr);
    ~ArchiveRunner() override;

    // Stops any run on the wiki before.
    void setWiki(Wiki* wiki);
    ArchiveStore* store() const { return m_store.get(); }

    // Each throws StoreError; each starts the queue.
    void archiveAll();
    void archive(const QList<qint64>& linkIds);
    void retryFailed();
    void pause();
    void resume();
    bool isRunning() const;

Q_SIGNALS:
    void runningChanged(bool running);
    void progress(qint64 done, qint64 total, const QString& currentUrl);
    void linkFinished(qint64 linkId, folio::ArchiveStatus status);
    // A sentence for the status bar: what a run did, or why it stopped.
    void message(const QString& text);

private:
    void start();
    void finished();

    PageCapturer& m_capturer;
    const Settings& m_settings;
    std::unique_ptr<ArchiveStore> m_store;
    std::unique_ptr<ArchiveQueue> m_queue;
    qint64 m_archived = 0, m_failed = 0, m_skipped = 0; // this run
};

} // namespace folio
