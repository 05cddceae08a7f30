#pragma once

#include "sync/SyncWorker.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace folio {

// One bundle job with its progress, Cancel and report: export the wiki as a bundle (with the
// filters that keep drafts or internal pages in), import a bundle (asking before another
// wiki's is merged), or undo the last import (saying what it would take back). The job runs
// off the window's thread (SyncWorker); Close while it runs cancels it, and nothing it did
// stays. (Sync folder rounds run in the background: SyncScheduler.)
class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    SyncDialog(SyncWorker::Job job, const QString& wikiPath, QWidget* parent = nullptr);
    ~SyncDialog() override;

    // The bundle to write or read.
    void setPath(const QString& path);
    // Starts the job as set up; an export or import without a path asks for one first.
    void start();
    bool isRunning() const;
    void reject() override;

    QLineEdit* pathEdit() const { return m_path; }
    QCheckBox* publishedOnlyBox() const { return m_publishedOnly; }
    QCheckBox* publicOnlyBox() const { return m_publicOnly; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* conflictsButton() const { return m_showConflicts; }
    QLabel* statusLabel() const { return m_status; }
    QPlainTextEdit* reportView() const { return m_report; }

Q_SIGNALS:
    // The wiki changed (an import or an undo finished).
    void wikiChanged();
    void conflictsRequested();

private:
    void buildForm();
    void browse();
    void run(bool otherWikiAllowed, int acceptedChanges);
    void finish();
    void fail(const QString& message, BundleError::Code code);
    void setRunning(bool running);
    QString mergeReport(const BundleMerger::Summary& summary) const;
    QString title() const;
    QString startText() const;

    SyncWorker::Job m_job;
    QString m_wikiPath;
    SyncWorker* m_worker = nullptr;
    qint64 m_undoImport = 0; // the import, and the changes since, the Undo dialog showed
    int m_undoChanges = 0;
    QLineEdit* m_path = nullptr;
    QCheckBox* m_publishedOnly = nullptr;
    QCheckBox* m_publicOnly = nullptr;
    QLineEdit* m_tags = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_showConflicts = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace folio
