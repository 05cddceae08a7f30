#include "search/SearchSnippet.h"

#include <QTest>

using namespace folio;

class TestSearchSnippet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersMarksSafely();
    void cutsAroundFirstMatchInText();
    void marksWordsAsTheIndexMatchesThem();
};

void TestSearchSnippet::cutsAroundFirstMatchInText()
{
    const QString text =
        QStringLiteral("one two three four five six seven eight Café nine ten eleven twelve");
    QCOMPARE(
        SearchSnippet::toTerminal(SearchSnippet::around(text, {QStringLiteral("CAFE")}, 6), false),
        QStringLiteral("…seven eight [Café] nine ten eleven…"));
    QCOMPARE(SearchSnippet::toTerminal(SearchSnippet::around(text, {QStringLiteral("nothing")}, 3),
                                       false),
             QStringLiteral("one two three…"));
    QCOMPARE(SearchSnippet::around(QString(), {QStringLiteral("x")}, 5), QString());
}

void TestSearchSnippet::marksWordsAsTheIndexMatchesThem()
{
    // Only the word is marked, not the punctuation around it; stems and phrases match too.
    const auto shown = [](const QString& text, const QString& word) {
        return SearchSnippet::toTerminal(SearchSnippet::around(text, {word}, 14), false);
    };
    QCOMPARE(shown(QStringLiteral("Paper jams: open tray."), QStringLiteral("jams")),
             QStringLiteral("Paper [jams]: open tray."));
    QCOMPARE(shown(QStringLiteral("Run make to compile it."), QStringLiteral("compiling")),
             QStringLiteral("Run make to [compile] it."));
    QCOMPARE(shown(QStringLiteral("So tag the release."), QStringLiteral("tag the release")),
             QStringLiteral("So [tag] [the] [release]."));
    QCOMPARE(SearchSnippet::firstWordStartingWith(QStringLiteral("A Coffee-machine"),
                                                  QStringLiteral("coff")),
             QStringLiteral("Coffee"));
}

void TestSearchSnippet::rendersMarksSafely()
{
    const QString snippet = QStringLiteral("use <b>&amp; \x01printer\x02\nnow");
    QCOMPARE(SearchSnippet::toHtml(snippet),
             QStringLiteral("use &lt;b&gt;&amp;amp; <mark>printer</mark> now"));
    QCOMPARE(SearchSnippet::toTerminal(snippet, false),
             QStringLiteral("use <b>&amp; [printer] now"));
    QCOMPARE(SearchSnippet::toTerminal(snippet, true),
             QStringLiteral("use <b>&amp; \x1b[1mprinter\x1b[0m now"));
    QCOMPARE(SearchSnippet::toPlainText(snippet), QStringLiteral("use <b>&amp; printer now"));
    // Link syntax reads as the link's label.
    QCOMPARE(SearchSnippet::toPlainText(QStringLiteral(
                 "written in [CommonMark](https://commonmark.org) with ![a chart](chart.png)")),
             QStringLiteral("written in CommonMark with a chart"));
}

QTEST_GUILESS_MAIN(TestSearchSnippet)
#include "TestSearchSnippet.moc"
