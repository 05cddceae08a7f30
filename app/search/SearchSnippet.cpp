#include "search/SearchSnippet.h"

#include <QRegularExpression>

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
