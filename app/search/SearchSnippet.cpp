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
    // [label](address) and ![alt](image) read as their label; the address is noise.
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\[\\]]*)\\]\\([^()\\s]*\\)"));
    QString text = snippet;
    text.replace(link, QStringLiteral("\\1"));
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
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            result += QChar(char16_t(c.unicode() == 0x7F ? 0x2421 : 0x2400 + c.unicode()));
        else if (c.unicode() >= 0x80 && c.unicode() < 0xA0)
            result += QChar(char16_t(0xFFFD));
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

struct Word
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
    bool match = false;
};

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Calls `visit(start, end)` for each word of `text` in order, until it returns false.
template <typename Visit> void forEachWord(QStringView text, Visit visit)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        if (!isWordCharacter(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size && isWordCharacter(text.at(i)))
            ++i;
        if (!visit(start, i))
            return;
    }
}

// Folding is the costly part of a snippet; most words are plain ASCII and need only lower case.
QString foldedWord(QStringView word)
{
    for (QChar c : word) {
        if (c.unicode() >= 0x80)
            return SearchQuery::folded(word.toString());
    }
    return word.toString().toLower();
}

// The query word without a common English ending: a rough stand-in for the index's Porter
// stemming, so "compiling" marks "compile" and "changes" marks "changing" (not "channel").
QString stemOf(const QString& folded)
{
    for (const char* ending : {"ations", "ation", "ings", "ing", "ies", "ed", "es", "ly", "s"}) {
        const QLatin1String suffix(ending);
        if (folded.endsWith(suffix) && folded.size() - suffix.size() >= 3)
            return folded.chopped(suffix.size());
    }
    return folded;
}

// A word of the text matches a query word when it starts with it ("run" marks "running"),
// or with the query word's stem.
bool matches(QStringView word, const QStringList& wanted)
{
    const QString folded = foldedWord(word);
    return std::any_of(wanted.cbegin(), wanted.cend(), [&folded](const QString& w) {
        return folded.startsWith(w) || folded.startsWith(stemOf(w));
    });
}

} // namespace

QString around(const QString& text, const QStringList& words, int length)
{
    QStringList wanted;
    // A phrase is several words; each is looked for on its own.
    for (const QString& word : words) {
        forEachWord(word, [&](qsizetype start, qsizetype end) {
            wanted << SearchQuery::folded(word.mid(start, end - start));
            return true;
        });
    }
    wanted.removeAll(QString());
    // Only as many words are read as the snippet needs: up to the first match, then `length`.
    QList<Word> found;
    qsizetype first = -1;
    forEachWord(text, [&](qsizetype start, qsizetype end) {
        const bool match = matches(QStringView(text).sliced(start, end - start), wanted);
        found.append({start, end, match});
        if (first < 0 && match)
            first = found.size() - 1;
        return first < 0 || found.size() <= qMax<qsizetype>(0, first - length / 3) + length;
    });
    const qsizetype size = text.size();
    if (found.isEmpty())
        return {};
    const qsizetype from = first < 0 ? 0 : qMax<qsizetype>(0, first - length / 3);
    const qsizetype to = qMin(found.size(), from + length); // exclusive
    QString result = from > 0 ? QStringLiteral("…") : QString();
    for (qsizetype w = from; w < to; ++w) {
        const Word& word = found.at(w);
        if (w > from)
            result += text.mid(found.at(w - 1).end, word.start - found.at(w - 1).end);
        const QString shown = text.mid(word.start, word.end - word.start);
        result += word.match ? kMatchStart + shown + kMatchEnd : shown;
    }
    const bool more = to < found.size() || found.at(to - 1).end < size;
    if (more) {
        // Keep the punctuation that closes the last word ("eleven." reads better than "eleven…").
        qsizetype tail = found.at(to - 1).end;
        while (tail < size && !text.at(tail).isSpace() && !isWordCharacter(text.at(tail)))
            result += text.at(tail++);
        if (to < found.size())
            result += QStringLiteral("…");
    }
    return result;
}

QString firstWordStartingWith(const QString& text, const QString& foldedPrefix)
{
    QString found;
    forEachWord(text, [&](qsizetype start, qsizetype end) {
        const QStringView word = QStringView(text).sliced(start, end - start);
        if (foldedWord(word).startsWith(foldedPrefix))
            found = word.toString();
        return found.isEmpty();
    });
    return found;
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
