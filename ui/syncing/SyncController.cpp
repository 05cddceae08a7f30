#include "syncing/SyncController.h"

#include "common/FileDialog.h"
#include "core/Identity.h"
#include "core/Settings.h"
#include "store/StoreError.h"
#include "sync/ConflictList.h"
#include "sync/SyncScheduler.h"
#include "syncing/ConflictsDialog.h"
#include "syncing/SyncDialog.h"
#include "wiki/Wiki.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QToolButton>

namespace folio {

SyncController::SyncController(QWidget* window, Settings& settings, std::function<QString()> author)
    : QObject(window), m_window(window), m_settings(settings), m_author(std::move(author)),
      m_scheduler(new SyncScheduler(this)), m_conflictsButton(new QToolButton(window))
{
    m_conflictsButton->setAutoRaise(true);
    m_conflictsButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
    m_conflictsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_conflictsButton->setToolTip(tr("Pages two machines changed in the same lines: choose "
                                     "what they should say"));
    m_conflictsButton->hide();
    connect(m_conflictsButton, &QToolButton::clicked, this, &SyncController::showConflicts);
    connect(m_scheduler, &SyncScheduler::roundFinished, this, &SyncController::onRoundFinished);
    connect(m_scheduler, &SyncScheduler::roundFailed, this,
            [this](const QString& text) { Q_EMIT message(tr("Sync folder: %1").arg(text)); });
    connect(this, &SyncController::wikiChanged, this, &SyncController::updateConflicts);
}

void SyncController::setWiki(Wiki* wiki)
{
    // The conflicts view reads the wiki that is going: it goes at once, not later.
    delete m_window->findChild<ConflictsDialog*>();
    m_wiki = wiki;
    m_scheduler->setFolder({});
    if (!m_wiki)
        return;
    m_scheduler->setWiki(m_wiki->path(), Identity::machineId());
    const QString folder = syncFolder();
    m_scheduler->setFolder(folder);
    Q_EMIT syncFolderChanged(!folder.isEmpty());
    updateConflicts();
}

QString SyncController::syncFolder() const
{
    if (!m_wiki)
        return {};
    // Only for the wiki it was chosen for.
    if (m_settings.value(Settings::Key::SyncFolderWiki).toString() !=
        QFileInfo(m_wiki->path()).absoluteFilePath())
        return {};
    return m_settings.value(Settings::Key::SyncFolder).toString();
}

void SyncController::noteLocalChange()
{
    m_scheduler->wikiChanged();
}

int SyncController::conflictCount() const
{
    int count = 0;
    if (m_wiki) {
        try {
            count = ConflictList(m_wiki->database()).count();
        } catch (const StoreError&) {
            // The count is a hint; the Conflicts view says what is wrong.
        }
    }
    return count;
}

QSet<qint64> SyncController::conflictedPages() const
{
    QSet<qint64> ids;
    if (m_wiki) {
        try {
            for (const PageSummary& page : ConflictList(m_wiki->database()).pages())
                ids.insert(page.id);
        } catch (const StoreError&) {
            // Unmarked this time; the Conflicts view says what is wrong.
        }
    }
    return ids;
}

bool SyncController::isConflicted(qint64 pageId) const
{
    try {
        return m_wiki && ConflictList(m_wiki->database()).isConflicted(pageId);
    } catch (const StoreError&) {
        return false; // unmarked this time; the Conflicts view says what is wrong
    }
}

void SyncController::updateConflicts()
{
    const int count = conflictCount();
    m_conflictsButton->setText(tr("%n conflict(s)", nullptr, count));
    m_conflictsButton->setVisible(count > 0);
    if (auto* open = m_window->findChild<ConflictsDialog*>())
        open->reload();
}

void SyncController::openDialog(int job)
{
    if (!m_wiki)
        return;
    auto* dialog = new SyncDialog(SyncWorker::Job(job), m_wiki->path(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncDialog::wikiChanged, this, [this] {
        Q_EMIT wikiChanged();
        m_scheduler->wikiChanged();
    });
    connect(dialog, &SyncDialog::conflictsRequested, this, &SyncController::showConflicts);
    dialog->show();
}

void SyncController::exportWiki()
{
    openDialog(int(SyncWorker::Job::Export));
}

void SyncController::importBundle()
{
    openDialog(int(SyncWorker::Job::Import));
}

void SyncController::undoLastImport()
{
    openDialog(int(SyncWorker::Job::Undo));
}

void SyncController::showConflicts()
{
    if (!m_wiki)
        return;
    if (auto* open = m_window->findChild<ConflictsDialog*>()) {
        open->reload();
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new ConflictsDialog(m_wiki->database(), m_author(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictsDialog::resolved, this, [this](const QString& title) {
        Q_EMIT message(tr("Resolved the conflict in “%1”.").arg(title));
        Q_EMIT wikiChanged();
        m_scheduler->wikiChanged();
    });
    dialog->show();
}

void SyncController::chooseSyncFolder()
{
    if (!m_wiki)
        return;
    const QString current = syncFolder();
    const QString folder = FileDialog::getExistingDirectory(
        m_window, tr("Choose the Sync Folder"),
        current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
                          : current);
    if (folder.isEmpty())
        return;
    m_settings.setValue(Settings::Key::SyncFolder, QDir(folder).absolutePath());
    m_settings.setValue(Settings::Key::SyncFolderWiki,
                        QFileInfo(m_wiki->path()).absoluteFilePath());
    m_settings.sync();
    m_scheduler->setFolder(QDir(folder).absolutePath());
    Q_EMIT syncFolderChanged(true);
    Q_EMIT message(tr("Syncing through “%1”.").arg(QDir::toNativeSeparators(folder)));
}

void SyncController::stopSyncing()
{
    m_settings.reset(Settings::Key::SyncFolder);
    m_settings.reset(Settings::Key::SyncFolderWiki);
    m_settings.sync();
    m_scheduler->setFolder({});
    Q_EMIT syncFolderChanged(false);
    Q_EMIT message(tr("Stopped syncing; the bundles in the folder are left as they are."));
}

void SyncController::syncNow()
{
    if (syncFolder().isEmpty()) {
        chooseSyncFolder(); // which starts a round
        return;
    }
    m_scheduler->syncNow();
    Q_EMIT message(tr("Syncing…"));
}

void SyncController::onRoundFinished(const SyncFolder::Round& round)
{
    for (const SyncFolder::Skipped& skipped : round.skipped) {
        Q_EMIT message(skipped.code == BundleError::Code::OtherWiki
                           ? tr("Sync folder: %1 File → Import Bundle merges it if you wish.")
                                 .arg(skipped.reason)
                           : tr("Sync folder: skipped: %1").arg(skipped.reason));
    }
    if (round.bundlesMerged == 0)
        return;
    const BundleMerger::Summary& s = round.summary;
    const int changed =
        s.added + s.updated + s.merged + s.conflicted + s.deleted + s.restored + s.renamed;
    if (changed == 0 && s.links + s.shares + s.captures > 0) {
        Q_EMIT message(tr("Synced: %n link(s), share(s) or archived copies new from other "
                          "machines.",
                          nullptr, s.links + s.shares + s.captures));
        Q_EMIT wikiChanged();
        return;
    }
    if (changed == 0)
        return;
    QString text = tr("Synced: %n page(s) changed on other machines.", nullptr, changed);
    if (s.conflicted > 0)
        text +=
            u' ' + tr("%n page(s) need you to choose between two versions.", nullptr, s.conflicted);
    Q_EMIT message(text);
    Q_EMIT wikiChanged();
}

} // namespace folio
