#pragma once

#include "sync/SyncFolder.h"

#include <QObject>
#include <QSet>

#include <functional>

class QToolButton;
class QWidget;

namespace folio {

class Settings;
class SyncScheduler;
class Wiki;

// The window's side of sync: Export, Import and Undo Last Import (SyncDialog), the Conflicts
// view, the sync folder (chosen here, kept in Settings for the wiki it was chosen for, synced
// in the background by SyncScheduler), and the status bar button that counts conflicted
// pages. The window only forwards its actions and reloads when the wiki changed.
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(QWidget* window, Settings& settings, std::function<QString()> author);

    void setWiki(Wiki* wiki);
    // The wiki changed here: the sync folder gets this machine's bundle a little later.
    void noteLocalChange();
    // The status bar button ("2 conflicts"), hidden while there are none.
    QToolButton* conflictsButton() const { return m_conflictsButton; }
    SyncScheduler* scheduler() const { return m_scheduler; }
    int conflictCount() const;
    QSet<qint64> conflictedPages() const;
    bool isConflicted(qint64 pageId) const;

    void exportWiki();
    void importBundle();
    void undoLastImport();
    void showConflicts();
    void chooseSyncFolder();
    void stopSyncing();
    void syncNow();
    QString syncFolder() const;

Q_SIGNALS:
    // Pages changed under the window: an import, an undo, a sync round, a resolution.
    void wikiChanged();
    void message(const QString& text);
    // Whether a sync folder is set, for the Stop Syncing action.
    void syncFolderChanged(bool set);

private:
    void openDialog(int job);
    void onRoundFinished(const SyncFolder::Round& round);
    void updateConflicts();

    QWidget* m_window;
    Settings& m_settings;
    std::function<QString()> m_author;
    Wiki* m_wiki = nullptr;
    SyncScheduler* m_scheduler;
    QToolButton* m_conflictsButton;
};

} // namespace folio
