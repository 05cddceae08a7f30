#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace folio {

class ArchiveRunner;
class ArchivedLinkView;
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
    // Where archived links are read; the window places it beside the details.
    void setReader(ArchivedLinkView* reader);
    ArchivedLinkView* reader() const { return m_reader; }
    // Shows the archived page of a link (its Reader view), with `highlight` words marked;
    // emits readerShown. False when the link has no archived page.
    bool read(qint64 id, const QStringList& highlight = {});

Q_SIGNALS:
    // The details of a link were asked for: the window shows them.
    void detailsShown();
    void readerShown();
    void pageCreated(const QString& title);
    void message(const QString& text);

private:
    bool attempt(const QString& failure, const std::function<void()>& action);
    void connectArchive();
    // Puts the link in the details view without asking the window to show it.
    bool fillDetails(qint64 id);

    QWidget* m_window = nullptr;
    std::function<QString()> m_author;
    Wiki* m_wiki = nullptr;
    LinksPanel* m_panel = nullptr;
    LinkDetailsView* m_details = nullptr;
    ArchiveRunner* m_archive = nullptr;
    ArchivedLinkView* m_reader = nullptr;
};

} // namespace folio
