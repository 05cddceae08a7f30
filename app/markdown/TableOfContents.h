#pragma once

#include <QList>
#include <QString>

namespace folio::TableOfContents {

struct Entry
{
    int level = 2; // 2 or 3: the page's title is its only level 1 that counts
    QString id;    // the heading's id (HeadingIds), the target of "#id"
    QString text;  // plain text
};

// The level-2 and level-3 headings of rendered page HTML, in order (those HeadingIds gave
// an id to).
QList<Entry> entries(const QString& html);
// A <nav> listing `entries` as nested links to "#id", folded with <details> so a reader can
// close it without any script; empty below `minimum` entries (a short page needs none).
QString html(const QList<Entry>& entries, const QString& title, int minimum = 3);

} // namespace folio::TableOfContents
