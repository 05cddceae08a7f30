#include "markdown/MarkdownRenderer.h"

#include <QTest>

using namespace folio;

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersGithubStyleExtensions_data();
    void rendersGithubStyleExtensions();
    void resolvesWikiLinksAgainstStore();
    void wikiLinksInCodeStayText();
    void rawHtmlCannotRunScript_data();
    void rawHtmlCannotRunScript();
    void headingsGetAnchors();
    void survivesHostileInput();
    void linksAndImagesCannotCarryScript();
};

void TestMarkdownRenderer::rendersGithubStyleExtensions_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("table") << QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n")
                           << QStringLiteral("<td>2</td>");
    QTest::newRow("strikethrough") << QStringLiteral("~~old~~") << QStringLiteral("<del>old</del>");
    QTest::newRow("task list") << QStringLiteral("- [x] done\n- [ ] todo\n")
                               << QStringLiteral(
                                      "class=\"task-list-item-checkbox\" disabled checked>done");
    QTest::newRow("url autolink") << QStringLiteral("see https://example.org/x?y=1 now")
                                  << QStringLiteral("<a href=\"https://example.org/x?y=1\">");
    QTest::newRow("www autolink") << QStringLiteral("www.example.org")
                                  << QStringLiteral("<a href=\"http://www.example.org\">");
    QTest::newRow("email autolink") << QStringLiteral("ana@example.org")
                                    << QStringLiteral("<a href=\"mailto:ana@example.org\">");
    QTest::newRow("unicode") << QStringLiteral("**Grüße 日本 🚀**")
                             << QStringLiteral("<strong>Grüße 日本 🚀</strong>");
}

void TestMarkdownRenderer::rendersGithubStyleExtensions()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    const QString html = MarkdownRenderer().toHtml(markdown);
    QVERIFY2(html.contains(expected), qPrintable(html));
}

void TestMarkdownRenderer::resolvesWikiLinksAgainstStore()
{
    MarkdownRenderer renderer;
    renderer.setPageExists([](const QString& title) {
        return title.compare(QLatin1String("vpn setup"), Qt::CaseInsensitive) == 0;
    });
    const QString html = renderer.toHtml(
        QStringLiteral("[[VPN setup]], [[Nowhere|go there]] and [[VPN setup#Step 2]]"));
    QVERIFY2(html.contains(QLatin1String(
                 "<a class=\"wikilink\" href=\"folio://wiki/page/VPN%20setup\">VPN setup</a>")),
             qPrintable(html));
    QVERIFY2(html.contains(
                 QLatin1String("<a class=\"wikilink missing\" href=\"folio://wiki/page/Nowhere\" "
                               "title=\"Nowhere (new page)\">go there</a>")),
             qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("href=\"folio://wiki/page/VPN%20setup#step-2\"")),
             qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("x-wikilink")));
}

void TestMarkdownRenderer::wikiLinksInCodeStayText()
{
    const QString html =
        MarkdownRenderer().toHtml(QStringLiteral("`[[Page]]`\n\n```\n[[Page]]\n```\n"));
    QVERIFY2(!html.contains(QLatin1String("<a")), qPrintable(html));
    QCOMPARE(html.count(QLatin1String("[[Page]]")), 2);
}

void TestMarkdownRenderer::rawHtmlCannotRunScript_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("script block") << QStringLiteral("<script>document.title='pwned'</script>\n");
    QTest::newRow("inline script") << QStringLiteral("text <script>alert(1)</script> text");
    QTest::newRow("onerror") << QStringLiteral("<img src=x onerror=\"alert(1)\">");
    QTest::newRow("inline onerror") << QStringLiteral("a <img src=x onerror=alert(1)> b");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://example.org\"></iframe>");
    QTest::newRow("svg onload") << QStringLiteral("<svg onload=alert(1)>");
    QTest::newRow("style") << QStringLiteral("<style>body{display:none}</style>");
}

void TestMarkdownRenderer::rawHtmlCannotRunScript()
{
    QFETCH(QString, markdown);
    const QString html = MarkdownRenderer().toHtml(markdown);
    // Shown as text: every '<' the author typed arrives escaped, so no element is created.
    for (const char* tag : {"<script", "<img", "<iframe", "<svg", "<style"})
        QVERIFY2(!html.contains(QLatin1String(tag)), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("&lt;")), qPrintable(html));
}

void TestMarkdownRenderer::headingsGetAnchors()
{
    const QString html =
        MarkdownRenderer().toHtml(QStringLiteral("# Setup\n\n## Setup\n\n### Ünïcode & *more*\n"));
    QVERIFY2(html.contains(QLatin1String("<h1 id=\"setup\">Setup</h1>")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<h2 id=\"setup-1\">Setup</h2>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<h3 id=\"ünïcode-more\">")), qPrintable(html));
}

void TestMarkdownRenderer::survivesHostileInput()
{
    MarkdownRenderer renderer;
    renderer.setPageExists([](const QString&) { return false; });
    const QStringList inputs = {
        QString(100000, u'['),
        QString(100000, u'>'),
        QStringLiteral("[[").repeated(20000) + QStringLiteral("]]").repeated(20000),
        QStringLiteral("*_").repeated(50000),
        QString(1, QChar(0)),
        QStringLiteral("\xFF\xFE"),
        QStringLiteral("| a |\n|---|\n") + QStringLiteral("| x |\n").repeated(20000)};
    for (const QString& input : inputs)
        QVERIFY(!renderer.toHtml(input).isNull());
}

void TestMarkdownRenderer::linksAndImagesCannotCarryScript()
{
    const MarkdownRenderer renderer;
    const QString html = renderer.toHtml(QStringLiteral(
        "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c]( vbscript:x) "
        "[d](data:text/html;base64,PHNjcmlwdD4=) ![e](data:image/svg+xml;base64,PHN2Zz4=) "
        "![f](data:image/png;base64,iVBORw0KGgo=) [g](https://example.org/) [h](#top)"));
    QVERIFY2(!html.contains(QLatin1String("javascript:"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("vbscript:")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("data:text/html")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("image/svg")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("src=\"data:image/png;base64,iVBORw0KGgo=\"")),
             qPrintable(html));
    QVERIFY(html.contains(QLatin1String("href=\"https://example.org/\"")));
    QVERIFY(html.contains(QLatin1String("href=\"#top\"")));
    QCOMPARE(html.count(QLatin1String("href=\"#\"")), 4);
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "TestMarkdownRenderer.moc"
