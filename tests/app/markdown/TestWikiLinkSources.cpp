#include "markdown/MarkdownRenderer.h"
#include "markdown/WikiLinkSources.h"

#include <QTest>

using namespace folio;
using namespace Qt::StringLiterals;

// Finding and changing wiki links in the Markdown source, exactly where the renderer sees them.
class TestWikiLinkSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTargetsWithTheirPlaceInTheText();
    void retargetsEveryFormKeepingLabelsAndSections_data();
    void retargetsEveryFormKeepingLabelsAndSections();
    void leavesWhatTheRendererDoesNotLinkAlone_data();
    void leavesWhatTheRendererDoesNotLinkAlone();
    void rewrittenLinksRenderToTheNewPage();
};

void TestWikiLinkSources::findsTargetsWithTheirPlaceInTheText()
{
    const QByteArray text = "Ünïcode first: [[Printers|the printers]] and [[Setup#Step 2]].\n";
    const QList<WikiLinkSources::Target> found = WikiLinkSources::targets(text);
    QCOMPARE(found.size(), 2);
    QCOMPARE(text.mid(found.at(0).offset, found.at(0).size), QByteArray("Printers"));
    QCOMPARE(found.at(0).title, u"Printers"_s);
    QVERIFY(found.at(0).section.isNull());
    QCOMPARE(text.mid(found.at(1).offset, found.at(1).size), QByteArray("Setup#Step 2"));
    QCOMPARE(found.at(1).title, u"Setup"_s);
    QCOMPARE(found.at(1).section, u"Step 2"_s);
}

void TestWikiLinkSources::retargetsEveryFormKeepingLabelsAndSections_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("count");
    QTest::newRow("plain") << u"See [[Old title]]."_s << u"See [[New name]]."_s << 1;
    QTest::newRow("label") << u"See [[Old title|here]]."_s << u"See [[New name|here]]."_s << 1;
    QTest::newRow("section") << u"[[Old title#Install]]"_s << u"[[New name#Install]]"_s << 1;
    QTest::newRow("case and spacing") << u"[[old   TITLE]] and [[Old title#a|b]]"_s
                                      << u"[[New name]] and [[New name#a|b]]"_s << 2;
    QTest::newRow("other pages stay") << u"[[Old title 2]] [[Old]] [[Other#Old title]]"_s
                                      << u"[[Old title 2]] [[Old]] [[Other#Old title]]"_s << 0;
    QTest::newRow("in a list and a table")
        << u"- [[Old title]]\n\n| a |\n|---|\n| [[Old title]] |\n"_s
        << u"- [[New name]]\n\n| a |\n|---|\n| [[New name]] |\n"_s << 2;
    QTest::newRow("non-ASCII around")
        << u"Ärger: [[Old title]] — ✓"_s << u"Ärger: [[New name]] — ✓"_s << 1;
}

void TestWikiLinkSources::retargetsEveryFormKeepingLabelsAndSections()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, count);
    int changed = -1;
    QCOMPARE(WikiLinkSources::retargeted(before, u"Old title"_s, u"New name"_s, &changed), after);
    QCOMPARE(changed, count);
}

void TestWikiLinkSources::leavesWhatTheRendererDoesNotLinkAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("code span") << u"Write `[[Old title]]` for a link."_s;
    QTest::newRow("fenced code") << u"```\n[[Old title]]\n```\n"_s;
    QTest::newRow("indented code") << u"    [[Old title]]\n"_s;
    QTest::newRow("image bang") << u"![[Old title]]"_s;
    QTest::newRow("triple brackets") << u"[[[Old title]]]"_s;
    QTest::newRow("reference definition") << u"[[Old title]]: https://example.org\n"_s;
    QTest::newRow("escaped") << u"\\[[Old title]]"_s;
    QTest::newRow("shadowed by a reference")
        << u"[Old title]: https://example.org\n\n[[Old title]]\n"_s;
}

void TestWikiLinkSources::leavesWhatTheRendererDoesNotLinkAlone()
{
    QFETCH(QString, text);
    int changed = -1;
    QCOMPARE(WikiLinkSources::retargeted(text, u"Old title"_s, u"New name"_s, &changed), text);
    QCOMPARE(changed, 0);
    // And the renderer agrees: none of these is a link to the page.
    QVERIFY(!MarkdownRenderer().toHtml(text).contains(u"class=\"wikilink"_s));
}

void TestWikiLinkSources::rewrittenLinksRenderToTheNewPage()
{
    const QString text = u"# Help\n\n* [[Old title]]\n* [[Old title#Setup|set up]]\n\n"
                         u"> quoted [[old title]]\n"_s;
    const QString html =
        MarkdownRenderer().toHtml(WikiLinkSources::retargeted(text, u"Old title"_s, u"New"_s));
    QCOMPARE(html.count(u"href=\"folio://wiki/page/New"_s), 3);
    QVERIFY(!html.contains(u"Old"_s, Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(TestWikiLinkSources)
#include "TestWikiLinkSources.moc"
