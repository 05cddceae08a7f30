#pragma once

#include <QWebEngineView>

namespace folio {

class ContentPage;
class WebProfile;

// Shows one wiki page through the folio: scheme.
class PageView : public QWebEngineView
{
    Q_OBJECT

public:
    PageView(WebProfile& profile, QWidget* parent = nullptr);

    ContentPage* contentPage() const { return m_page; }
    // Shows a page; `highlight` words (from a search) are marked in it once it has loaded,
    // or else it is scrolled to `scroll` (where the reader was, on Back and Forward).
    void showPage(const QString& title, const QString& anchor = {},
                  const QStringList& highlight = {}, QPointF scroll = {});
    // Marks every word starting with one of `words` and scrolls to the first; the page runs
    // no script itself, so this runs in Folio's own isolated world.
    void highlight(const QStringList& words);
    // The script that does it, for other views of Folio's.
    static QString highlightScript(const QStringList& words);
    // Renders the shown page again, e.g. after it was saved or a linked page was created.
    void refresh();
    // What the page's context menu offers after Copy and Select All (Copy Link to Page…).
    void setPageActions(const QList<QAction*>& actions) { m_pageActions = actions; }

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    ContentPage* m_page = nullptr;
    QStringList m_pendingHighlight;
    QPointF m_pendingScroll;
    QList<QAction*> m_pageActions;
};

} // namespace folio
