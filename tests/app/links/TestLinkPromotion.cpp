#include "links/LinkPromotion.h"
#include "markdown/MarkdownRenderer.h"

#include <QTest>

using namespace folio;

// A link becomes a draft page: its address, who shared it where, and, once archived, the
// page's readable text shown exactly as written.
class TestLinkPromotion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesTheConversation();
    void bringsTheArchivedText();
    void archivedTextNeverBecomesMarkup_data();
    void archivedTextNeverBecomesMarkup();
    void aLongPageIsCut();
};

static Link bloomLink()
{
    Link link;
    link.id = 7;
    link.url = QStringLiteral("https://example.org/bloom");
    link.host = QStringLiteral("example.org");
    link.shareCount = 1;
    return link;
}

static std::vector<LinkShare> oneShare()
{
    LinkShare share;
    share.message.authorName = QStringLiteral("dana");
    share.message.channelName = QStringLiteral("general");
    share.message.sentAt = 1700000000000;
    share.message.text = QStringLiteral("Read this before the design review");
    return {share};
}

static Capture archived(const QString& text)
{
    Capture capture;
    capture.title = QStringLiteral("Bloom filters, explained");
    capture.byline = QStringLiteral("Ada Lovelace");
    capture.capturedAt = 1764158400000;
    capture.text = text;
    return capture;
}

void TestLinkPromotion::quotesTheConversation()
{
    const PageContent page = LinkPromotion::pageFor(bloomLink(), oneShare());
    QCOMPARE(page.title, QStringLiteral("example.org/bloom"));
    QVERIFY(page.body.startsWith(QLatin1String("<https://example.org/bloom>")));
    QVERIFY(page.body.contains(QLatin1String("> Read this before the design review")));
    QVERIFY(page.body.contains(QStringLiteral("— **dana**, general, 2023-11-14")));
    QCOMPARE(page.tags, QStringList{QStringLiteral("from-chat")});
    QVERIFY(!page.body.contains(QLatin1String("From the page")));
}

void TestLinkPromotion::bringsTheArchivedText()
{
    const PageContent page = LinkPromotion::pageFor(
        bloomLink(), oneShare(),
        archived(QStringLiteral("A Bloom filter answers membership.\n\nIt never gives a false "
                                "negative.")));
    // Without a label, the archived title names the page.
    QCOMPARE(page.title, QStringLiteral("Bloom filters, explained"));
    QVERIFY(page.tags.contains(QLatin1String("from-archive")));
    QVERIFY(page.body.contains(QLatin1String("## From the page\n\n*Ada Lovelace, archived "
                                             "2025-11-26*\n\nA Bloom filter answers "
                                             "membership.\n\nIt never gives a false negative.")));
    // The conversation stays before it.
    QVERIFY(page.body.indexOf(QLatin1String("dana")) <
            page.body.indexOf(QLatin1String("From the page")));
}

void TestLinkPromotion::archivedTextNeverBecomesMarkup_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("heading") << "# Not a heading";
    QTest::newRow("list") << "- not a list\n+ nor this\n1. nor this";
    QTest::newRow("quote") << "> not a quote";
    QTest::newRow("emphasis") << "*not* _emphasis_ nor `code` nor ~~struck~~";
    QTest::newRow("link") << "[not a link](https://example.org) nor [[Wiki page]]";
    QTest::newRow("html") << "<script>alert(1)</script><b>plain</b> &amp; more";
    QTest::newRow("table") << "| not | a table |\n|---|---|";
    QTest::newRow("setext") << "Not a title\n===";
    QTest::newRow("backslash") << "C:\\Users\\ada\\";
}

void TestLinkPromotion::archivedTextNeverBecomesMarkup()
{
    QFETCH(QString, text);
    const QString markdown = LinkPromotion::asMarkdownText(text);
    QString html = MarkdownRenderer().toHtml(markdown);
    // What a reader sees is the text itself, in paragraphs: no element but p and br, and
    // web addresses made links as everywhere in the wiki.
    static const QRegularExpression tags(QStringLiteral("</?([a-z0-9]+)"));
    for (auto it = tags.globalMatch(html); it.hasNext();) {
        const QString tag = it.next().captured(1);
        QVERIFY2(tag == QLatin1String("p") || tag == QLatin1String("br") ||
                     tag == QLatin1String("a"),
                 qPrintable(html));
    }
    QString shown = html;
    shown.remove(QRegularExpression(QStringLiteral("</?(p|br|a)( [^>]*)?>"))).replace(u'\n', u' ');
    shown.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    QCOMPARE(shown.simplified(), QString(text).replace(u'\n', u' ').simplified());
}

void TestLinkPromotion::aLongPageIsCut()
{
    const QString text = QString(LinkPromotion::kMaxArchivedText + 500, u'a');
    const PageContent page = LinkPromotion::pageFor(bloomLink(), oneShare(), archived(text));
    QVERIFY(page.body.size() < LinkPromotion::kMaxArchivedText + 2000);
    QVERIFY(page.body.contains(QLatin1String("its archived copy holds all of it")));
}

QTEST_APPLESS_MAIN(TestLinkPromotion)
#include "TestLinkPromotion.moc"
