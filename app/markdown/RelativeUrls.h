#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace folio::RelativeUrls {

// Given a relative address as written in the Markdown ("diagram.png", "images/a%20b.png"),
// decoded ("images/a b.png"): the absolute address to use instead, or empty to leave it.
using Resolver = std::function<QString(const QString& path)>;

// Rewrites every relative href and src in md4c's HTML (values quoted with " and escaped):
// a page's attached files are linked by their names and served from Folio's scheme. Anchors
// ("#setup"), absolute paths and addresses with a scheme are left alone.
QByteArray resolve(const QByteArray& html, const Resolver& resolver);

// The relative images a Markdown text shows, decoded, as the renderer reads them (never in
// code), each once: what a page imported from a folder needs beside it.
QStringList images(const QByteArray& utf8Markdown);

} // namespace folio::RelativeUrls
