#include "syncing/SyncDialog.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "core/Identity.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"
#include "sync/BundleFormat.h"
#include "sync/ImportUndo.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace folio {

SyncDialog::SyncDialog(SyncWorker::Job job, const QString& wikiPath, QWidget* parent)
    : QDialog(parent), m_job(job), m_wikiPath(wikiPath), m_worker(new SyncWorker(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_report(new QPlainTextEdit(this)), m_start(new QPushButton(startText(), this)),
      m_showConflicts(new QPushButton(tr("Show &Conflicts"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(title());
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setReadOnly(true);
    m_report->setAccessibleName(tr("Report"));
    m_report->hide();
    m_start->setDefault(true);
    m_buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_showConflicts, QDialogButtonBox::ActionRole);
    m_showConflicts->hide(); // after addButton(), which shows it

    auto* layout = new QVBoxLayout(this);
    buildForm();
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_buttons);
    if (job == SyncWorker::Job::Undo) {
        // Only the sentence saying what Undo takes back, at the top.
        m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        layout->setStretchFactor(m_status, 1);
        resize(520, 180);
    } else {
        resize(540, job == SyncWorker::Job::Export ? 360 : 300);
    }

    connect(m_start, &QPushButton::clicked, this, &SyncDialog::start);
    connect(m_showConflicts, &QPushButton::clicked, this, [this] {
        Q_EMIT conflictsRequested();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SyncDialog::reject);
    connect(m_worker, &SyncWorker::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(m_worker, &SyncWorker::finished, this, &SyncDialog::finish);
    connect(m_worker, &SyncWorker::failed, this, &SyncDialog::fail);
    connect(m_worker, &SyncWorker::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(m_job == SyncWorker::Job::Export
                              ? tr("Cancelled. No file was written.")
                              : tr("Cancelled. The wiki is as it was."));
    });
}

SyncDialog::~SyncDialog() = default;

QString SyncDialog::title() const
{
    switch (m_job) {
    case SyncWorker::Job::Export:
        return tr("Export Wiki");
    case SyncWorker::Job::Import:
        return tr("Import Bundle");
    case SyncWorker::Job::Undo:
        return tr("Undo Last Import");
    case SyncWorker::Job::SyncRound:
        break;
    }
    return {};
}

QString SyncDialog::startText() const
{
    switch (m_job) {
    case SyncWorker::Job::Export:
        return tr("&Export");
    case SyncWorker::Job::Import:
        return tr("&Import");
    case SyncWorker::Job::Undo:
        return tr("&Undo Import");
    case SyncWorker::Job::SyncRound:
        break;
    }
    return {};
}

void SyncDialog::buildForm()
{
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    if (m_job == SyncWorker::Job::Undo) {
        // What the undo would take back, read now so the person decides knowing it.
        try {
            const WikiFile::Opened wiki = WikiFile::openForReading(m_wikiPath);
            const ImportUndo::Plan plan = ImportUndo(*wiki.database).check();
            QString text = tr("The wiki goes back to how it was before “%1” was imported (%2).")
                               .arg(QFileInfo(plan.import.bundle).fileName(),
                                    QLocale().toString(plan.import.importedAt.toLocalTime(),
                                                       QLocale::ShortFormat));
            const int since = plan.changesSince();
            if (since > 0)
                text += u' ' + tr("%n change(s) made since then (edits, drafts, imported "
                                  "links) would be undone too.",
                                  nullptr, since);
            m_status->setText(text);
            m_undoImport = plan.import.id;
            m_undoChanges = since;
        } catch (const BundleError& error) {
            m_status->setText(error.message());
            m_start->setEnabled(false);
        } catch (const StoreError& error) {
            m_status->setText(error.message());
            m_start->setEnabled(false);
        }
        return;
    }
    m_path = new QLineEdit(this);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &SyncDialog::browse);
    auto* form = new QFormLayout;
    m_path->setPlaceholderText(tr("A .foliobundle file"));
    auto* pathLabel = new QLabel(tr("&Bundle:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    if (m_job == SyncWorker::Job::Export) {
        m_publishedOnly = new QCheckBox(tr("Only &published pages"), this);
        m_publicOnly = new QCheckBox(tr("Only p&ublic pages"), this);
        m_tags = new QLineEdit(this);
        m_tags->setPlaceholderText(tr("all pages (or: printers, onboarding)"));
        form->addRow(QString(), m_publishedOnly);
        form->addRow(QString(), m_publicOnly);
        form->addRow(tr("Only pages &tagged:"), m_tags);
        m_status->setText(tr("A filtered bundle carries only the pages, revisions and "
                             "attachments that pass; links stay in the wiki."));
    }
    layout->addLayout(form);
}

void SyncDialog::setPath(const QString& path)
{
    if (m_path)
        m_path->setText(QDir::toNativeSeparators(path));
}

void SyncDialog::browse()
{
    const QString current = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString chosen;
    if (m_job == SyncWorker::Job::Export) {
        const QString suggested =
            current.isEmpty() ? QDir(documents).filePath(QFileInfo(m_wikiPath).completeBaseName() +
                                                         QLatin1String(BundleFormat::kFileSuffix))
                              : current;
        chosen = FileDialog::getSaveFileName(this, tr("Export Wiki To"), suggested);
    } else {
        chosen = FileDialog::getOpenFileName(
            this, tr("Choose a Bundle"), current.isEmpty() ? documents : current,
            tr("Folio bundles (*%1);;All files (*)").arg(QLatin1String(BundleFormat::kFileSuffix)));
    }
    if (!chosen.isEmpty())
        setPath(chosen);
}

bool SyncDialog::isRunning() const
{
    return m_worker->isRunning();
}

void SyncDialog::start()
{
    if (m_job == SyncWorker::Job::Undo) {
        run(false, m_undoChanges);
        return;
    }
    if (m_path->text().trimmed().isEmpty())
        browse();
    if (m_path->text().trimmed().isEmpty()) {
        m_status->setText(tr("Choose the bundle file first."));
        return;
    }
    run(false, 0);
}

void SyncDialog::run(bool otherWikiAllowed, int acceptedChanges)
{
    SyncWorker::Request request;
    request.job = m_job;
    request.wikiPath = m_wikiPath;
    request.machineId = Identity::machineId();
    request.otherWikiAllowed = otherWikiAllowed;
    request.acceptedChanges = acceptedChanges;
    request.expectedImport = m_undoImport;
    if (m_path) {
        request.path = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (m_job == SyncWorker::Job::Export &&
            !request.path.endsWith(QLatin1String(BundleFormat::kFileSuffix)) &&
            QFileInfo(request.path).suffix().isEmpty())
            request.path += QLatin1String(BundleFormat::kFileSuffix);
    }
    if (m_job == SyncWorker::Job::Export) {
        request.filter.publishedOnly = m_publishedOnly->isChecked();
        request.filter.publicOnly = m_publicOnly->isChecked();
        for (const QString& tag : m_tags->text().split(u',', Qt::SkipEmptyParts))
            if (!tag.trimmed().isEmpty())
                request.filter.tags << tag.trimmed();
    }
    m_report->clear();
    m_report->hide();
    m_showConflicts->hide();
    m_status->setText(m_job == SyncWorker::Job::Export ? tr("Writing the bundle…")
                      : m_job == SyncWorker::Job::Undo ? tr("Putting the wiki back…")
                                                       : tr("Checking the bundle…"));
    setRunning(true);
    m_worker->start(request);
}

void SyncDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_progress->setRange(0, 0); // busy until the first page says how far
    m_start->setEnabled(!running);
    if (m_path)
        m_path->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

void SyncDialog::fail(const QString& message, BundleError::Code code)
{
    setRunning(false);
    if (code == BundleError::Code::OtherWiki) {
        const auto answer = MessageBox::question(
            this, tr("Merge Another Wiki?"),
            tr("%1\n\nMerge its pages into this wiki? Its pages are added beside yours; pages "
               "with the same title get distinct titles. From then on, bundles of either wiki "
               "merge into the other without asking.")
                .arg(message),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            run(true, 0);
            return;
        }
        m_status->setText(tr("Nothing was imported: the bundle is of another wiki."));
        return;
    }
    if (code == BundleError::Code::EditedSince) {
        const auto answer =
            MessageBox::question(this, tr("Undo Edits Too?"),
                                 tr("%1\n\nUndo the import anyway, with those edits?").arg(message),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            run(false, ImportUndo::kAnyChanges);
            return;
        }
        m_status->setText(tr("The wiki is as it was."));
        return;
    }
    m_status->setText(m_job == SyncWorker::Job::Export
                          ? tr("The wiki was not exported: %1").arg(message)
                          : tr("The wiki is as it was: %1").arg(message));
}

void SyncDialog::finish()
{
    setRunning(false);
    const SyncWorker::Result& result = m_worker->result();
    switch (m_job) {
    case SyncWorker::Job::Export: {
        const BundleWriter::Summary& s = result.exported;
        m_status->setText(tr("Exported %n page(s) to “%1”.", nullptr, s.pages)
                              .arg(QDir::toNativeSeparators(m_worker->request().path)));
        m_report->setPlainText(QStringList{
            tr("Pages: %1").arg(s.pages), tr("Deleted pages: %1").arg(s.deletedPages),
            tr("Revisions: %1").arg(s.revisions), tr("Attachments: %1").arg(s.attachments),
            tr("Links: %1 (shared in %2 messages; %3 archived pages)")
                .arg(s.links)
                .arg(s.messages)
                .arg(s.snapshots)}
                                   .join(u'\n'));
        m_report->show();
        return;
    }
    case SyncWorker::Job::Import:
        m_status->setText(
            tr("Imported “%1”. If it was a mistake, File → Undo Last Import puts the wiki back.")
                .arg(QFileInfo(m_worker->request().path).fileName()));
        m_report->setPlainText(mergeReport(result.imported));
        m_report->show();
        m_showConflicts->setVisible(result.imported.conflicted > 0);
        break;
    case SyncWorker::Job::Undo:
        m_status->setText(tr("The import of “%1” was undone. The wiki as it was before the "
                             "undo is kept in “%2”.")
                              .arg(QFileInfo(result.undone.import.bundle).fileName(),
                                   QDir::toNativeSeparators(result.undone.keptAt)));
        m_start->setEnabled(false);
        break;
    case SyncWorker::Job::SyncRound: // SyncScheduler's, in the status bar
        break;
    }
    Q_EMIT wikiChanged();
}

QString SyncDialog::mergeReport(const BundleMerger::Summary& s) const
{
    QStringList lines;
    const auto line = [&lines](int count, const QString& text) {
        if (count > 0)
            lines << text;
    };
    line(s.added, tr("New pages: %1").arg(s.added));
    line(s.updated, tr("Pages updated with the other machine's edits: %1").arg(s.updated));
    line(s.merged, tr("Pages edited on both machines, merged: %1").arg(s.merged));
    line(s.conflicted, tr("Pages where both machines changed the same lines: %1 — both texts "
                          "are kept; choose in Conflicts.")
                           .arg(s.conflicted));
    line(s.deleted, tr("Pages deleted on the other machine: %1").arg(s.deleted));
    line(s.restored, tr("Pages deleted here but edited there, brought back: %1").arg(s.restored));
    line(s.renamed, tr("Pages renamed to keep titles distinct: %1").arg(s.renamed));
    line(s.attachments, tr("New attachments: %1").arg(s.attachments));
    line(s.links, tr("New links: %1").arg(s.links));
    line(s.shares, tr("New shares of links: %1").arg(s.shares));
    line(s.captures, tr("New archived copies of links: %1").arg(s.captures));
    if (lines.isEmpty())
        lines << tr("Nothing new: this wiki already had everything in the bundle.");
    else if (s.unchanged > 0)
        lines << tr("Pages unchanged: %1").arg(s.unchanged);
    return lines.join(u'\n');
}

void SyncDialog::reject()
{
    // Close cancels a running job first; nothing it did stays.
    if (m_worker->isRunning()) {
        m_worker->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace folio
