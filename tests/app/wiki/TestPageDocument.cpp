#include "store/PageStore.h"
#include "wiki/PageDocument.h"
#include "wiki/Wiki.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestPageDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageHasHeaderBodyStyleAndPolicy();
    void titleAndTagsAreEscaped();
    void missingPageOffersCreation();
    void largePageRendersWhole();
    void aPageUnderOthersShowsItsPath();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Wiki> m_wiki;
};

void TestPageDocument::initTestCase()
{
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("doc.folio")));
}

void TestPageDocument::pageHasHeaderBodyStyleAndPolicy()
{
    m_wiki->pages().create(
        PageContent{QStringLiteral("Printer FAQ"),
                    PageKind::Faq,
                    {QStringLiteral("office")},
                    QStringLiteral("## Jammed?\n\nSee [[Welcome to Folio]] or [[Nope]].")},
        QStringLiteral("ana"));
    const QString html =
        QString::fromUtf8(PageDocument(m_wiki->pages()).forTitle(QStringLiteral("printer faq")));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<meta http-equiv=\"Content-Security-Policy\" "
                                        "content=\"default-src 'none'; script-src 'none'")));
    QVERIFY(html.contains(
        QLatin1String("<link rel=\"stylesheet\" href=\"folio://wiki/style/folio.css\">")));
    QVERIFY(html.contains(QLatin1String("<h1 class=\"page-title\">Printer FAQ</h1>")));
    QVERIFY(html.contains(QLatin1String("<span class=\"kind kind-faq\">FAQ</span>")));
    QVERIFY(html.contains(
        QLatin1String("<li class=\"tag\"><a href=\"folio://wiki/tag/office\">office</a></li>")));
    QVERIFY(html.contains(QLatin1String("<h2 id=\"jammed\">Jammed?</h2>")));
    QVERIFY(html.contains(
        QLatin1String("<a class=\"wikilink\" href=\"folio://wiki/page/Welcome%20to%20Folio\">")));
    QVERIFY(html.contains(
        QLatin1String("<a class=\"wikilink missing\" href=\"folio://wiki/page/Nope\"")));
}

void TestPageDocument::titleAndTagsAreEscaped()
{
    m_wiki->pages().create(
        PageContent{
            QStringLiteral("<b>Bold</b> & co"), PageKind::Note, {QStringLiteral("<i>")}, QString()},
        QStringLiteral("ana"));
    const QString html = QString::fromUtf8(
        PageDocument(m_wiki->pages()).forTitle(QStringLiteral("<b>Bold</b> & co")));
    QVERIFY(html.contains(QLatin1String("<title>&lt;b&gt;Bold&lt;/b&gt; &amp; co</title>")));
    QVERIFY(!html.contains(QLatin1String("<b>")));
    QVERIFY(!html.contains(QLatin1String("<i>")));
}

void TestPageDocument::missingPageOffersCreation()
{
    const QString html =
        QString::fromUtf8(PageDocument(m_wiki->pages()).forTitle(QStringLiteral("Not yet")));
    QVERIFY(html.contains(QLatin1String("<h1 class=\"page-title\">Not yet</h1>")));
    QVERIFY(html.contains(QLatin1String("href=\"folio://wiki/create/Not%20yet\"")));
}

void TestPageDocument::largePageRendersWhole()
{
    // Far above setHtml's 2 MB limit: served through the scheme handler, it must stay whole.
    const QString body = QStringLiteral("A line of text for a long page.\n\n").repeated(120000);
    m_wiki->pages().create(PageContent{QStringLiteral("Huge"), PageKind::Note, {}, body},
                           QStringLiteral("ana"));
    const QByteArray html = PageDocument(m_wiki->pages()).forTitle(QStringLiteral("Huge"));
    QVERIFY(html.size() > 4 * 1024 * 1024);
    QCOMPARE(html.count("<p>A line of text for a long page.</p>"), 120000);
    QVERIFY(html.endsWith("</html>\n"));
}

void TestPageDocument::aPageUnderOthersShowsItsPath()
{
    const QString ana = QStringLiteral("ana");
    const Page top = m_wiki->pages().create(
        PageContent{QStringLiteral("Office <IT>"), PageKind::Guide, {}, {}}, ana);
    const Page middle = m_wiki->pages().create(
        PageContent{QStringLiteral("Printing"), PageKind::Guide, {}, {}}, ana);
    const Page leaf =
        m_wiki->pages().create(PageContent{QStringLiteral("Toner"), PageKind::Note, {}, {}}, ana);
    m_wiki->pages().move(middle.id, top.id, ana);
    m_wiki->pages().move(leaf.id, middle.id, ana);
    const QString html =
        QString::fromUtf8(PageDocument(m_wiki->pages()).forTitle(QStringLiteral("Toner")));
    QVERIFY2(html.contains(QLatin1String(
                 "<nav class=\"breadcrumbs\" aria-label=\"Path\"><ol>"
                 "<li><a class=\"wikilink\" href=\"folio://wiki/page/Office%20%3CIT%3E\">"
                 "Office &lt;IT&gt;</a></li>"
                 "<li><a class=\"wikilink\" href=\"folio://wiki/page/Printing\">Printing</a></li>"
                 "<li aria-current=\"page\">Toner</li></ol></nav>")),
             qPrintable(html.left(1500)));
    // At the top, no path.
    QVERIFY(
        !QString::fromUtf8(PageDocument(m_wiki->pages()).forTitle(QStringLiteral("Office <IT>")))
             .contains(QLatin1String("breadcrumbs")));
}

QTEST_GUILESS_MAIN(TestPageDocument)
#include "TestPageDocument.moc"
