#include "markdown/WikiLinks.h"

#include "core/FolioUrl.h"
#include "markdown/HeadingIds.h"
#include "markdown/HtmlText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace folio::WikiLinks {
namespace {

const QByteArray kOpen = QByteArrayLiteral("<x-wikilink data-target=\"");
const QByteArray kClose = QByteArrayLiteral("</x-wikilink>");

QByteArray anchorFor(const QString& target, const std::function<bool(const QString&)>& pageExists)
{
    const qsizetype hash = target.indexOf(u'#');
    const QString title = (hash < 0 ? target : target.left(hash)).simplified();
    const QString anchor = hash < 0 ? QString() : HeadingIds::slug(target.mid(hash + 1));
    const bool missing = !title.isEmpty() && !pageExists(title);
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
    // A page may link to the same title thousands of times: each is looked up once.
    QHash<QString, bool> known;
    const auto exists = [&](const QString& title) {
        if (!pageExists)
            return true;
        const QString key = title.toCaseFolded();
        const auto found = known.constFind(key);
        if (found != known.constEnd())
            return found.value();
        return known[key] = pageExists(title);
    };
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
            result += anchorFor(HtmlText::unescaped(target), exists) + label + "</a>";
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
    // Every [[target]] once, then each definition looked up: linear, however many of each.
    QSet<QString> targets;
    for (qsizetype open = text.indexOf(QLatin1String("[[")); open >= 0;
         open = text.indexOf(QLatin1String("[["), open + 2)) {
        const qsizetype close = text.indexOf(QLatin1String("]]"), open + 2);
        if (close < 0)
            break;
        targets.insert(text.mid(open + 2, close - open - 2).toCaseFolded());
    }
    for (const QRegularExpressionMatch& match : definition.globalMatch(text)) {
        if (targets.contains(match.captured(1).toCaseFolded()))
            return true;
    }
    return false;
}

} // namespace folio::WikiLinks
