#include "links/formats/TextLinks.h"

#include <QHash>
#include <QRegularExpression>

namespace folio::TextLinks {

namespace {

bool isTrailingPunctuation(QChar c)
{
    return c == u'.' || c == u',' || c == u':' || c == u';' || c == u'"' || c == u'\'' ||
           c == u'!' || c == u'?' || c == u'*' || c == u'_' || c == u'~';
}

// Trims what ends a sentence rather than the URL; keeps ')' and ']' that close one opened
// inside the URL.
qsizetype urlEnd(QStringView text, qsizetype start, qsizetype end)
{
    while (end > start) {
        const QChar last = text.at(end - 1);
        if (isTrailingPunctuation(last)) {
            --end;
            continue;
        }
        if (last == u')' || last == u']') {
            const QChar open = last == u')' ? u'(' : u'[';
            const QStringView url = text.mid(start, end - start);
            if (url.count(open) < url.count(last)) {
                --end;
                continue;
            }
        }
        break;
    }
    return end;
}

// Ranges of `code` spans and ``` blocks.
QList<std::pair<qsizetype, qsizetype>> codeRanges(const QString& text)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) != u'`') {
            ++i;
            continue;
        }
        qsizetype ticks = 0;
        while (i + ticks < text.size() && text.at(i + ticks) == u'`')
            ++ticks;
        const QString fence(ticks, u'`');
        const qsizetype close = text.indexOf(fence, i + ticks);
        if (close < 0) {
            i += ticks;
            continue;
        }
        ranges.append({i, close + ticks});
        i = close + ticks;
    }
    return ranges;
}

bool inRanges(const QList<std::pair<qsizetype, qsizetype>>& ranges, qsizetype at)
{
    for (const auto& [start, end] : ranges)
        if (at >= start && at < end)
            return true;
    return false;
}

bool overlaps(const QList<Span>& spans, qsizetype start, qsizetype end)
{
    for (const Span& span : spans)
        if (start < span.end && end > span.start)
            return true;
    return false;
}

} // namespace

