#include "markdown/HeadingIds.h"

#include <QTest>

using namespace folio;

class TestHeadingIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slugs_data();
    void slugs();
    void leavesOtherTagsAlone();
    void idsAreUniqueEvenWhenHeadingsLookNumbered();
};

void TestHeadingIds::slugs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("slug");
    QTest::newRow("words") << QStringLiteral("Getting started")
                           << QStringLiteral("getting-started");
    QTest::newRow("punctuation") << QStringLiteral("What's new — 2.0?!")
                                 << QStringLiteral("what-s-new-2-0");
    QTest::newRow("other scripts")
        << QStringLiteral("日本語 テスト") << QStringLiteral("日本語-テスト");
    QTest::newRow("only symbols") << QStringLiteral("!!!") << QString();
}

void TestHeadingIds::slugs()
{
    QFETCH(QString, text);
    QFETCH(QString, slug);
    QCOMPARE(HeadingIds::slug(text), slug);
}

void TestHeadingIds::leavesOtherTagsAlone()
{
    const QByteArray html = "<hr>\n<h2>A <code>b</code></h2>\n<h6></h6>";
    QCOMPARE(HeadingIds::add(html),
             QByteArray("<hr>\n<h2 id=\"a-b\">A <code>b</code></h2>\n<h6 id=\"section\"></h6>"));
}

void TestHeadingIds::idsAreUniqueEvenWhenHeadingsLookNumbered()
{
    const QByteArray html = "<h2>Same</h2><h2>Same</h2><h2>Same 1</h2><h2>Same</h2>";
    QCOMPARE(HeadingIds::add(html),
             QByteArray("<h2 id=\"same\">Same</h2><h2 id=\"same-1\">Same</h2>"
                        "<h2 id=\"same-1-1\">Same 1</h2><h2 id=\"same-2\">Same</h2>"));
}

QTEST_GUILESS_MAIN(TestHeadingIds)
#include "TestHeadingIds.moc"
