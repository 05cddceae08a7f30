#pragma once

#include "store/Page.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace folio {

class DiffView;
class PageStore;

// A page's history in the content area: its revisions (when, who, status, summary) and the
// changes of the one chosen — or between the two chosen — with Restore This Revision (a new
// revision with its text) and Back to the page.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    HistoryView(std::function<QString()> author, QWidget* parent = nullptr);

    // Shows `page`'s revisions, the newest chosen. Throws StoreError.
    void open(PageStore& store, const Page& page);
    qint64 pageId() const { return m_page.id; }
    QTreeWidget* revisions() const { return m_revisions; }
    DiffView* diff() const { return m_diff; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* layoutButton() const { return m_layout; }
    QPushButton* backButton() const { return m_back; }
    QString heading() const;

Q_SIGNALS:
    void restored(const Page& page);
    void closeRequested(const QString& title);

private:
    void showChosen();
    void restoreChosen();
    // The revisions chosen, oldest first (one or two).
    QList<Revision> chosen() const;

    std::function<QString()> m_author;
    PageStore* m_store = nullptr;
    Page m_page;
    QList<Revision> m_history; // newest first
    QLabel* m_title = nullptr;
    QLabel* m_heading = nullptr;
    QTreeWidget* m_revisions = nullptr;
    DiffView* m_diff = nullptr;
    QPushButton* m_layout = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_back = nullptr;
};

} // namespace folio
