#include "settings/SettingsDialog.h"

#include "core/Identity.h"
#include "core/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace folio {

namespace {

QStringList domains(const QLineEdit* field)
{
    QStringList result;
    for (const QString& part : field->text().split(u',', Qt::SkipEmptyParts)) {
        const QString domain = part.trimmed().toLower();
        if (!domain.isEmpty())
            result << domain;
    }
    result.removeDuplicates();
    return result;
}

QSpinBox* spin(QWidget* parent, int minimum, int maximum, int value, const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(qBound(minimum, value, maximum));
    box->setSuffix(suffix);
    return box;
}

// A language's name in itself, without a country ("Español", not "español de España").
QString endonym(const QString& code)
{
    static const QHash<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("fr"), QStringLiteral("Français")},
                                               {QStringLiteral("es"), QStringLiteral("Español")}};
    return names.value(code, QLocale(code).nativeLanguageName());
}

} // namespace

QStringList SettingsDialog::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
            QStringLiteral("es")};
}

SettingsDialog::SettingsDialog(Settings& settings, const QString& syncFolder, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(generalTab(), tr("&General"));
    tabs->addTab(editorTab(), tr("&Editor"));
    tabs->addTab(archiveTab(), tr("&Archive"));
    tabs->addTab(syncTab(syncFolder), tr("S&ync"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

QWidget* SettingsDialog::generalTab()
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    m_author = new QLineEdit(tab);
    m_author->setPlaceholderText(Identity::currentAuthor());
    if (m_settings.isSet(Settings::Key::AuthorName))
        m_author->setText(m_settings.authorName());
    form->addRow(tr("Your &name:"), m_author);
    form->addRow(QString(),
                 new QLabel(tr("Signs the revisions you save. Empty: your login name."), tab));

    m_language = new QComboBox(tab);
    for (const QString& code : languages()) {
        // Each language in its own words, so anyone finds theirs.
        const QString name =
            code.isEmpty() ? tr("As the system (%1)").arg(QLocale::system().nativeLanguageName())
                           : endonym(code);
        m_language->addItem(name.left(1).toUpper() + name.mid(1), code);
    }
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(m_settings.value(Settings::Key::Language).toString())));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("Takes effect when Folio starts again."), tab));

    m_theme = new QComboBox(tab);
    m_theme->addItem(tr("As the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(
        qMax(0, m_theme->findData(m_settings.value(Settings::Key::Theme).toString())));
    form->addRow(tr("&Theme:"), m_theme);
    return tab;
}

QWidget* SettingsDialog::editorTab()
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() + 1);
    if (const QString stored = m_settings.value(Settings::Key::EditorFont).toString();
        !stored.isEmpty())
        font.fromString(stored);
    m_font = new QFontComboBox(tab);
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(font);
    form->addRow(tr("&Font:"), m_font);
    m_fontSize = spin(tab, 6, 48, qRound(font.pointSizeF()), tr(" pt"));
    form->addRow(tr("&Size:"), m_fontSize);
    m_shownFont = chosenFont();
    return tab;
}

QWidget* SettingsDialog::archiveTab()
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    m_allowPrivate =
        new QCheckBox(tr("Also archive links to &private addresses (intranet, this machine)"), tab);
    m_allowPrivate->setChecked(m_settings.value(Settings::Key::ArchiveAllowPrivate).toBool());
    form->addRow(m_allowPrivate);
    m_allowDomains = new QLineEdit(m_settings.value(Settings::Key::ArchiveAllowDomains)
                                       .toStringList()
                                       .join(QLatin1String(", ")),
                                   tab);
    m_allowDomains->setPlaceholderText(tr("any domain"));
    form->addRow(tr("&Only these domains:"), m_allowDomains);
    m_denyDomains = new QLineEdit(m_settings.value(Settings::Key::ArchiveDenyDomains)
                                      .toStringList()
                                      .join(QLatin1String(", ")),
                                  tab);
    m_denyDomains->setPlaceholderText(tr("none"));
    form->addRow(tr("&Never these domains:"), m_denyDomains);
    m_maxSnapshotMB = spin(
        tab, 1, 1024, m_settings.value(Settings::Key::ArchiveMaxSnapshotMB).toInt(), tr(" MB"));
    form->addRow(tr("Largest &snapshot:"), m_maxSnapshotMB);
    m_concurrency =
        spin(tab, 1, 16, m_settings.value(Settings::Key::ArchiveConcurrency).toInt(), QString());
    form->addRow(tr("Pages archived at &once:"), m_concurrency);
    m_timeout = spin(tab, 5, 3600, m_settings.value(Settings::Key::ArchiveTimeoutSeconds).toInt(),
                     tr(" s"));
    form->addRow(tr("&Time per page:"), m_timeout);
    return tab;
}

QWidget* SettingsDialog::syncTab(const QString& syncFolder)
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    auto* folder = new QLabel(syncFolder.isEmpty() ? tr("No sync folder: this wiki syncs nowhere.")
                                                   : QDir::toNativeSeparators(syncFolder),
                              tab);
    folder->setTextFormat(Qt::PlainText);
    folder->setWordWrap(true);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Sync folder:"), folder);
    auto* change = new QPushButton(tr("&Choose Folder…"), tab);
    connect(change, &QPushButton::clicked, this, [this] {
        // What was changed here is kept, then the chooser runs (and the first round).
        accept();
        Q_EMIT syncFolderRequested();
    });
    form->addRow(QString(), change);
    return tab;
}

QString SettingsDialog::chosenFont() const
{
    QFont font = m_font->currentFont();
    font.setPointSize(m_fontSize->value());
    return font.toString();
}

void SettingsDialog::accept()
{
    const QString author = m_author->text().simplified();
    if (author.isEmpty())
        m_settings.reset(Settings::Key::AuthorName);
    else
        m_settings.setValue(Settings::Key::AuthorName, author);
    m_settings.setValue(Settings::Key::Language, m_language->currentData().toString());
    m_settings.setValue(Settings::Key::Theme, m_theme->currentData().toString());
    // Stored only when changed, so an untouched system font keeps following the system.
    if (chosenFont() != m_shownFont)
        m_settings.setValue(Settings::Key::EditorFont, chosenFont());
    m_settings.setValue(Settings::Key::ArchiveAllowPrivate, m_allowPrivate->isChecked());
    m_settings.setValue(Settings::Key::ArchiveAllowDomains, domains(m_allowDomains));
    m_settings.setValue(Settings::Key::ArchiveDenyDomains, domains(m_denyDomains));
    m_settings.setValue(Settings::Key::ArchiveMaxSnapshotMB, m_maxSnapshotMB->value());
    m_settings.setValue(Settings::Key::ArchiveConcurrency, m_concurrency->value());
    m_settings.setValue(Settings::Key::ArchiveTimeoutSeconds, m_timeout->value());
    m_settings.sync();
    QDialog::accept();
}

} // namespace folio
