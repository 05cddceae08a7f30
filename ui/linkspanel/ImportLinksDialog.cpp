#include "linkspanel/ImportLinksDialog.h"

#include "links/LinkImportWorker.h"
#include "links/LinkQueryParser.h"
#include "links/formats/FormatDetector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace folio {

ImportLinksDialog::ImportLinksDialog(const QString& wikiPath, const QString& author,
                                     QWidget* parent)
    : QDialog(parent), m_wikiPath(wikiPath), m_author(author), m_worker(new LinkImportWorker(this)),
      m_path(new QLineEdit(this)), m_format(new QComboBox(this)), m_channels(new QLineEdit(this)),
      m_since(new QLineEdit(this)), m_until(new QLineEdit(this)), m_allow(new QLineEdit(this)),
      m_deny(new QLineEdit(this)),
      m_includePrivate(new QCheckBox(tr("Include &private channels and direct messages"), this)),
      m_includeCode(new QCheckBox(tr("Include links inside &code"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_report(new QPlainTextEdit(this)), m_import(new QPushButton(tr("&Import"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Import Links"));
    m_path->setPlaceholderText(tr("A chat export (zip, folder or file) or a bookmark file"));
    auto* browseFile = new QPushButton(tr("&File…"), this);
    auto* browseFolder = new QPushButton(tr("F&older…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseFile);
    pathRow->addWidget(browseFolder);

    m_format->addItem(tr("Detect automatically"), QString());
    FormatDetector detector;
    for (const auto& format : detector.formats())
        m_format->addItem(format->displayName(), format->key());
    m_channels->setPlaceholderText(tr("all channels (or: general, releases)"));
    m_since->setPlaceholderText(tr("2024-01-01"));
    m_until->setPlaceholderText(tr("2024-12-31"));
    m_allow->setPlaceholderText(tr("every domain (or: example.com, wiki.org)"));
    m_deny->setPlaceholderText(tr("none"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Export:"), pathRow);
    // The label stands beside a row of widgets: Alt+E and screen readers mean the path.
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(pathRow)))
        label->setBuddy(m_path);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("C&hannels:"), m_channels);
    form->addRow(tr("Shared &since:"), m_since);
    form->addRow(tr("Shared &until:"), m_until);
    form->addRow(tr("Only &domains:"), m_allow);
    form->addRow(tr("Never &domains:"), m_deny);
    form->addRow(QString(), m_includePrivate);
    form->addRow(QString(), m_includeCode);

    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_report->setReadOnly(true);
    m_report->setAccessibleName(tr("Import report"));
    m_report->hide();
    m_import->setDefault(true);
    m_buttons->addButton(m_import, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_buttons);
    resize(560, 420);

    connect(browseFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose an Export"), m_path->text(),
            tr("Exports (*.zip *.json *.jsonl *.html *.htm *.tar.gz *.tgz);;All files (*)"));
        if (!path.isEmpty())
            setPath(path);
    });
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(
            this, tr("Choose an Unzipped Export"), m_path->text());
        if (!path.isEmpty())
            setPath(path);
    });
    connect(m_import, &QPushButton::clicked, this, &ImportLinksDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportLinksDialog::reject);
    connect(m_worker, &LinkImportWorker::progress, this,
            [this](qint64 messages, int permille, bool saving) {
                // Saving takes as long as it takes: the bar just shows that work goes on.
                m_progress->setRange(0, saving ? 0 : 1000);
                m_progress->setValue(permille);
                m_status->setText(
                    saving
                        ? tr("Saving the links of %1 messages…").arg(QLocale().toString(messages))
                        : tr("Reading… %1 messages so far").arg(QLocale().toString(messages)));
            });
    connect(m_worker, &LinkImportWorker::finished, this, &ImportLinksDialog::finish);
    connect(m_worker, &LinkImportWorker::failed, this, [this](const QString& message) {
        setRunning(false);
        m_status->setText(tr("Nothing was imported: %1").arg(message));
    });
    connect(m_worker, &LinkImportWorker::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(tr("Cancelled. Nothing was imported."));
    });
}

ImportLinksDialog::~ImportLinksDialog() = default;

void ImportLinksDialog::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportLinksDialog::isImporting() const
{
    return m_worker->isRunning();
}

void ImportLinksDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_progress->setRange(0, 0); // busy until the first thousand messages say how far
    m_import->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

void ImportLinksDialog::startImport()
{
    LinkImportWorker::Request request;
    request.wikiPath = m_wikiPath;
    request.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    request.format = m_format->currentData().toString();
    request.author = m_author;
    if (request.path.isEmpty()) {
        m_status->setText(tr("Choose the export to import first."));
        return;
    }
    LinkImporter::Rules& rules = request.rules;
    rules.includePrivate = m_includePrivate->isChecked();
    rules.harvestCode = m_includeCode->isChecked();
    for (const QString& channel : m_channels->text().split(u',', Qt::SkipEmptyParts))
        rules.channels
            << QString(channel.trimmed()).remove(QRegularExpression(QStringLiteral("^#")));
    if (!rules.channels.isEmpty())
        rules.includePrivate = true; // channels named are wanted, whatever their kind
    for (const auto& [edit, target] :
         {std::pair{m_since, &rules.since}, std::pair{m_until, &rules.until}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        *target = edit == m_until ? LinkQueryParser::parseEndDate(text)
                                  : LinkQueryParser::parseDate(text);
        if (!*target) {
            m_status->setText(tr("“%1” is not a date; write it as 2024-05-01.").arg(text));
            edit->setFocus();
            return;
        }
    }
    if (rules.since && rules.until && *rules.since >= *rules.until) {
        m_status->setText(tr("The first day must come before the last."));
        m_since->setFocus();
        return;
    }
    for (const QString& domain : m_allow->text().split(u',', Qt::SkipEmptyParts))
        rules.allowDomains << domain.trimmed();
    for (const QString& domain : m_deny->text().split(u',', Qt::SkipEmptyParts))
        rules.denyDomains << domain.trimmed();
    m_report->clear();
    m_report->hide();
    m_status->setText(tr("Reading the export…"));
    setRunning(true);
    m_worker->start(request);
}

void ImportLinksDialog::finish()
{
    setRunning(false);
    showReport(m_worker->report());
    Q_EMIT imported();
}

void ImportLinksDialog::showReport(const LinkImporter::Report& report)
{
    m_status->setText(
        tr("Imported %1: %n new link(s).", nullptr, report.newLinks).arg(report.format));
    QStringList lines;
    lines << tr("Messages read: %1").arg(report.messages)
          << tr("Links found: %1").arg(report.linksFound)
          << tr("New links: %1").arg(report.newLinks) << tr("New shares: %1").arg(report.newShares);
    if (report.leftOutPrivate)
        lines << tr("Left out: %n message(s) in private channels and direct messages (the box "
                    "above imports them).",
                    nullptr, int(report.leftOutPrivate));
    if (report.leftOutMessages > report.leftOutPrivate)
        lines << tr("Left out: %n message(s) outside the channels or dates asked for.", nullptr,
                    int(report.leftOutMessages - report.leftOutPrivate));
    if (report.leftOutLinks)
        lines << tr("Left out: %n link(s) in code or outside the domain rules.", nullptr,
                    int(report.leftOutLinks));
    if (report.secretsRemoved)
        lines << tr("Tokens or passwords removed from %n link(s).", nullptr, report.secretsRemoved);
    for (auto it = report.skippedLinks.cbegin(); it != report.skippedLinks.cend(); ++it)
        lines << tr("Skipped %1: %2").arg(it.value()).arg(it.key());
    if (!report.problems.isEmpty()) {
        lines << QString()
              << tr("%n item(s) could not be read and were skipped:", nullptr,
                    int(report.problems.size() + report.moreProblems));
        for (const ImportProblem& problem : report.problems)
            lines << QStringLiteral("  %1: %2").arg(problem.where, problem.reason);
    }
    m_report->setPlainText(lines.join(u'\n'));
    m_report->show();
}

void ImportLinksDialog::reject()
{
    // Close cancels a running import first; nothing it did stays.
    if (m_worker->isRunning()) {
        m_worker->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace folio
