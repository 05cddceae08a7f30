#include "sync/SyncScheduler.h"

#include "sync/BundleFormat.h"
#include "sync/SyncWorker.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QTimer>

#include <utility>

namespace folio {

SyncScheduler::SyncScheduler(QObject* parent)
    : QObject(parent), m_worker(new SyncWorker(this)), m_watcher(new QFileSystemWatcher(this)),
      m_timer(new QTimer(this)), m_period(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_period->setInterval(5 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &SyncScheduler::syncNow);
    connect(m_period, &QTimer::timeout, this, &SyncScheduler::syncNow);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watch(); // new bundles are watched too
        schedule(m_folderQuietMs);
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this,
            [this] { schedule(m_folderQuietMs); });
    connect(m_worker, &SyncWorker::finished, this, &SyncScheduler::onFinished);
    connect(m_worker, &SyncWorker::cancelled, this, [this] {
        if (std::exchange(m_again, false))
            schedule(m_afterEditMs);
    });
    connect(m_worker, &SyncWorker::failed, this, [this](const QString& message) {
        Q_EMIT roundFailed(message);
        if (std::exchange(m_again, false))
            schedule(m_afterEditMs);
    });
}

SyncScheduler::~SyncScheduler() = default;

void SyncScheduler::setDelays(int folderQuietMs, int afterEditMs, int periodMs)
{
    m_folderQuietMs = folderQuietMs;
    m_afterEditMs = afterEditMs;
    m_period->setInterval(periodMs);
}

void SyncScheduler::setWiki(const QString& wikiPath, const QString& machineId)
{
    m_wikiPath = wikiPath;
    m_machineId = machineId;
    m_again = false;
    if (!m_folder.isEmpty())
        schedule(0);
}

void SyncScheduler::setFolder(const QString& folder)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_folder = folder;
    m_timer->stop();
    m_period->stop();
    if (m_folder.isEmpty())
        return;
    watch();
    m_period->start();
    schedule(0);
}

void SyncScheduler::watch()
{
    if (!m_watcher->directories().contains(m_folder) && QDir(m_folder).exists())
        m_watcher->addPath(m_folder);
    const QDir folder(m_folder);
    const QStringList names = folder.entryList(
        QStringList{QLatin1Char('*') + QLatin1String(BundleFormat::kFileSuffix)}, QDir::Files);
    for (const QString& name : names) {
        const QString path = folder.absoluteFilePath(name);
        if (!m_watcher->files().contains(path))
            m_watcher->addPath(path);
    }
}

void SyncScheduler::schedule(int delayMs)
{
    if (m_folder.isEmpty() || m_wikiPath.isEmpty())
        return;
    m_timer->start(delayMs);
}

void SyncScheduler::wikiChanged()
{
    schedule(m_afterEditMs);
}

bool SyncScheduler::isRunning() const
{
    return m_worker->isRunning();
}

void SyncScheduler::syncNow()
{
    if (m_folder.isEmpty() || m_wikiPath.isEmpty())
        return;
    if (m_worker->isRunning()) {
        m_again = true;
        return;
    }
    m_timer->stop();
    SyncWorker::Request request;
    request.job = SyncWorker::Job::SyncRound;
    request.wikiPath = m_wikiPath;
    request.path = m_folder;
    request.machineId = m_machineId;
    request.otherWikiAllowed = m_otherWikiAllowed;
    m_worker->start(request);
    Q_EMIT roundStarted();
}

void SyncScheduler::onFinished()
{
    if (m_worker->result().round.wrote || m_worker->result().round.bundlesMerged > 0)
        watch();
    Q_EMIT roundFinished(m_worker->result().round);
    if (std::exchange(m_again, false))
        schedule(0);
}

} // namespace folio
