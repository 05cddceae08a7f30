#include "markdown/WikiLinks.h"

#include "core/FolioUrl.h"
#include "markdown/HeadingIds.h"
#include "markdown/HtmlText.h"

#include <QRegularExpression>

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

// Whether CommonMark reads these brackets as something else (see the header).
bool meansSomethingElse(const QByteArray& html, qsizetype open, qsizetype end)
{
    const char before = open > 0 ? html.at(open - 1) : '\0';
    const char after = end < html.size() ? html.at(end) : '\0';
    if (before == '!' || (before == '[' && after == ']'))
        return true;
    return after == ':' && open >= 3 && html.mid(open - 3, 3) == "<p>";
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
        const qsizetype close = targetEnd < 0 ? -1 : html.indexOf(kClose, targetEnd);
        if (close < 0)
            break;
        const QByteArray target = html.mid(targetStart, targetEnd - targetStart);
        const QByteArray label = html.mid(targetEnd + 2, close - targetEnd - 2);
        const qsizetype end = close + kClose.size();
        result += html.mid(last, open - last);
        if (meansSomethingElse(html, open, end))
            result += "[[" + target + (label == target ? QByteArray() : '|' + label) + "]]";
        else
            result += anchorFor(HtmlText::unescaped(target), pageExists) + label + "</a>";
        last = end;
    }
    result += html.mid(last);
    return result;
}

bool shadowReferenceDefinitions(const QByteArray& markdown)
{
    if (!markdown.contains("]:") || !markdown.contains("[["))
        return false;
    static const QRegularExpression definition(
        QStringLiteral("^ {0,3}\\[((?:[^\\[\\]\\\\]|\\\\.){1,999})\\]:"),
        QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(markdown);
    for (const QRegularExpressionMatch& match : definition.globalMatch(text)) {
        const QString label = match.captured(1);
        if (text.contains(QLatin1String("[[") + label + QLatin1String("]]"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace folio::WikiLinks
