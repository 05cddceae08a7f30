#include "linkspanel/ArchiveRunner.h"

#include "archive/ArchiveQueue.h"
#include "core/Settings.h"
#include "wiki/Wiki.h"

namespace folio {

ArchiveRunner::ArchiveRunner(PageCapturer& capturer, const Settings& settings, QObject* parent)
    : QObject(parent), m_capturer(capturer), m_settings(settings)
{
}

ArchiveRunner::~ArchiveRunner() = default;

void ArchiveRunner::setWiki(Wiki* wiki)
{
    const bool wasRunning = isRunning();
    m_queue.reset();
    m_store.reset();
    if (wiki)
        m_store = std::make_unique<ArchiveStore>(wiki->database());
    if (wasRunning)
        Q_EMIT runningChanged(false);
}

bool ArchiveRunner::isRunning() const
{
    return m_queue && m_queue->isRunning();
}

void ArchiveRunner::archiveAll()
{
    if (!m_store)
        return;
    m_store->enqueueAll();
    start();
}

void ArchiveRunner::archive(const QList<qint64>& linkIds)
{
    if (!m_store)
        return;
    m_store->enqueue(linkIds, true);
    start();
}

void ArchiveRunner::retryFailed()
{
    if (!m_store)
        return;
    m_store->retryFailed();
    start();
}

void ArchiveRunner::pause()
{
    if (!isRunning())
        return;
    m_queue->pause();
    Q_EMIT runningChanged(false);
    Q_EMIT message(tr("Archiving paused; %n link(s) wait.", nullptr, int(m_store->pendingCount())));
}

void ArchiveRunner::resume()
{
    start();
}

void ArchiveRunner::start()
{
    if (!m_store)
        return;
    if (m_queue && m_queue->isRunning()) {
        m_queue->start(); // picks up links queued since
        return;
    }
    // The policy and limits are read at each new run: a changed setting counts from
    // the next one.
    m_queue = std::make_unique<ArchiveQueue>(*m_store, m_capturer,
                                             ArchivePolicy::fromSettings(m_settings),
                                             ArchiveQueue::fromSettings(m_settings));
    connect(m_queue.get(), &ArchiveQueue::progress, this, &ArchiveRunner::progress);
    connect(m_queue.get(), &ArchiveQueue::linkFinished, this,
            [this](qint64 id, ArchiveStatus status) {
                m_archived += status == ArchiveStatus::Archived;
                m_failed += status == ArchiveStatus::Failed;
                m_skipped += status == ArchiveStatus::Skipped;
                Q_EMIT linkFinished(id, status);
            });
    connect(m_queue.get(), &ArchiveQueue::finished, this, &ArchiveRunner::finished);
    connect(m_queue.get(), &ArchiveQueue::failed, this, [this](const QString& error) {
        Q_EMIT runningChanged(false);
        Q_EMIT message(tr("Archiving stopped: %1").arg(error));
    });
    m_archived = m_failed = m_skipped = 0;
    m_queue->start();
    if (m_queue->isRunning())
        Q_EMIT runningChanged(true);
}

void ArchiveRunner::finished()
{
    Q_EMIT runningChanged(false);
    if (m_archived + m_failed + m_skipped == 0) {
        Q_EMIT message(tr("Nothing to archive: every link was archived or tried. “Retry "
                          "Failed” tries the failed ones again."));
        return;
    }
    Q_EMIT message(tr("Archiving done: %1 archived, %2 failed, %3 skipped.")
                       .arg(m_archived)
                       .arg(m_failed)
                       .arg(m_skipped));
}

} // namespace folio
