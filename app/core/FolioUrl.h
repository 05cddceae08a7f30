#pragma once

#include <QString>
#include <QUrl>

namespace folio {

// Addresses of everything Folio shows in its web views. They all use Folio's own
// scheme so WebEngine never needs http, and the request blocker can allow exactly this.
//   folio://wiki/page/<title>[#anchor]   a wiki page, by title
//   folio://wiki/create/<title>          asks to create a missing page
//   folio://wiki/tag/<tag>               the pages carrying a tag (a tag chip on a page)
//   folio://wiki/style/<file>            the app's style sheets
//   folio://wiki/preview/<n>             the editor's preview of the page being written
//   folio://wiki/attachment/<sha256>[/<file name>]
//                                        an attached file, by the SHA-256 of its bytes; the
//                                        name it has on the page rides along for Save As
namespace FolioUrl {

inline constexpr char kScheme[] = "folio";
inline constexpr char kHost[] = "wiki";

enum class Kind { Page, Create, Tag, Style, Preview, Attachment, Other };

QUrl page(const QString& title, const QString& anchor = {});
QUrl create(const QString& title);
QUrl tag(const QString& tag);
QUrl style(const QString& file);
// A new number each time makes the view load the newest preview rather than reload.
QUrl preview(quint64 number);
QUrl attachment(const QString& sha256, const QString& fileName = {});
// The SHA-256 and the file name (without folders) of an attachment URL.
QString attachmentSha256(const QUrl& url);
QString attachmentFileName(const QUrl& url);

bool isFolio(const QUrl& url);
Kind kind(const QUrl& url);
// The title or file name a Folio URL points at, decoded.
QString target(const QUrl& url);

} // namespace FolioUrl
} // namespace folio
