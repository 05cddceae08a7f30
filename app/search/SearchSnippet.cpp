#include "search/SearchSnippet.h"

#include "search/SearchQuery.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace folio::SearchSnippet {
namespace {

// Snippets come from the Markdown source; the syntax around words is noise in a result list.
QString withoutMarkdown(const QString& snippet)
{
    static const QRegularExpression syntax(
        QStringLiteral("\\[\\[|\\]\\]|```+|\\*\\*|__|~~|(?:^|\\s)#{1,6}(?=\\s)|"
                       "\\|\\s*-{3,}\\s*(?=\\|)|\\|"));
    QString text = snippet;
    text.replace(syntax, QStringLiteral(" "));
    return text;
}

QString replaced(const QString& raw, bool escape, const QString& open, const QString& close)
{
    const QString snippet = withoutMarkdown(raw);
    QString result;
    result.reserve(snippet.size() + 32);
    for (QChar c : snippet) {
        if (c == kMatchStart)
            result += open;
        else if (c == kMatchEnd)
            result += close;
        else if (c == u'\n' || c == u'\r' || c == u'\t')
            result += u' ';
        else if (escape && c == u'<')
            result += QLatin1String("&lt;");
        else if (escape && c == u'>')
            result += QLatin1String("&gt;");
        else if (escape && c == u'&')
            result += QLatin1String("&amp;");
        else if (escape && c == u'"')
            result += QLatin1String("&quot;");
        else
            result += c;
    }
    return result.simplified();
}

} // namespace

QString around(const QString& text, const QStringList& words, int length)
{
    QStringList wanted;
    for (const QString& word : words) {
        const QString clean = SearchQuery::folded(word);
        if (!clean.isEmpty())
            wanted << clean;
    }
    // Long pages: the first few thousand words are plenty to find a match to show.
    const QStringList tokens =
        text.left(40000).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const auto matches = [&wanted](const QString& token) {
        const QString clean = SearchQuery::folded(token);
        return std::any_of(wanted.cbegin(), wanted.cend(),
                           [&clean](const QString& w) { return clean.startsWith(w); });
    };
    qsizetype first = 0;
    while (first < tokens.size() && !matches(tokens.at(first)))
        ++first;
    if (first == tokens.size())
        first = 0;
    const qsizetype start = qMax<qsizetype>(0, first - length / 3);
    const qsizetype end = qMin(tokens.size(), start + length);
    QStringList shown;
    for (qsizetype i = start; i < end; ++i)
        shown << (matches(tokens.at(i)) ? kMatchStart + tokens.at(i) + kMatchEnd : tokens.at(i));
    return (start > 0 ? QStringLiteral("…") : QString()) + shown.join(u' ') +
           (end < tokens.size() ? QStringLiteral("…") : QString());
}

QString toHtml(const QString& snippet)
{
    return replaced(snippet, true, QStringLiteral("<mark>"), QStringLiteral("</mark>"));
}

QString toTerminal(const QString& snippet, bool ansi)
{
    return ansi ? replaced(snippet, false, QStringLiteral("\x1b[1m"), QStringLiteral("\x1b[0m"))
                : replaced(snippet, false, QStringLiteral("["), QStringLiteral("]"));
}

QString toPlainText(const QString& snippet)
{
    return replaced(snippet, false, QString(), QString());
}

} // namespace folio::SearchSnippet
