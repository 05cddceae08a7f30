#pragma once

#include <QString>
#include <QStringList>

namespace folio::PageTags {

// Lower-case, no spaces or commas, no duplicates, sorted: "Release Notes" -> "release-notes".
QStringList normalized(const QStringList& tags);
// Splits "a, b c" style user input into normalized tags.
QStringList parse(const QString& text);
QString join(const QStringList& tags);

} // namespace folio::PageTags
