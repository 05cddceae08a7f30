#include "markdown/MarkdownRenderer.h"
#include "markdown/RelativeUrls.h"

#include <QTest>

using namespace folio;

// Relative links and images in a page are its attachments, served from Folio's scheme.
class TestRelativeUrls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relativeImagesAndLinksAreResolved();
    void anchorsAbsolutePathsAndSchemesAreLeftAlone();
    void namesArriveDecoded();
    void unknownNamesStayAsWritten();
    void theResultIsEscaped();

private:
    static QString render(const QString& markdown, QStringList* asked = nullptr)
    {
        MarkdownRenderer renderer;
        renderer.setResolveRelative([asked](const QString& name) {
            if (asked)
                asked->append(name);
            return name.startsWith(QLatin1String("missing"))
                       ? QString()
                       : QStringLiteral("folio://wiki/attachment/") + name;
        });
        return renderer.toHtml(markdown);
    }
};

void TestRelativeUrls::relativeImagesAndLinksAreResolved()
{
    const QString html =
        render(QStringLiteral("![Setup](setup.png) and [the log](logs/today.txt)"));
    QVERIFY2(html.contains(QLatin1String("src=\"folio://wiki/attachment/setup.png\"")),
             qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("href=\"folio://wiki/attachment/logs/today.txt\"")),
             qPrintable(html));
}

void TestRelativeUrls::anchorsAbsolutePathsAndSchemesAreLeftAlone()
{
    QStringList asked;
    const QString html =
        render(QStringLiteral("[a](#setup) [b](/etc/passwd) [c](https://x.org/a.png) "
                              "[d](mailto:a@b.c) [[Printers]] ![e](data:image/png;base64,AA==)"),
               &asked);
    QVERIFY2(asked.isEmpty(), qPrintable(asked.join(u',')));
    QVERIFY(html.contains(QLatin1String("href=\"#setup\"")));
    QVERIFY(html.contains(QLatin1String("href=\"/etc/passwd\"")));
    QVERIFY(html.contains(QLatin1String("href=\"https://x.org/a.png\"")));
}

void TestRelativeUrls::namesArriveDecoded()
{
    QStringList asked;
    render(QStringLiteral("![a](my%20diagram.png) ![b](<other file.png>) ![c](x.png#part) "
                          "![d](y.png?v=2)"),
           &asked);
    QCOMPARE(asked, (QStringList{QStringLiteral("my diagram.png"), QStringLiteral("other file.png"),
                                 QStringLiteral("x.png"), QStringLiteral("y.png")}));
}

void TestRelativeUrls::unknownNamesStayAsWritten()
{
    const QString html = render(QStringLiteral("![gone](missing.png)"));
    QVERIFY(html.contains(QLatin1String("src=\"missing.png\"")));
}

void TestRelativeUrls::theResultIsEscaped()
{
    const QByteArray html = RelativeUrls::resolve(
        "<img src=\"a.png\" alt=\"x\">", [](const QString&) { return QStringLiteral("\"><b>"); });
    QCOMPARE(html, QByteArray("<img src=\"&quot;&gt;&lt;b&gt;\" alt=\"x\">"));
}

QTEST_APPLESS_MAIN(TestRelativeUrls)
#include "TestRelativeUrls.moc"
