#include "markdown/HeadingIds.h"

#include "markdown/HtmlText.h"

#include <QHash>
#include <QSet>

namespace folio::HeadingIds {

QString slug(const QString& text)
{
    QString result;
    bool pendingDash = false;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c.isMark()) {
            if (pendingDash && !result.isEmpty())
                result += u'-';
            pendingDash = false;
            result += c;
        } else {
            pendingDash = true;
        }
    }
    return result;
}

QByteArray add(const QByteArray& html)
{
    QByteArray result;
    result.reserve(html.size() + 256);
    QSet<QString> used;
    QHash<QString, int> nextNumber;
    qsizetype last = 0;
    for (qsizetype open = html.indexOf("<h"); open >= 0; open = html.indexOf("<h", open + 2)) {
        // md4c writes headings as exactly <hN>; anything else ("<hr>", "<head") is not one.
        if (open + 3 >= html.size() || html.at(open + 2) < '1' || html.at(open + 2) > '6' ||
            html.at(open + 3) != '>')
            continue;
        const QByteArray closeTag = "</h" + html.mid(open + 2, 1) + '>';
        const qsizetype close = html.indexOf(closeTag, open + 4);
        if (close < 0)
            break;
        QString id = slug(HtmlText::plainText(html.mid(open + 4, close - open - 4)));
        if (id.isEmpty())
            id = QStringLiteral("section");
        // "Same", "Same", "Same 1" must not give "same-1" twice: a numbered id is checked
        // against every id used so far, and so is a heading's own.
        if (used.contains(id)) {
            // Numbering goes on where it left off for this slug: a page of ten thousand
            // "## Step" headings costs ten thousand probes, not fifty million.
            int& number = nextNumber[id];
            number = qMax(number, 1);
            while (used.contains(id + u'-' + QString::number(number)))
                ++number;
            id += u'-' + QString::number(number++);
        }
        used.insert(id);
        result += html.mid(last, open + 3 - last);
        result += " id=\"" + HtmlText::escaped(id).toUtf8() + '"';
        last = open + 3;
    }
    result += html.mid(last);
    return result;
}

} // namespace folio::HeadingIds
