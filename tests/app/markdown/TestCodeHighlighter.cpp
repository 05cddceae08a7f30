#include "markdown/CodeHighlighter.h"
#include "markdown/MarkdownRenderer.h"

#include <QTest>
#include <QtConcurrent>

using namespace folio;
using namespace Qt::StringLiterals;

// Code blocks coloured by Prism in the core: spans with classes, the text escaped, no script.
class TestCodeHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coloursAFencedBlockInAKnownLanguage();
    void fencesNameLanguagesAsWritersDo();
    void commentsAndStringsAreFound();
    void unknownLanguagesAndPlainBlocksStayAsTheyWere();
    void hostileCodeStaysText();
    void hugeBlocksStayPlain();
    void everyThreadHasItsOwnEngine();
    void aBlockThatRunsTooLongIsStoppedAndShownPlain();
};

void TestCodeHighlighter::coloursAFencedBlockInAKnownLanguage()
{
    const QString html = MarkdownRenderer().toHtml(u"```cpp\nint main() { return 0; }\n```\n"_s);
    QVERIFY2(html.startsWith(u"<pre><code class=\"language-cpp\"><span class=\"token keyword\">"
                             "int</span> <span class=\"token function\">main</span>"_s),
             qPrintable(html));
    QVERIFY(html.endsWith(u"</code></pre>\n"_s));
    // The text reads the same, colour or not.
    QCOMPARE(QString(html).remove(QRegularExpression(u"<[^>]+>"_s)),
             u"int main() { return 0; }\n\n"_s);
}

void TestCodeHighlighter::fencesNameLanguagesAsWritersDo()
{
    QCOMPARE(CodeHighlighter::languageId(u"C++"_s), u"cpp"_s);
    QCOMPARE(CodeHighlighter::languageId(u"sh"_s), u"bash"_s);
    QCOMPARE(CodeHighlighter::languageId(u"yml"_s), u"yaml"_s);
    QCOMPARE(CodeHighlighter::languageId(u"html"_s), u"markup"_s);
    QCOMPARE(CodeHighlighter::languageId(u"py"_s), u"python"_s);
    QCOMPARE(CodeHighlighter::languageId(u"Dockerfile"_s), u"docker"_s);
    QVERIFY(!CodeHighlighter::languageId(u"klingon"_s));
    // A language that needs others first (TypeScript → JavaScript → C-like) loads them.
    const std::optional<QString> ts = CodeHighlighter::highlight(u"let x: number = 1;"_s, u"ts"_s);
    QVERIFY(ts);
    QVERIFY2(ts->contains(u"<span class=\"token builtin\">number</span>"_s), qPrintable(*ts));
}

void TestCodeHighlighter::commentsAndStringsAreFound()
{
    // Prism's greedy patterns ("//" comments) need the QJSEngine mend to match at all.
    const std::optional<QString> cpp =
        CodeHighlighter::highlight(u"x = \"a // b\"; // real comment"_s, u"cpp"_s);
    QVERIFY(cpp);
    QVERIFY2(cpp->contains(u"<span class=\"token string\">\"a // b\"</span>"_s), qPrintable(*cpp));
    QVERIFY2(cpp->contains(u"<span class=\"token comment\">// real comment</span>"_s),
             qPrintable(*cpp));
    const std::optional<QString> python =
        CodeHighlighter::highlight(u"def f():\n    return 'x'  # why"_s, u"python"_s);
    QVERIFY(python);
    QVERIFY(python->contains(u"<span class=\"token comment\"># why</span>"_s));
    QVERIFY(python->contains(u"<span class=\"token keyword\">def</span>"_s));
}

void TestCodeHighlighter::unknownLanguagesAndPlainBlocksStayAsTheyWere()
{
    for (const QString& markdown :
         {u"```klingon\nQapla' < 1\n```\n"_s, u"```\nno language\n```\n"_s,
          u"    indented code\n"_s, u"`inline` code\n"_s}) {
        MarkdownRenderer::Options plain;
        plain.highlightCode = false;
        QCOMPARE(MarkdownRenderer().toHtml(markdown), MarkdownRenderer(plain).toHtml(markdown));
    }
}

