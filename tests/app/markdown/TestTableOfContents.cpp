#include "markdown/MarkdownRenderer.h"
#include "markdown/TableOfContents.h"

#include <QTest>

using namespace folio;

class TestTableOfContents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsSectionsAndSubsectionsOfRenderedPages();
    void nestsSubsectionsUnderTheirSection();
    void subsectionsBeforeAnySectionStandAlone();
    void aShortPageHasNone();
};

void TestTableOfContents::listsSectionsAndSubsectionsOfRenderedPages()
{
    const QString html = MarkdownRenderer().toHtml(QStringLiteral(
        "# Title\n\n## Install `folio`\n\ntext\n\n### On *Debian*\n\n#### Deep\n\n## Install\n\n"
        "    ## not a heading (code)\n\n## <script>x</script>\n"));
    const QList<TableOfContents::Entry> entries = TableOfContents::entries(html);
    QStringList seen;
    for (const TableOfContents::Entry& entry : entries)
        seen << QStringLiteral("%1 %2 %3").arg(entry.level).arg(entry.id, entry.text);
    // Level 1 and 4 are left out; ids are those HeadingIds gave (repeats numbered).
    QCOMPARE(seen, (QStringList{QStringLiteral("2 install-folio Install folio"),
                                QStringLiteral("3 on-debian On Debian"),
                                QStringLiteral("2 install Install"),
                                QStringLiteral("2 script-x-script <script>x</script>")}));
}

void TestTableOfContents::nestsSubsectionsUnderTheirSection()
{
    using E = TableOfContents::Entry;
    const QString nav =
        TableOfContents::html({E{2, QStringLiteral("a"), QStringLiteral("A")},
                               E{3, QStringLiteral("a1"), QStringLiteral("A1")},
                               E{3, QStringLiteral("a2"), QStringLiteral("A2 & <b>")},
                               E{2, QStringLiteral("b"), QStringLiteral("B")}},
                              QStringLiteral("Contents"));
    QCOMPARE(nav, QStringLiteral(
                      "<nav class=\"toc\" aria-label=\"Contents\"><details open><summary>Contents"
                      "</summary><ol><li><a href=\"#a\">A</a><ol><li><a href=\"#a1\">A1</a></li>"
                      "<li><a href=\"#a2\">A2 &amp; &lt;b&gt;</a></li></ol></li>"
                      "<li><a href=\"#b\">B</a></li></ol></details></nav>"));
}

void TestTableOfContents::subsectionsBeforeAnySectionStandAlone()
{
    using E = TableOfContents::Entry;
    const QString nav = TableOfContents::html({E{3, QStringLiteral("a"), QStringLiteral("A")},
                                               E{3, QStringLiteral("b"), QStringLiteral("B")},
                                               E{2, QStringLiteral("c"), QStringLiteral("C")},
                                               E{3, QStringLiteral("d"), QStringLiteral("D")}},
                                              QStringLiteral("Contents"));
    QVERIFY2(nav.contains(QLatin1String("<ol><li><a href=\"#a\">A</a></li><li><a href=\"#b\">B"
                                        "</a></li><li><a href=\"#c\">C</a><ol><li><a href=\"#d\">"
                                        "D</a></li></ol></li></ol>")),
             qPrintable(nav));
}

void TestTableOfContents::aShortPageHasNone()
{
    using E = TableOfContents::Entry;
    QVERIFY(TableOfContents::html({E{2, QStringLiteral("a"), QStringLiteral("A")},
                                   E{2, QStringLiteral("b"), QStringLiteral("B")}},
                                  QStringLiteral("Contents"))
                .isEmpty());
    QVERIFY(TableOfContents::entries(QStringLiteral("<p>No headings</p>")).isEmpty());
}

QTEST_GUILESS_MAIN(TestTableOfContents)
#include "TestTableOfContents.moc"
