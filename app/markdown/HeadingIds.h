#pragma once

#include <QByteArray>
#include <QString>

namespace folio::HeadingIds {

// "Getting started — 2nd try!" -> "getting-started-2nd-try": letters and digits of any
// script kept, everything else folded into single dashes.
QString slug(const QString& text);
// Gives every <h1>..<h6> an id from its text, unique within the page (-1, -2 on repeats),
// so [[Page#Heading]] and the table of contents can point at it.
QByteArray add(const QByteArray& html);

} // namespace folio::HeadingIds
