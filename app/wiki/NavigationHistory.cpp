#include "wiki/NavigationHistory.h"

#include "store/PageTitle.h"

namespace folio {

void NavigationHistory::visit(const QString& title)
{
    if (PageTitle::key(title) == PageTitle::key(m_current.title))
        return;
    if (!m_current.title.isEmpty())
        m_back.append(m_current);
    m_forward.clear();
    m_current = {title, {}};
}

QString NavigationHistory::back()
{
    if (m_back.isEmpty())
        return {};
    m_forward.prepend(m_current);
    m_current = m_back.takeLast();
    return m_current.title;
}

QString NavigationHistory::forward()
{
    if (m_forward.isEmpty())
        return {};
    m_back.append(m_current);
    m_current = m_forward.takeFirst();
    return m_current.title;
}

void NavigationHistory::rename(const QString& from, const QString& to)
{
    const QString key = PageTitle::key(from);
    for (QList<Place>* list : {&m_back, &m_forward}) {
        for (Place& place : *list) {
            if (PageTitle::key(place.title) == key)
                place.title = to;
        }
    }
    if (PageTitle::key(m_current.title) == key)
        m_current.title = to;
}

} // namespace folio
