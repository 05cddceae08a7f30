#pragma once

#include <QStringList>

namespace folio {

class Settings;

// The pages a reader pinned, per wiki, in the settings: a person's favorites are theirs, not
// the wiki's, so they do not travel in bundles. Titles compare as page titles do (case and
// spacing aside) and follow renames.
class FavoritePages
{
public:
    explicit FavoritePages(Settings& settings) : m_settings(settings) {}

    // The wiki whose favorites the other calls mean.
    void setWiki(const QString& path);
    // In the order they were pinned.
    QStringList titles() const;
    bool contains(const QString& title) const;
    // Pins the page, or unpins it when it is pinned; true when it is pinned now.
    bool toggle(const QString& title);
    void rename(const QString& from, const QString& to);

private:
    void store(const QStringList& titles);
    qsizetype indexOf(const QString& title) const;

    Settings& m_settings;
    QString m_wiki;
};

} // namespace folio
