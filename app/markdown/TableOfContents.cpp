#include "markdown/TableOfContents.h"

#include "markdown/HtmlText.h"

#include <QRegularExpression>

namespace folio::TableOfContents {

QList<Entry> entries(const QString& html)
{
    // As HeadingIds writes them: <h2 id="…">…</h2>, nothing else in the tag.
    static const QRegularExpression heading(QStringLiteral("<h([23]) id=\"([^\"]*)\">(.*?)</h\\1>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QList<Entry> result;
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString text = HtmlText::plainText(match.captured(3).toUtf8()).simplified();
        if (!text.isEmpty())
            result.append(
                {match.captured(1).toInt(), HtmlText::unescaped(match.captured(2).toUtf8()), text});
    }
    return result;
}

QString html(const QList<Entry>& entries, const QString& title, int minimum)
{
    if (entries.size() < minimum)
        return {};
    QString items;
    bool inSublist = false;
    bool underSection = false; // a level 2 came before: a level 3 nests under it
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry& entry = entries.at(i);
        const int level = entry.level == 3 && !underSection ? 2 : entry.level;
        underSection = underSection || entry.level == 2;
        const QString link = QLatin1String("<a href=\"#") + HtmlText::escaped(entry.id) +
                             QLatin1String("\">") + HtmlText::escaped(entry.text) +
                             QLatin1String("</a>");
        if (level == 3 && !inSublist) {
            items += QLatin1String("<ol>");
            inSublist = true;
        } else if (level == 2 && inSublist) {
            items += QLatin1String("</li></ol></li>");
            inSublist = false;
        } else if (i > 0) {
            items += QLatin1String("</li>");
        }
        items += QLatin1String("<li>") + link;
    }
    items += inSublist ? QLatin1String("</li></ol></li>") : QLatin1String("</li>");
    return QLatin1String("<nav class=\"toc\" aria-label=\"") + HtmlText::escaped(title) +
           QLatin1String("\"><details open><summary>") + HtmlText::escaped(title) +
           QLatin1String("</summary><ol>") + items + QLatin1String("</ol></details></nav>");
}

} // namespace folio::TableOfContents
