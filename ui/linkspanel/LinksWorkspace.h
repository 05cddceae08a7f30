#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace folio {

class ArchiveRunner;
class LinkDetailsView;
class LinksPanel;
class Wiki;

// Everything the window does with shared links, in one place: the panel (list, filter) and
// the details view, and the actions on a link — open, copy, tag, hide, promote to a page,
// import. The window only places the two widgets and hands over the wiki.
class LinksWorkspace : public QObject
{
    Q_OBJECT

public:
    // `author` is asked when a page is written (the name may change while the window runs).
    // `archive` archives links; without one the archive actions do nothing.
    LinksWorkspace(QWidget* window, std::function<QString()> author,
                   ArchiveRunner* archive = nullptr);

    LinksPanel* panel() const { return m_panel; }
    LinkDetailsView* details() const { return m_details; }
    void setWiki(Wiki* wiki);

    void showLink(qint64 id);
    void open(qint64 id);
    void copy(qint64 id);
    void setHidden(qint64 id, bool hidden);
    void editTags(qint64 id);
    // Creates a page from the link and its conversation; emits pageCreated.
    void promote(qint64 id);
    void importLinks(const QString& path = {});
    ArchiveRunner* archive() const { return m_archive; }

Q_SIGNALS:
    // The details of a link were asked for: the window shows them.
    void detailsShown();
    void pageCreated(const QString& title);
    void message(const QString& text);

private:
    bool attempt(const QString& failure, const std::function<void()>& action);
    void connectArchive();

    QWidget* m_window = nullptr;
    std::function<QString()> m_author;
    Wiki* m_wiki = nullptr;
    LinksPanel* m_panel = nullptr;
    LinkDetailsView* m_details = nullptr;
    ArchiveRunner* m_archive = nullptr;
};

} // namespace folio
