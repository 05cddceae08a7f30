#include "markdown/RelativeUrls.h"

#include "markdown/HtmlText.h"

#include <QUrl>

namespace folio::RelativeUrls {
namespace {

bool isRelative(QByteArrayView value)
{
    if (value.isEmpty() || value.front() == '#' || value.front() == '/' || value.front() == '?')
        return false;
    // A scheme is letters, digits, + - . before the first ':' that comes before any '/'.
    for (const char c : value) {
        if (c == ':')
            return false;
        if (c == '/' || c == '?' || c == '#')
            return true;
    }
    return true;
}

} // namespace

QByteArray resolve(const QByteArray& html, const Resolver& resolver)
{
    QByteArray result;
    qsizetype last = 0;
    for (qsizetype at = 0; (at = html.indexOf("=\"", at)) >= 0;) {
        const bool href = at >= 5 && html.sliced(at - 5, 5) == " href";
        const bool src = at >= 4 && html.sliced(at - 4, 4) == " src";
        const qsizetype start = at + 2;
        const qsizetype end = html.indexOf('"', start);
        if (end < 0)
            break;
        at = end + 1;
        const QByteArrayView value = QByteArrayView(html).sliced(start, end - start);
        if (!(href || src) || !isRelative(value))
            continue;
        QString path = HtmlText::unescaped(value.toByteArray());
        path = path.left(path.indexOf(u'#')); // a fragment points into the file, not at it
        const QString absolute = resolver(QUrl::fromPercentEncoding(path.toUtf8()));
        if (absolute.isEmpty())
            continue;
        result += html.mid(last, start - last);
        result += HtmlText::escaped(absolute).toUtf8();
        last = end;
    }
    if (last == 0)
        return html;
    result += html.mid(last);
    return result;
}

} // namespace folio::RelativeUrls