void TestCodeHighlighter::hostileCodeStaysText()
{
    const QString markdown =
        u"```html\n</code></pre><script>alert(1)</script><img src=x onerror=alert(2)>\n```\n"
        "```js\"><script>alert(3)</script>\nvar a = '</span>';\n```\n"_s;
    const QString html = MarkdownRenderer().toHtml(markdown);
    QVERIFY2(!html.contains(u"<script"_s), qPrintable(html));
    QVERIFY2(!html.contains(u"<img"_s), qPrintable(html));
    QVERIFY(html.contains(u"&lt;script"_s));
    QCOMPARE(html.count(u"<pre>"_s), 2);
    QCOMPARE(html.count(u"</pre>"_s), 2);
    // Every element Prism adds is a span with token classes.
    const QRegularExpression tag(u"<(\\w+)"_s);
    for (auto match = tag.globalMatch(html); match.hasNext();) {
        const QString name = match.next().captured(1);
        QVERIFY2(name == u"span"_s || name == u"pre"_s || name == u"code"_s, qPrintable(name));
    }
}

void TestCodeHighlighter::hugeBlocksStayPlain()
{
    const QString line = u"int x = 1; // a line of code\n"_s;
    const QString huge = line.repeated(int(CodeHighlighter::kMaxBlockChars / line.size()) + 1);
    QVERIFY(!CodeHighlighter::highlight(huge, u"cpp"_s));
    const QString html = MarkdownRenderer().toHtml(u"```cpp\n"_s + huge + u"```\n"_s);
    QVERIFY(!html.contains(u"token"_s));
    // Past the page's budget the rest stays plain too; what came before is coloured.
    const QString block = u"```cpp\n"_s + line.repeated(400) + u"```\n\n"_s;
    const QString many = MarkdownRenderer().toHtml(block.repeated(12));
    const QStringList blocks = many.split(u"<pre>"_s, Qt::SkipEmptyParts);
    QCOMPARE(blocks.size(), 12);
    QVERIFY(blocks.first().contains(u"token"_s));
    QVERIFY(!blocks.last().contains(u"token"_s));
}

void TestCodeHighlighter::everyThreadHasItsOwnEngine()
{
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    QList<QFuture<std::optional<QString>>> runs;
    for (int i = 0; i < 8; ++i)
        runs << QtConcurrent::run(
            &pool, [i] { return CodeHighlighter::highlight(u"let n = %1;"_s.arg(i), u"rust"_s); });
    for (int i = 0; i < 8; ++i) {
        const std::optional<QString> html = runs[i].result();
        QVERIFY(html);
        QVERIFY(html->contains(u"<span class=\"token keyword\">let</span>"_s));
        QVERIFY(html->contains(QString::number(i)));
    }
    pool.waitForDone();
}

void TestCodeHighlighter::aBlockThatRunsTooLongIsStoppedAndShownPlain()
{
    // A large block takes Prism tens of milliseconds; with a 1 ms limit it is stopped.
    const QString line = u"for (int i = 0; i < n; ++i) total += values[i]; // stop\n"_s;
    const QString slow = line.repeated(int(CodeHighlighter::kMaxBlockChars / line.size()));
    CodeHighlighter::setTimeLimitForTesting(1);
    const std::optional<QString> stopped = CodeHighlighter::highlight(slow, u"cpp"_s);
    CodeHighlighter::setTimeLimitForTesting(0);
    QVERIFY(!stopped);
    // Remembered as plain, not tried again on every open of the page.
    QVERIFY(!CodeHighlighter::highlight(slow, u"cpp"_s));
    // The engine goes on working for the next block.
    const std::optional<QString> next = CodeHighlighter::highlight(u"int after = 1;"_s, u"cpp"_s);
    QVERIFY(next);
    QVERIFY(next->contains(u"<span class=\"token keyword\">int</span>"_s));
}

QTEST_GUILESS_MAIN(TestCodeHighlighter)
#include "TestCodeHighlighter.moc"
