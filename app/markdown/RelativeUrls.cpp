#include "markdown/RelativeUrls.h"

#include "markdown/HtmlText.h"
#include "markdown/MarkdownRenderer.h"
#include "markdown/SpanScan.h"

#include <QUrl>

#include <algorithm>

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

QString decoded(QByteArrayView value)
{
    QString path = HtmlText::unescaped(value.toByteArray());
    // A query or a fragment points into the file, not at another one. (No regular
    // expression: one compiled per link made a page of 80,000 links take 0.6 s.)
    const auto end =
        std::find_if(path.cbegin(), path.cend(), [](QChar c) { return c == u'?' || c == u'#'; });
    path.truncate(end - path.cbegin());
    return QUrl::fromPercentEncoding(path.toUtf8());
}

int onEnterSpan(MD_SPANTYPE type, void* detail, void* data)
{
    if (type != MD_SPAN_IMG)
        return 0;
    const MD_ATTRIBUTE& src = static_cast<const MD_SPAN_IMG_DETAIL*>(detail)->src;
    const QByteArrayView value(src.text, qsizetype(src.size));
    auto* found = static_cast<QStringList*>(data);
    if (isRelative(value)) {
        const QString path = decoded(value);
        if (!path.isEmpty() && !found->contains(path))
            found->append(path);
    }
    return 0;
}

} // namespace

QStringList images(const QByteArray& utf8Markdown)
{
    QStringList found;
    if (!utf8Markdown.contains("!["))
        return found;
    scanSpans(utf8Markdown, MarkdownRenderer().parserFlags(), onEnterSpan, &found);
    return found;
}

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
        const QString absolute = resolver(decoded(value));
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
