#include "navigation/PageNavigator.h"

#include "store/PageStore.h"
#include "web/PageView.h"

#include <QWebEnginePage>

namespace folio {

PageNavigator::PageNavigator(PageView& view, QObject* parent) : QObject(parent), m_view(view)
{
}

void PageNavigator::setStore(const PageStore* store)
{
    m_store = store;
    m_history = NavigationHistory();
    m_showing = false;
}

PageNavigator::Result PageNavigator::open(const QString& title, const QString& anchor,
                                          const QStringList& highlight)
{
    if (!m_store)
        return Result::Missing;
    const std::optional<Page> page = m_store->find(title);
    // An empty wiki shows its "no pages yet" page rather than offering to create one.
    if (!page && m_store->count() > 0)
        return Result::Missing;
    const QString shown = page ? page->content.title : title;
    rememberScroll();
    m_history.visit(shown);
    show(shown, anchor, highlight, {});
    return Result::Shown;
}

void PageNavigator::back()
{
    rememberScroll();
    const QString title = m_history.back();
    if (!title.isEmpty())
        show(title, {}, {}, m_history.scroll());
}

void PageNavigator::forward()
{
    rememberScroll();
    const QString title = m_history.forward();
    if (!title.isEmpty())
        show(title, {}, {}, m_history.scroll());
}

void PageNavigator::reshow()
{
    show(m_history.current(), {}, {}, {});
}

void PageNavigator::saved(const QString& previousTitle, const QString& title)
{
    if (!previousTitle.isEmpty())
        m_history.rename(previousTitle, title);
    m_history.visit(title);
    show(title, {}, {}, {});
}

void PageNavigator::renamed(const QString& from, const QString& to)
{
    rememberScroll();
    m_history.rename(from, to);
    if (m_showing)
        show(m_history.current(), {}, {}, m_history.scroll());
}

void PageNavigator::rememberScroll()
{
    if (m_showing && m_view.isVisible())
        m_history.setScroll(m_view.page()->scrollPosition());
}

void PageNavigator::show(const QString& title, const QString& anchor, const QStringList& highlight,
                         QPointF scroll)
{
    m_view.showPage(title, anchor, highlight, scroll);
    m_showing = true;
    Q_EMIT shown(title);
}

} // namespace folio
