#pragma once

#include "links/LinkImporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace folio {

class LinkImportWorker;

// Import links: pick an export (file or folder), its format (detected by default) and the
// rules (channels, dates, private conversations, domains), then the import runs off the UI
// thread with progress and Cancel, and ends with its report.
class ImportLinksDialog : public QDialog
{
    Q_OBJECT

public:
    ImportLinksDialog(const QString& wikiPath, const QString& author, QWidget* parent = nullptr);
    ~ImportLinksDialog() override;

    void setPath(const QString& path);
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* importButton() const { return m_import; }
    QPlainTextEdit* reportView() const { return m_report; }
    QCheckBox* includePrivateBox() const { return m_includePrivate; }
    QLineEdit* channelsEdit() const { return m_channels; }
    bool isImporting() const;
    // Close: cancels a running import first (nothing it did stays), then closes.
    void reject() override;

Q_SIGNALS:
    // Links were written to the wiki.
    void imported();

private:
    void startImport();
    void finish();
    void showReport(const LinkImporter::Report& report);
    void setRunning(bool running);

    QString m_wikiPath;
    QString m_author;
    LinkImportWorker* m_worker = nullptr;
    QLineEdit* m_path = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_channels = nullptr;
    QLineEdit* m_since = nullptr;
    QLineEdit* m_until = nullptr;
    QLineEdit* m_allow = nullptr;
    QLineEdit* m_deny = nullptr;
    QCheckBox* m_includePrivate = nullptr;
    QCheckBox* m_includeCode = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QPushButton* m_import = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace folio
