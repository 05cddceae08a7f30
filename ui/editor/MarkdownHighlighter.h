#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace folio {

// Colours the Markdown source as it is typed: headings, emphasis, code (inline and fenced),
// links, [[wiki links]], list markers and quotes. Colours come from the palette, so they suit
// light and dark themes.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument* document);

    // What a part of the text is, for tests and accessibility.
    enum class Role { Heading, Emphasis, Strong, Code, Link, WikiLink, ListMarker, Quote };
    QTextCharFormat formatFor(Role role) const { return m_formats.value(int(role)); }
    // Colours from `palette` (the theme changed), the text coloured again.
    void setPalette(const QPalette& palette);

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        Role role;
    };
    void applyInlineRules(const QString& text);
    void definePalette(const QPalette& palette);
    void defineRules();

    QList<Rule> m_rules;
    QHash<int, QTextCharFormat> m_formats;
};

} // namespace folio