QList<Span> bareUrls(QStringView text)
{
    // '|' ends a URL too: Slack-style <url|label> reaches other platforms through bridges.
    static const QRegularExpression url(QStringLiteral("\\b(?:https?|ftp)://[^\\s<>\"`|]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<Span> spans;
    for (const QRegularExpressionMatch& match : url.globalMatch(text)) {
        const qsizetype start = match.capturedStart();
        const qsizetype end = urlEnd(text, start, match.capturedEnd());
        if (end - start > 8)
            spans.append({start, end, text.mid(start, end - start).toString(), {}, false});
    }
    return spans;
}

QList<Span> markdownLinks(const QString& text)
{
    static const QRegularExpression inlineLink(
        QStringLiteral("\\[([^\\[\\]\\n]{0,1000})\\]\\(\\s*<?((?:https?|ftp|mailto):[^\\s)>]*"
                       "(?:\\([^\\s)]*\\)[^\\s)>]*)*)>?(?:\\s+\"[^\"]*\")?\\s*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression autolink(QStringLiteral("<((?:https?|ftp|mailto):[^\\s<>]+)>"),
                                             QRegularExpression::CaseInsensitiveOption);
    const auto code = codeRanges(text);
    QList<Span> spans;
    for (const QRegularExpressionMatch& match : inlineLink.globalMatch(text))
        spans.append({match.capturedStart(), match.capturedEnd(), match.captured(2),
                      match.captured(1).trimmed(), inRanges(code, match.capturedStart())});
    for (const QRegularExpressionMatch& match : autolink.globalMatch(text))
        if (!overlaps(spans, match.capturedStart(), match.capturedEnd()))
            spans.append({match.capturedStart(),
                          match.capturedEnd(),
                          match.captured(1),
                          {},
                          inRanges(code, match.capturedStart())});
    for (Span span : bareUrls(text)) {
        if (overlaps(spans, span.start, span.end))
            continue;
        span.inCode = inRanges(code, span.start);
        spans.append(span);
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    return spans;
}

void addMarkdownLinks(ChatMessage& message, const QString& text, LinkOrigin origin)
{
    for (const Span& span : markdownLinks(text))
        message.addLink(span.url, span.label, origin, span.inCode);
}

QString decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    static const QHash<QString, QString> named{{QStringLiteral("amp"), QStringLiteral("&")},
                                               {QStringLiteral("lt"), QStringLiteral("<")},
                                               {QStringLiteral("gt"), QStringLiteral(">")},
                                               {QStringLiteral("quot"), QStringLiteral("\"")},
                                               {QStringLiteral("apos"), QStringLiteral("'")},
                                               {QStringLiteral("nbsp"), QStringLiteral("\u00a0")},
                                               {QStringLiteral("ndash"), QStringLiteral("\u2013")},
                                               {QStringLiteral("mdash"), QStringLiteral("\u2014")},
                                               {QStringLiteral("hellip"), QStringLiteral("\u2026")},
                                               {QStringLiteral("copy"), QStringLiteral("\u00a9")},
                                               {QStringLiteral("reg"), QStringLiteral("\u00ae")},
                                               {QStringLiteral("euro"), QStringLiteral("\u20ac")},
                                               {QStringLiteral("laquo"), QStringLiteral("\u00ab")},
                                               {QStringLiteral("raquo"), QStringLiteral("\u00bb")},
                                               {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
                                               {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
                                               {QStringLiteral("rdquo"), QStringLiteral("\u201d")},
                                               {QStringLiteral("ldquo"), QStringLiteral("\u201c")}};
    static const QRegularExpression reference(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString result;
    qsizetype last = 0;
    for (const QRegularExpressionMatch& match : reference.globalMatch(text)) {
        const QString name = match.captured(1);
        QString replacement;
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint code = name.mid(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10);
            const char32_t point =
                (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code < 0xE000))
                    ? 0xFFFD
                    : char32_t(code);
            replacement = QString::fromUcs4(&point, 1);
        } else {
            const auto it = named.constFind(name);
            if (it == named.constEnd())
                continue;
            replacement = *it;
        }
        result += text.mid(last, match.capturedStart() - last);
        result += replacement;
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

Html fromHtml(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>"));
    static const QRegularExpression href(
        QStringLiteral("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
        QRegularExpression::CaseInsensitiveOption);
    Html result;
    qsizetype last = 0;
    QString openHref;
    qsizetype labelStart = -1;
    bool inCode = false;
    for (const QRegularExpressionMatch& match : tag.globalMatch(html)) {
        result.text += decodeEntities(QStringView(html).mid(last, match.capturedStart() - last));
        last = match.capturedEnd();
        const bool closing = !match.captured(1).isEmpty();
        const QString name = match.captured(2).toLower();
        if (name == QLatin1String("a")) {
            if (!closing) {
                const QRegularExpressionMatch h = href.match(match.captured(3));
                openHref =
                    h.hasMatch()
                        ? decodeEntities(QString(h.captured(1) + h.captured(2) + h.captured(3)))
                        : QString();
                labelStart = result.text.size();
            } else if (labelStart >= 0) {
                if (!openHref.isEmpty())
                    result.anchors.append({labelStart, result.text.size(), openHref.trimmed(),
                                           result.text.mid(labelStart).simplified(), inCode});
                openHref.clear();
                labelStart = -1;
            }
        } else if (name == QLatin1String("code") || name == QLatin1String("pre")) {
            inCode = !closing;
        } else if (name == QLatin1String("br") || name == QLatin1String("p") ||
                   name == QLatin1String("div") || name == QLatin1String("li") ||
                   name == QLatin1String("blockquote")) {
            if (!result.text.isEmpty() && !result.text.endsWith(u'\n'))
                result.text += u'\n';
        }
    }
    result.text += decodeEntities(QStringView(html).mid(last));
    result.text = result.text.trimmed();
    return result;
}

bool looksLikeHost(const QString& text)
{
    // The last label starts with a letter (a top-level domain), or four numbers (IPv4).
    static const QRegularExpression named(QStringLiteral(
        "^[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}[\\p{L}\\p{N}-]*\\.?(:[0-9]+)?([/?#]|$)"));
    static const QRegularExpression address(
        QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}(:[0-9]+)?([/?#]|$)"));
    return named.match(text).hasMatch() || address.match(text).hasMatch();
}

} // namespace folio::TextLinks
