#include "markdown/WikiLinkSources.h"

#include "markdown/MarkdownRenderer.h"
#include "markdown/SpanScan.h"
#include "markdown/WikiLinks.h"

namespace folio {
namespace {

struct Collector
{
    const QByteArray* text = nullptr;
    QList<WikiLinkSources::Target> targets;
};

// The cases WikiLinks::toAnchors leaves as literal brackets: "![[x]]", "[[[x]]]", and
// "[[x]]:" opening a line.
bool meansSomethingElse(const QByteArray& text, qsizetype open, qsizetype close)
{
    const char before = open > 0 ? text.at(open - 1) : '\n';
    const char after = close < text.size() ? text.at(close) : '\0';
    if (before == '!' || (before == '[' && after == ']'))
        return true;
    if (after != ':')
        return false;
    // Opening a paragraph: first on its line, after a blank line or the start.
    const auto blankBefore = [&text](qsizetype i) {
        while (i >= 0 && (text.at(i) == ' ' || text.at(i) == '\t' || text.at(i) == '\r'))
            --i;
        return i;
    };
    qsizetype i = blankBefore(open - 1);
    if (i >= 0 && text.at(i) != '\n')
        return false;
    i = blankBefore(i - 1);
    return i < 0 || text.at(i) == '\n';
}

int onEnterSpan(MD_SPANTYPE type, void* detail, void* data)
{
    if (type != MD_SPAN_WIKILINK)
        return 0;
    auto* collector = static_cast<Collector*>(data);
    const QByteArray& text = *collector->text;
    const auto* wikilink = static_cast<const MD_SPAN_WIKILINK_DETAIL*>(detail);
    const MD_CHAR* start = wikilink->target.text;
    // md4c points into the text unless it had to unescape the target, which a wiki link
    // target never needs; anything else is left alone rather than guessed at.
    if (start < text.constData() || start + wikilink->target.size > text.constData() + text.size())
        return 0;
    const qsizetype offset = start - text.constData();
    const qsizetype size = qsizetype(wikilink->target.size);
    if (offset < 2 || text.mid(offset - 2, 2) != "[[")
        return 0;
    const qsizetype close = text.indexOf("]]", offset + size);
    if (close < 0 || meansSomethingElse(text, offset - 2, close + 2))
        return 0;
    const QString target = QString::fromUtf8(start, size);
    const qsizetype hash = target.indexOf(u'#');
    collector->targets.append({offset, size, hash < 0 ? target : target.left(hash),
                               hash < 0 ? QString() : target.mid(hash + 1)});
    return 0;
}

} // namespace

QList<WikiLinkSources::Target> WikiLinkSources::targets(const QByteArray& utf8Markdown)
{
    if (!utf8Markdown.contains("[[") || WikiLinks::shadowReferenceDefinitions(utf8Markdown))
        return {};
    Collector collector;
    collector.text = &utf8Markdown;
    scanSpans(utf8Markdown, MarkdownRenderer().parserFlags(), onEnterSpan, &collector);
    return collector.targets;
}

QString WikiLinkSources::retargeted(const QString& markdown, const QString& from, const QString& to,
                                    int* count)
{
    if (count)
        *count = 0;
    const QString fromKey = from.simplified().toCaseFolded();
    QByteArray text = markdown.toUtf8();
    const QList<Target> found = targets(text);
    int changed = 0;
    // From the end, so earlier offsets stay right.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        if (it->title.simplified().toCaseFolded() != fromKey)
            continue;
        const QString target = it->section.isNull() ? to : to + u'#' + it->section;
        text.replace(it->offset, it->size, target.toUtf8());
        ++changed;
    }
    if (count)
        *count = changed;
    return changed ? QString::fromUtf8(text) : markdown;
}

} // namespace folio
