#include "editor/MarkdownHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace folio {
namespace {

enum BlockState { Normal = 0, InFence = 1 };

const QRegularExpression& fence()
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}(```|~~~)"));
    return pattern;
}

QColor mix(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
    definePalette(QGuiApplication::palette());
    defineRules();
}

void MarkdownHighlighter::setPalette(const QPalette& palette)
{
    definePalette(palette);
    rehighlight();
}

void MarkdownHighlighter::definePalette(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor link = palette.color(QPalette::Link);
    const QColor muted = mix(text, base, 0.45);

    // Only what a role changes is set, so merged formats keep the rest (a bold word in a
    // heading keeps the heading's colour).
    const auto define = [this](Role role, const QColor& foreground, bool bold, bool italic,
                               bool underline = false) -> QTextCharFormat& {
        QTextCharFormat format;
        if (foreground.isValid())
            format.setForeground(foreground);
        if (bold)
            format.setFontWeight(QFont::Bold);
        if (italic)
            format.setFontItalic(true);
        if (underline)
            format.setFontUnderline(true);
        return *m_formats.insert(int(role), format);
    };
    define(Role::Heading, mix(text, link, 0.5), true, false);
    define(Role::Emphasis, {}, false, true);
    define(Role::Strong, {}, true, false);
    define(Role::Code, mix(text, QColor(0xb3, 0x3a, 0x3a), 0.6), false, false)
        .setBackground(mix(base, text, 0.06));
    define(Role::Link, link, false, false);
    define(Role::WikiLink, link, false, false, true);
    define(Role::ListMarker, mix(text, link, 0.7), true, false);
    define(Role::Quote, muted, false, true);
}

void MarkdownHighlighter::defineRules()
{

    const auto rule = [this](const char* pattern, Role role) {
        m_rules.append({QRegularExpression(QString::fromLatin1(pattern)), role});
    };
    // Later rules paint over earlier ones: code spans and links win over emphasis inside them.
    rule(R"((?<![\w*])\*(?!\s)[^*\n]+(?<!\s)\*(?![\w*])|(?<!\w)_(?!\s)[^_\n]+(?<!\s)_(?!\w))",
         Role::Emphasis);
    rule(R"(\*\*(?!\s)[^*\n]+(?<!\s)\*\*|__(?!\s)[^_\n]+(?<!\s)__)", Role::Strong);
    rule(R"(!?\[[^\]\n]*\]\([^)\n]*\)|<https?://[^>\s]+>|(?<![(<\w])https?://[^\s<>)\]]+)",
         Role::Link);
    rule(R"(\[\[[^\]\n]+\]\])", Role::WikiLink);
    rule(R"((`+)[^`\n]+?\1)", Role::Code);
}

void MarkdownHighlighter::highlightBlock(const QString& text)
{
    const bool wasInFence = previousBlockState() == InFence;
    const bool isFence = fence().match(text).hasMatch();
    if (wasInFence || isFence) {
        setFormat(0, int(text.size()), m_formats.value(int(Role::Code)));
        setCurrentBlockState(wasInFence != isFence ? InFence : Normal);
        return;
    }
    setCurrentBlockState(Normal);

    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(?:[ \\t].*)?$"));
    if (heading.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_formats.value(int(Role::Heading)));
        applyInlineRules(text);
        return;
    }
    static const QRegularExpression quote(QStringLiteral("^ {0,3}>"));
    if (quote.match(text).hasMatch())
        setFormat(0, int(text.size()), m_formats.value(int(Role::Quote)));
    static const QRegularExpression marker(
        QStringLiteral("^[ \\t]*(?:[-*+]|\\d{1,9}[.)])(?=[ \\t])(?:[ \\t]+\\[[ xX]\\])?"));
    if (const auto match = marker.match(text); match.hasMatch())
        setFormat(0, int(match.capturedEnd()), m_formats.value(int(Role::ListMarker)));
    applyInlineRules(text);
}

void MarkdownHighlighter::applyInlineRules(const QString& text)
{
    for (const Rule& rule : m_rules) {
        auto matches = rule.pattern.globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            // Merged, so a bold word in a heading stays a heading's colour and size.
            const int end = int(match.capturedEnd());
            for (int start = int(match.capturedStart()); start < end;) {
                const QTextCharFormat before = format(start);
                int runEnd = start + 1;
                while (runEnd < end && format(runEnd) == before)
                    ++runEnd;
                QTextCharFormat merged = before;
                merged.merge(m_formats.value(int(rule.role)));
                setFormat(start, runEnd - start, merged);
                start = runEnd;
            }
        }
    }
}

} // namespace folio
