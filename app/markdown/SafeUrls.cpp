#include "markdown/SafeUrls.h"

namespace folio::SafeUrls {
namespace {

// The scheme as a browser reads it: leading spaces and control characters are ignored.
QByteArray schemeOf(QByteArrayView url)
{
    qsizetype i = 0;
    while (i < url.size() && uchar(url.at(i)) <= 0x20)
        ++i;
    const qsizetype colon = url.indexOf(':', i);
    return colon < 0 ? QByteArray() : url.sliced(i, colon - i).toByteArray().toLower();
}

bool isUnsafe(QByteArrayView attribute, QByteArrayView url)
{
    const QByteArray scheme = schemeOf(url);
    if (scheme == "javascript" || scheme == "vbscript")
        return true;
    if (scheme != "data")
        return false;
    // A picture inlined as data: may stay an image; nothing inlined may become a page.
    const QByteArray lower = url.toByteArray().trimmed().toLower();
    return attribute == "href" || !lower.startsWith("data:image/") ||
           lower.startsWith("data:image/svg");
}

} // namespace

QByteArray neutralize(const QByteArray& html)
{
    QByteArray result;
    qsizetype last = 0;
    // The next of each attribute, found once and searched again only once passed: looking
    // for both from every match would scan to the end for the absent one each time.
    qsizetype href = html.indexOf(" href=\"");
    qsizetype src = html.indexOf(" src=\"");
    while (href >= 0 || src >= 0) {
        const bool isHref = href >= 0 && (src < 0 || href < src);
        const qsizetype start = isHref ? href + 7 : src + 6;
        const qsizetype end = html.indexOf('"', start);
        if (end < 0)
            break;
        if (isUnsafe(isHref ? "href" : "src", QByteArrayView(html).sliced(start, end - start))) {
            result += html.mid(last, start - last);
            result += isHref ? "#" : "";
            last = end;
        }
        if (isHref)
            href = html.indexOf(" href=\"", end + 1);
        else
            src = html.indexOf(" src=\"", end + 1);
    }
    if (last == 0)
        return html;
    result += html.mid(last);
    return result;
}

} // namespace folio::SafeUrls
