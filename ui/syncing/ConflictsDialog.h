#pragma once

#include "sync/ConflictList.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace folio {

class Database;

// The pages two machines changed on the same lines, one at a time: both versions side by
// side (who wrote each, and when) and the merged text, both versions between <<<<<<< and
// >>>>>>> lines, to edit. Keep This Version saves one side as the page's text; Save Merged
// Text saves the edited merge. Either is a new revision that ends the conflict here and on
// every machine it travels to.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(Database& db, QString author, QWidget* parent = nullptr);

    // Reads the conflicted pages again; the one shown stays if it still is one.
    void reload();
    void selectPage(qint64 pageId);

    QListWidget* pageList() const { return m_pages; }
    QLabel* firstHeading() const { return m_firstHeading; }
    QLabel* secondHeading() const { return m_secondHeading; }
    QPlainTextEdit* firstText() const { return m_first; }
    QPlainTextEdit* secondText() const { return m_second; }
    QPlainTextEdit* mergedText() const { return m_merged; }
    QPushButton* keepFirstButton() const { return m_keepFirst; }
    QPushButton* keepSecondButton() const { return m_keepSecond; }
    QPushButton* saveMergedButton() const { return m_saveMerged; }

Q_SIGNALS:
    // A page's conflict was resolved: its text changed.
    void resolved(const QString& title);

private:
    void showConflict();
    void resolveWith(const QString& body);
    QWidget* sidePanel(QLabel* heading, QPlainTextEdit* text, QPushButton* keep);

    Database& m_db;
    QString m_author;
    std::optional<ConflictList::Conflict> m_conflict;
    QLabel* m_intro = nullptr;
    QListWidget* m_pages = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_firstHeading = nullptr;
    QLabel* m_secondHeading = nullptr;
    QPlainTextEdit* m_first = nullptr;
    QPlainTextEdit* m_second = nullptr;
    QPlainTextEdit* m_merged = nullptr;
    QPushButton* m_keepFirst = nullptr;
    QPushButton* m_keepSecond = nullptr;
    QPushButton* m_saveMerged = nullptr;
};

} // namespace folio
