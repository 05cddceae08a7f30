#include "navigation/FavoritePages.h"

#include "core/Settings.h"
#include "store/PageTitle.h"

#include <QFileInfo>
#include <QVariantMap>

namespace folio {

void FavoritePages::setWiki(const QString& path)
{
    m_wiki = QFileInfo(path).absoluteFilePath();
}

QStringList FavoritePages::titles() const
{
    return m_settings.value(Settings::Key::FavoritePages).toMap().value(m_wiki).toStringList();
}

qsizetype FavoritePages::indexOf(const QString& title) const
{
    const QString key = PageTitle::key(title);
    const QStringList pinned = titles();
    for (qsizetype i = 0; i < pinned.size(); ++i) {
        if (PageTitle::key(pinned.at(i)) == key)
            return i;
    }
    return -1;
}

bool FavoritePages::contains(const QString& title) const
{
    return indexOf(title) >= 0;
}

bool FavoritePages::toggle(const QString& title)
{
    QStringList pinned = titles();
    const qsizetype at = indexOf(title);
    if (at >= 0)
        pinned.removeAt(at);
    else
        pinned.append(title);
    store(pinned);
    return at < 0;
}

void FavoritePages::rename(const QString& from, const QString& to)
{
    const qsizetype at = indexOf(from);
    if (at < 0 || from.isEmpty())
        return;
    QStringList pinned = titles();
    pinned[at] = to;
    store(pinned);
}

void FavoritePages::store(const QStringList& titles)
{
    QVariantMap all = m_settings.value(Settings::Key::FavoritePages).toMap();
    if (titles.isEmpty())
        all.remove(m_wiki);
    else
        all.insert(m_wiki, titles);
    m_settings.setValue(Settings::Key::FavoritePages, all);
}

} // namespace folio
