#pragma once

#include "wiki/NavigationHistory.h"

#include <QObject>
#include <QStringList>

namespace folio {

class PageStore;
class PageView;

// Where the reader is: the page on screen, and Back and Forward through the pages visited,
// each returning to where it was scrolled. It shows pages in the view; the window decides
// what else follows (the selected title, the window's title, a draft to settle first).
class PageNavigator : public QObject
{
    Q_OBJECT

public:
    explicit PageNavigator(PageView& view, QObject* parent = nullptr);

    // A new wiki: the history starts again.
    void setStore(const PageStore* store);

    enum class Result { Shown, Missing };
    // Shows the page titled `title` (in its stored spelling) as a new place in the history;
    // Missing when there is no such page (and the wiki has others). Throws StoreError.
    Result open(const QString& title, const QString& anchor = {},
                const QStringList& highlight = {});
    void back();
    void forward();
    // Shows the current page again, at the top (after leaving the editor).
    void reshow();
    // A page was saved, perhaps under a new title: the history follows it.
    void saved(const QString& previousTitle, const QString& title);
    // A page was renamed without being opened (from the page list): the history follows, and
    // the page on screen stays, shown again where the reader was (its links may have changed).
    void renamed(const QString& from, const QString& to);

    QString current() const { return m_history.current(); }
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }

Q_SIGNALS:
    void shown(const QString& title);

private:
    void show(const QString& title, const QString& anchor, const QStringList& highlight,
              QPointF scroll);
    // Before leaving the shown page: where it is scrolled to, for Back and Forward.
    void rememberScroll();

    PageView& m_view;
    const PageStore* m_store = nullptr;
    NavigationHistory m_history;
    bool m_showing = false; // a page is in the view (not the editor or a link)
};

} // namespace folio
