#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace folio {

// Colours the code blocks of rendered pages with Prism (pinned from npm, built into the
// resources), run here in a JavaScript engine of the core's own: the page gets plain HTML
// spans and a style sheet, never a script. Each thread keeps its engine and loads a
// language the first time a block asks for it. Thread-safe (one engine per thread).
class CodeHighlighter
{
public:
    // Past these the text stays plain: highlighting costs time on every page open, and a
    // dump of thousands of lines is read by searching, not by colour.
    static constexpr qsizetype kMaxBlockChars = 16 * 1024;
    static constexpr qsizetype kMaxPageChars = 32 * 1024;
    // Page text is anyone's: a block made to send a grammar's regular expressions into
    // endless backtracking is stopped after this long and shown plain.
    static constexpr int kTimeLimitMs = 250;

    // `html` as md4c writes it, each fenced block that names a language Folio knows
    // (<pre><code class="language-cpp">) coloured; everything else as it was.
    static QByteArray apply(const QByteArray& html);
    // One block: its plain text as HTML with Prism's token spans, or nothing when the
    // language is unknown (or not built in), the block too large, or Prism failed.
    static std::optional<QString> highlight(const QString& code, const QString& language);
    // Prism's name for what a fence says ("C++", "sh", "yml" → cpp, bash, yaml), if built in.
    static std::optional<QString> languageId(const QString& fenceLanguage);
    // For tests: a shorter limit than kTimeLimitMs (0: back to it).
    static void setTimeLimitForTesting(int milliseconds);
};

} // namespace folio
