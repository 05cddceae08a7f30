#include "core/Settings.h"

#include "core/Identity.h"

#include <QSettings>

namespace folio {
namespace {

struct Entry
{
    Settings::Key key;
    const char* name; // in the INI file
    QVariant defaultValue;
};

// The one table of settings and their defaults. A null default means "none" (geometry the
// window works out itself); the author's default is the login name, looked up when read.
const Entry kEntries[] = {
    {Settings::Key::AuthorName, "author/name", QVariant()},
    {Settings::Key::WindowGeometry, "window/geometry", QVariant()},
    {Settings::Key::WindowState, "window/state", QVariant()},
    {Settings::Key::SidebarSplitter, "window/sidebarSplitter", QVariant()},
    {Settings::Key::SidebarVisible, "window/sidebarVisible", true},
    {Settings::Key::SidebarPanel, "window/sidebarPanel", QStringLiteral("pages")},
    {Settings::Key::ZoomFactor, "view/zoom", 1.0},
    {Settings::Key::LastPage, "session/lastPage", QString()},
    {Settings::Key::LastPageWiki, "session/lastPageWiki", QString()},
    {Settings::Key::ShowDrafts, "view/showDrafts", false},
    {Settings::Key::EditorLayout, "editor/layout", QStringLiteral("split")},
    {Settings::Key::AttachmentMaxMB, "attachments/maxMB", 25},
    {Settings::Key::ArchiveAllowPrivate, "archive/allowPrivate", false},
    {Settings::Key::ArchiveAllowDomains, "archive/allowDomains", QStringList()},
    {Settings::Key::ArchiveDenyDomains, "archive/denyDomains", QStringList()},
    {Settings::Key::ArchiveMaxSnapshotMB, "archive/maxSnapshotMB", 50},
    {Settings::Key::ArchiveConcurrency, "archive/concurrency", 3},
    {Settings::Key::ArchiveTimeoutSeconds, "archive/timeoutSeconds", 60},
    {Settings::Key::SyncFolder, "sync/folder", QString()},
    {Settings::Key::SyncFolderWiki, "sync/folderWiki", QString()},
    {Settings::Key::RecentWikis, "session/recentWikis", QStringList()},
    {Settings::Key::FavoritePages, "session/favoritePages", QVariantMap()},
    {Settings::Key::Theme, "appearance/theme", QStringLiteral("system")},
    {Settings::Key::Language, "appearance/language", QString()},
    {Settings::Key::EditorFont, "appearance/editorFont", QString()},
    {Settings::Key::PageGrouping, "view/pageGrouping", QStringLiteral("none")},
};

const Entry& entry(Settings::Key key)
{
    for (const Entry& e : kEntries) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

QString name(Settings::Key key)
{
    return QLatin1String(entry(key).name);
}

} // namespace

std::unique_ptr<Settings> Settings::forUser()
{
    return std::unique_ptr<Settings>(new Settings(
        std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                    QStringLiteral("folio"), QStringLiteral("folio"))));
}

std::unique_ptr<Settings> Settings::inFile(const QString& path)
{
    return std::unique_ptr<Settings>(
        new Settings(std::make_unique<QSettings>(path, QSettings::IniFormat)));
}

Settings::Settings(std::unique_ptr<QSettings> settings) : m_settings(std::move(settings))
{
}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    if (key == Key::AuthorName) {
        const QString author = m_settings->value(name(key)).toString().simplified();
        return author.isEmpty() ? Identity::currentAuthor() : author;
    }
    return m_settings->value(name(key), entry(key).defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(name(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(name(key));
}

bool Settings::isSet(Key key) const
{
    return m_settings->contains(name(key));
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::authorName() const
{
    return value(Key::AuthorName).toString();
}

double Settings::zoomFactor() const
{
    // A hand-edited file may hold anything: keep the zoom where a page can be read.
    bool ok = false;
    const double zoom = value(Key::ZoomFactor).toDouble(&ok);
    return ok ? qBound(0.3, zoom, 5.0) : 1.0;
}

qint64 Settings::attachmentMaxBytes() const
{
    // A hand-edited file may hold anything: a nonsense limit falls back to the default.
    bool ok = false;
    const qint64 megabytes = value(Key::AttachmentMaxMB).toLongLong(&ok);
    return (ok && megabytes > 0 ? qMin<qint64>(megabytes, 4096) : 25) * 1000 * 1000;
}

} // namespace folio
