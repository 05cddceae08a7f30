#pragma once

#include "store/Page.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace folio {

class PageStore;

// Moving the page on screen through review: Submit for Review, Publish, Send Back to Draft,
// and whether it is public. Each is one click and one revision (PageStore::setState), signed
// by the writer; the actions are enabled as the page's state allows.
class ReviewWorkflow : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction* submit = nullptr;
        QAction* publish = nullptr;
        QAction* sendBack = nullptr;
        QAction* makePublic = nullptr; // checkable
    };

    ReviewWorkflow(const Actions& actions, std::function<QString()> author, QWidget* window);

    void setStore(PageStore* store);
    // The page shown, or none (a link, the editor on a new page).
    void setPage(const std::optional<Page>& page);
    const std::optional<Page>& page() const { return m_page; }
    // "Draft · Internal", for the status bar.
    static QString describe(const PageState& state);
    // The same moves for any page (the review queue's): one revision each; false if refused.
    bool publish(const Page& page);
    bool sendBack(const Page& page);

Q_SIGNALS:
    // The page's state changed and was stored.
    void changed(const Page& page);

private:
    bool apply(const Page& page, const PageState& state, const QString& summary);
    void updateActions();

    Actions m_actions;
    std::function<QString()> m_author;
    QWidget* m_window = nullptr;
    PageStore* m_store = nullptr;
    std::optional<Page> m_page;
};

} // namespace folio
