#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace folio {

class Settings;

// Edit → Settings: the typed settings a person may change, on four tabs — General (name,
// language, theme), Editor (font), Archive (what may be fetched, limits) and Sync (the
// folder). OK writes them all at once; Cancel writes nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings& settings, const QString& syncFolder, QWidget* parent = nullptr);

    // The languages Folio speaks, as codes ("" = the system's), in the order offered.
    static QStringList languages();

    QLineEdit* authorField() const { return m_author; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }
    QFontComboBox* fontBox() const { return m_font; }
    QSpinBox* fontSizeBox() const { return m_fontSize; }
    QCheckBox* allowPrivateBox() const { return m_allowPrivate; }
    QLineEdit* allowDomainsField() const { return m_allowDomains; }
    QLineEdit* denyDomainsField() const { return m_denyDomains; }
    QSpinBox* maxSnapshotBox() const { return m_maxSnapshotMB; }
    QSpinBox* concurrencyBox() const { return m_concurrency; }
    QSpinBox* timeoutBox() const { return m_timeout; }

    void accept() override;

Q_SIGNALS:
    // The sync folder's "Change…" button: the window's own chooser does it.
    void syncFolderRequested();

private:
    QWidget* generalTab();
    QWidget* editorTab();
    QWidget* archiveTab();
    QString chosenFont() const;
    QWidget* syncTab(const QString& syncFolder);

    Settings& m_settings;
    QLineEdit* m_author = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QFontComboBox* m_font = nullptr;
    QSpinBox* m_fontSize = nullptr;
    QString m_shownFont; // the font as the dialog opened, so an unchanged one is not stored
    QCheckBox* m_allowPrivate = nullptr;
    QLineEdit* m_allowDomains = nullptr;
    QLineEdit* m_denyDomains = nullptr;
    QSpinBox* m_maxSnapshotMB = nullptr;
    QSpinBox* m_concurrency = nullptr;
    QSpinBox* m_timeout = nullptr;
};

} // namespace folio
