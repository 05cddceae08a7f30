#pragma once

#include <QList>
#include <QPointF>
#include <QString>

namespace folio {

// Back and forward through the pages a reader visited, by title, like a browser's history;
// each place remembers where the reader had scrolled to, so going back returns there.
class NavigationHistory
{
public:
    // Visiting the current page again changes nothing; anything else drops the forward list.
    void visit(const QString& title);
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    // Move and return the page to show; empty when there is nowhere to go.
    QString back();
    QString forward();
    QString current() const { return m_current.title; }
    // Where the current page is scrolled to: set it before moving away, read it after
    // back() or forward() to scroll the page back there.
    void setScroll(QPointF position) { m_current.scroll = position; }
    QPointF scroll() const { return m_current.scroll; }
    // After a rename, so history does not point at a title that no longer exists.
    void rename(const QString& from, const QString& to);

private:
    struct Place
    {
        QString title;
        QPointF scroll;
    };

    QList<Place> m_back;
    QList<Place> m_forward;
    Place m_current;
};

} // namespace folio
