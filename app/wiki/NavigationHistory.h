#pragma once

#include <QString>
#include <QStringList>

namespace folio {

// Back and forward through the pages a reader visited, by title, like a browser's history.
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
    QString current() const { return m_current; }
    // After a rename, so history does not point at a title that no longer exists.
    void rename(const QString& from, const QString& to);

private:
    QStringList m_back;
    QStringList m_forward;
    QString m_current;
};

} // namespace folio
