#include "markdown/WikiLinks.h"

#include "core/FolioUrl.h"
#include "markdown/HeadingIds.h"
#include "markdown/HtmlText.h"

namespace folio::WikiLinks {
namespace {

const QByteArray kOpen = QByteArrayLiteral("<x-wikilink data-target=\"");
const QByteArray kClose = QByteArrayLiteral("</x-wikilink>");

QByteArray anchorFor(const QString& target, const std::function<bool(const QString&)>& pageExists)
{
    const qsizetype hash = target.indexOf(u'#');
    const QString title = (hash < 0 ? target : target.left(hash)).simplified();
    const QString anchor = hash < 0 ? QString() : HeadingIds::slug(target.mid(hash + 1));
    const bool missing = pageExists && !title.isEmpty() && !pageExists(title);
    const QString url = FolioUrl::page(title, anchor).toString(QUrl::FullyEncoded);
    QString tag = QLatin1String("<a class=\"wikilink") +
                  (missing ? QLatin1String(" missing") : QLatin1String("")) +
                  QLatin1String("\" href=\"") + HtmlText::escaped(url) + u'"';
    if (missing)
        tag +=
            QLatin1String(" title=\"") + HtmlText::escaped(title) + QLatin1String(" (new page)\"");
    return (tag + u'>').toUtf8();
}

} // namespace

QByteArray toAnchors(const QByteArray& html, const std::function<bool(const QString&)>& pageExists)
{
    if (!html.contains(kOpen))
        return html;
    QByteArray result;
    result.reserve(html.size() + 256);
    qsizetype last = 0;
    for (qsizetype open = html.indexOf(kOpen); open >= 0; open = html.indexOf(kOpen, last)) {
        const qsizetype targetStart = open + kOpen.size();
        const qsizetype targetEnd = html.indexOf("\">", targetStart);
        if (targetEnd < 0)
            break;
        result += html.mid(last, open - last);
        result += anchorFor(HtmlText::unescaped(html.mid(targetStart, targetEnd - targetStart)),
                            pageExists);
        last = targetEnd + 2;
    }
    result += html.mid(last);
    result.replace(kClose, QByteArrayLiteral("</a>"));
    return result;
}

} // namespace folio::WikiLinks
