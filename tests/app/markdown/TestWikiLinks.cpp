#include "markdown/WikiLinks.h"

#include <QTest>

using namespace folio;

class TestWikiLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesTargetsSafely();
    void withoutResolverNothingIsMissing();
};

void TestWikiLinks::escapesTargetsSafely()
{
    // md4c escapes the target; it must come out decoded in the URL, never as markup.
    const QByteArray html =
        "<x-wikilink data-target=\"a &quot;b&quot; &amp; &lt;c&gt;\">x</x-wikilink>";
    const QByteArray out = WikiLinks::toAnchors(html, [](const QString&) { return false; });
    QVERIFY2(out.contains("href=\"folio://wiki/page/a%20%22b%22%20%26%20%3Cc%3E\""),
             out.constData());
    QVERIFY2(out.contains("title=\"a &quot;b&quot; &amp; &lt;c&gt; (new page)\""), out.constData());
    QVERIFY(out.endsWith(">x</a>"));
}

void TestWikiLinks::withoutResolverNothingIsMissing()
{
    const QByteArray out = WikiLinks::toAnchors("<x-wikilink data-target=\"P\">P</x-wikilink>", {});
    QCOMPARE(out, QByteArray("<a class=\"wikilink\" href=\"folio://wiki/page/P\">P</a>"));
}

QTEST_GUILESS_MAIN(TestWikiLinks)
#include "TestWikiLinks.moc"
