#pragma once

#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace folio {

// Folio's preferences, typed, with one table of defaults (Settings.cpp) — KeePassXC's Config.
// The user's live in an INI file in their configuration folder; a test makes its own in a
// temporary folder, so no test reads or changes the user's.
class Settings
{
public:
    enum class Key {
        AuthorName,      // who revisions are saved as
        WindowGeometry,  // QWidget::saveGeometry()
        WindowState,     // QMainWindow::saveState(): toolbars and docks
        SidebarSplitter, // QSplitter::saveState() between the panels and the page
        SidebarVisible,
        SidebarPanel, // the id of the panel shown in the sidebar: "pages", "links"…
        ZoomFactor,
        LastPage, // reopened on the next start, in the wiki it belongs to
        LastPageWiki,
        ShowDrafts,      // the page list and search show drafts and pages in review too
        EditorLayout,    // "source", "split" or "preview": what the editor shows
        AttachmentMaxMB, // a larger file is refused when pasted, dropped or attached
        // The offline archive of links (ArchivePolicy, ArchiveQueue::Options).
        ArchiveAllowPrivate,   // loopback, private and intranet addresses may be fetched
        ArchiveAllowDomains,   // QStringList; when not empty, only these domains
        ArchiveDenyDomains,    // QStringList; never these domains
        ArchiveMaxSnapshotMB,  // a larger snapshot fails as too large
        ArchiveConcurrency,    // pages captured at once
        ArchiveTimeoutSeconds, // per page
        // A folder another tool keeps the same on every machine (SyncScheduler), and the wiki
        // it syncs: another wiki opened in the window does not sync into it.
        SyncFolder,
        SyncFolderWiki,
        RecentWikis,   // QStringList: the wiki files opened lately, the latest first
        FavoritePages, // QVariantMap: a wiki file's absolute path -> its pinned page titles
        Theme,         // "system", "light" or "dark": the window and the pages it shows
        Language,      // "" (the system's), or a language code Folio is translated to: "de"
        EditorFont,    // QFont::toString() of the editor's font; "" is the system's fixed font
        PageGrouping,  // the page list: "none" (by title), "kind" or "hierarchy"
    };

    // The user's settings file (QSettings' place for "folio/folio").
    static std::unique_ptr<Settings> forUser();
    // Settings kept in `path`: tests, and anyone who wants a portable set.
    static std::unique_ptr<Settings> inFile(const QString& path);
    ~Settings();

    QVariant value(Key key) const; // the default when unset
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    bool isSet(Key key) const;
    void sync();

    // Typed access to what callers read most.
    QString authorName() const;
    double zoomFactor() const;
    qint64 attachmentMaxBytes() const;

private:
    explicit Settings(std::unique_ptr<QSettings> settings);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace folio
