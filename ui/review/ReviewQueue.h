#pragma once

#include "store/Page.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace folio {

class DiffView;
class PageStore;
class ReviewWorkflow;

// The review queue, a side panel: the pages waiting in review. Choosing one shows its
// ReviewView in the content area.
class ReviewQueuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewQueuePanel(QWidget* parent = nullptr);

    // Reads the pages in review again. Throws StoreError.
    void reload(const PageStore& store);
    QListWidget* list() const { return m_list; }
    int count() const;

Q_SIGNALS:
    void pageChosen(qint64 pageId);

private:
    QLabel* m_status = nullptr;
    QListWidget* m_list = nullptr;
};

// One page in review, in the content area: what changed since readers last saw it (its last
// published revision; all of it for a page never published), with Publish, Send Back and
// Open Page.
class ReviewView : public QWidget
{
    Q_OBJECT

public:
    ReviewView(ReviewWorkflow& workflow, QWidget* parent = nullptr);

    // Throws StoreError; false when the page is gone.
    bool open(const PageStore& store, qint64 pageId);
    qint64 pageId() const { return m_page.id; }
    DiffView* diff() const { return m_diff; }
    QString heading() const;
    QPushButton* publishButton() const { return m_publish; }
    QPushButton* sendBackButton() const { return m_sendBack; }
    QPushButton* openButton() const { return m_open; }

Q_SIGNALS:
    void openRequested(const QString& title);

private:
    ReviewWorkflow& m_workflow;
    Page m_page;
    QLabel* m_title = nullptr;
    QLabel* m_heading = nullptr;
    DiffView* m_diff = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_sendBack = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace folio
