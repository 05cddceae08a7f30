#pragma once

#include "sync/SyncFolder.h"

#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace folio {

class SyncWorker;

// Keeps a wiki in sync through a sync folder while Folio runs: a round on start, when a bundle
// in the folder changes (after the folder has been quiet a moment: sync tools write in
// bursts), a little after the wiki changed here, and every few minutes for changes made
// elsewhere (the command line). One round at a time, off the caller's thread (SyncWorker); a
// change during a round asks for one more after it.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    explicit SyncScheduler(QObject* parent = nullptr);
    ~SyncScheduler() override;

    // Empty `folder`: no syncing. Starts a round when both are set.
    void setWiki(const QString& wikiPath, const QString& machineId);
    void setFolder(const QString& folder);
    QString folder() const { return m_folder; }
    void setOtherWikiAllowed(bool allowed) { m_otherWikiAllowed = allowed; }
    // How long the folder must be quiet, and how long after an edit, before a round.
    void setDelays(int folderQuietMs, int afterEditMs, int periodMs);

    void syncNow();
    // The wiki changed here: its bundle is written a little later.
    void wikiChanged();
    bool isRunning() const;

Q_SIGNALS:
    void roundStarted();
    void roundFinished(const folio::SyncFolder::Round& round);
    void roundFailed(const QString& message);

private:
    void schedule(int delayMs);
    void watch();
    void onFinished();

    QString m_wikiPath;
    QString m_machineId;
    QString m_folder;
    bool m_otherWikiAllowed = false;
    bool m_again = false;
    int m_folderQuietMs = 3000;
    int m_afterEditMs = 10000;
    SyncWorker* m_worker = nullptr;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_timer = nullptr;
    QTimer* m_period = nullptr;
};

} // namespace folio
