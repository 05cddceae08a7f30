#include "web/PageView.h"

#include "core/FolioUrl.h"
#include "web/ContentPage.h"
#include "web/WebProfile.h"

#include <QContextMenuEvent>
#include <QMenu>

namespace folio {

PageView::PageView(WebProfile& profile, QWidget* parent)
    : QWebEngineView(parent), m_page(new ContentPage(profile.profile(), this))
{
    setPage(m_page);
}

void PageView::showPage(const QString& title, const QString& anchor)
{
    const QUrl target = FolioUrl::page(title, anchor);
    if (target == url())
        refresh();
    else
        load(target);
}

void PageView::refresh()
{
    m_page->triggerAction(QWebEnginePage::Reload);
}

void PageView::contextMenuEvent(QContextMenuEvent* event)
{
    // Only what makes sense on a wiki page: the browser's Back/Reload/View source do not.
    QMenu menu(this);
    QAction* copy = m_page->action(QWebEnginePage::Copy);
    copy->setText(tr("&Copy"));
    menu.addAction(copy);
    QAction* selectAll = m_page->action(QWebEnginePage::SelectAll);
    selectAll->setText(tr("Select &All"));
    menu.addAction(selectAll);
    menu.exec(event->globalPos());
}

} // namespace folio
