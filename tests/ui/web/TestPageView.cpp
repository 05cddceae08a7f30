#include "WebTestHelpers.h"
#include "store/PageStore.h"
#include "web/ContentPage.h"
#include "web/FolioScheme.h"
#include "web/PageView.h"
#include "web/RequestBlocker.h"
#include "web/SchemeHandler.h"
#include "web/WebProfile.h"
#include "wiki/Wiki.h"

#include <QApplication>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

using namespace folio;

class TestPageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsPageWithAppStyle();
    void pageMarkupCannotRunScript();
    void scriptIsOffEvenInRealMarkup();
    void remoteContentNeverLoads();
    void servesPagesFarAboveSetHtmlLimit();
    void highlightsSearchWords();
    void kindStylesOnlyTheBadge();

private:
    bool show(const QString& title);
    QVariant js(const QString& script) { return test::evaluate(m_view->page(), script); }
    // Clicks the middle of the element with the mouse, as a reader would.
    void click(const QString& selector);

    QTemporaryDir m_dir;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<WebProfile> m_profile;
    std::unique_ptr<PageView> m_view;
};

void TestPageView::initTestCase()
{
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("view.folio")));
    m_profile = std::make_unique<WebProfile>();
    m_profile->schemeHandler()->setStore(&m_wiki->pages());
    m_view = std::make_unique<PageView>(*m_profile);
    m_view->resize(900, 700);
    m_view->show();
}

void TestPageView::cleanupTestCase()
{
    m_view.reset();
    m_profile.reset();
}

void TestPageView::click(const QString& selector)
{
    const QVariantList point =
        js(QStringLiteral("(() => { const r = document.querySelector('%1')"
                          ".getBoundingClientRect(); return [r.left + r.width / 2, "
                          "r.top + r.height / 2]; })()")
               .arg(selector))
            .toList();
    QVERIFY2(point.size() == 2, qPrintable(selector));
    const QPoint at(int(point.at(0).toDouble()), int(point.at(1).toDouble()));
    QTest::mouseMove(m_view->focusProxy(), at);
    QTest::mouseClick(m_view->focusProxy(), Qt::LeftButton, {}, at);
}

bool TestPageView::show(const QString& title)
{
    QSignalSpy loaded(m_view.get(), &QWebEngineView::loadFinished);
    m_view->showPage(title);
    return test::waitForLoad(loaded);
}

void TestPageView::showsPageWithAppStyle()
{
    QVERIFY(show(QStringLiteral("Welcome to Folio")));
    QCOMPARE(js(QStringLiteral("document.querySelector('h1.page-title').textContent")).toString(),
             QStringLiteral("Welcome to Folio"));
    // The style sheet came through the folio: scheme and applies.
    QTRY_COMPARE(
        js(QStringLiteral("getComputedStyle(document.querySelector('.kind')).textTransform"))
            .toString(),
        QStringLiteral("uppercase"));
    QVERIFY(js(QStringLiteral("document.querySelectorAll('a.wikilink').length")).toInt() >= 4);
}

void TestPageView::pageMarkupCannotRunScript()
{
    m_wiki->pages().create(
        PageContent{
            QStringLiteral("Hostile"),
            PageKind::Note,
            {},
            QStringLiteral(
                "<script>document.body.setAttribute('data-pwned', 'script')</script>\n\n"
                "Text <img src=x onerror=\"document.body.setAttribute('data-pwned', 'onerror')\"> "
                "and <a "
                "href=\"javascript:document.body.setAttribute('data-pwned','href')\">x</a>\n\n"
                "[click](javascript:document.body.setAttribute('data-pwned','link')) "
                "[[Welcome to Folio]]\n")},
        QStringLiteral("attacker"));
    QVERIFY(show(QStringLiteral("Hostile")));
    QCOMPARE(js(QStringLiteral("document.querySelectorAll('script, img, iframe').length")).toInt(),
             0);
    QVERIFY(js(QStringLiteral("document.body.innerText"))
                .toString()
                .contains(QLatin1String("<script>")));
    // The javascript: links lost their scheme in rendering, and script is off in the page's
    // world anyway: clicking them does nothing.
    QCOMPARE(
        js(QStringLiteral("document.querySelectorAll('[href^=\"javascript\" i]').length")).toInt(),
        0);
    QVERIFY(!m_view->page()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
    // Clicks are handled in order: once the wiki link clicked after it has been handled,
    // so has the neutralised link.
    QSignalSpy followed(m_view->contentPage(), &ContentPage::pageLinkClicked);
    click(QStringLiteral(".page-body a[href=\"#\"]"));
    click(QStringLiteral(".page-body a.wikilink"));
    QVERIFY(followed.wait(10000));
    QVERIFY(js(QStringLiteral("document.body.getAttribute('data-pwned')")).isNull());
}

void TestPageView::scriptIsOffEvenInRealMarkup()
{
    // The second line of defence: if markup with script ever reached a view of this profile,
    // it would not run. (ContentPage refuses setHtml's data: URL outright, so use a bare page.)
    // Inline script runs while the page is parsed and an image's error handler before the
    // load event, so when loading has finished either would have left its mark.
    const QString markup =
        QStringLiteral("<html><body><p id=p>safe</p>"
                       "<script>document.body.setAttribute('data-pwned','script')</script>"
                       "<img src=x onerror=\"document.body.setAttribute('data-pwned','onerror')\">"
                       "</body></html>");
    const auto pwnedIn = [&markup](QWebEngineProfile* profile, const QUrl& base) {
        QWebEnginePage page(profile);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.setHtml(markup, base);
        if (!test::waitForLoad(loaded))
            return QStringLiteral("no load");
        return test::evaluate(&page, QStringLiteral("document.body.getAttribute('data-pwned')"))
            .toString();
    };
    QCOMPARE(pwnedIn(m_profile->profile(), QUrl(QStringLiteral("folio://wiki/page/Test"))),
             QString());
    // The control: in a profile with script on, the same markup is caught, so the check
    // above can fail.
    QWebEngineProfile scripted;
    QVERIFY(!pwnedIn(&scripted, QUrl(QStringLiteral("about:blank"))).isEmpty());
}

void TestPageView::remoteContentNeverLoads()
{
    // A server on this machine stands in for the internet: nothing may ever connect to it.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString remote = QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(server.serverPort());

    m_wiki->pages().create(PageContent{QStringLiteral("Tracker"),
                                       PageKind::Note,
                                       {},
                                       QStringLiteral("![pixel](%1)\n\n<%1>\n").arg(remote)},
                           QStringLiteral("attacker"));
    QVERIFY(show(QStringLiteral("Tracker")));
    QCOMPARE(js(QStringLiteral("document.querySelectorAll('.page-body img').length")).toInt(), 1);

    // A document of web origin, without Folio's policy: the request blocker still stops it.
    const int blockedBefore = m_profile->requestBlocker()->blockedCount();
    QWebEnginePage bare(m_profile->profile());
    QSignalSpy loaded(&bare, &QWebEnginePage::loadFinished);
    bare.setHtml(
        QStringLiteral("<img src=\"%1\"><link rel=stylesheet href=\"%1.css\">").arg(remote),
        QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort())));
    QVERIFY(test::waitForLoad(loaded));
    // Both requests are decided by the blocker, which stands before any network access:
    // once it has refused both, no connection can follow.
    QTRY_VERIFY(m_profile->requestBlocker()->blockedCount() >= blockedBefore + 2);
    QVERIFY2(!server.hasPendingConnections(), "a page reached the network");
    QVERIFY(!RequestBlocker::isAllowed(QUrl(QStringLiteral("https://example.org/"))));
    QVERIFY(!RequestBlocker::isAllowed(QUrl(QStringLiteral("file:///etc/passwd"))));
    QVERIFY(RequestBlocker::isAllowed(QUrl(QStringLiteral("folio://wiki/style/folio.css"))));
}

void TestPageView::servesPagesFarAboveSetHtmlLimit()
{
    // 3 MB of text in long paragraphs: far above the limit, without so many elements that
    // laying them out takes WebEngine most of the test's time.
    const QString paragraph =
        QStringLiteral("Paragraph of a very long page. ").repeated(50) + QLatin1String("\n\n");
    const QString body = paragraph.repeated(2000);
    QVERIFY(body.size() > 3 * 1000 * 1000);
    m_wiki->pages().create(PageContent{QStringLiteral("Long"), PageKind::Note, {}, body},
                           QStringLiteral("ana"));
    QSignalSpy loaded(m_view.get(), &QWebEngineView::loadFinished);
    m_view->showPage(QStringLiteral("Long"));
    QVERIFY(test::waitForLoad(loaded, 60000));
    QCOMPARE(js(QStringLiteral("document.querySelectorAll('.page-body p').length")).toInt(), 2000);
}

void TestPageView::highlightsSearchWords()
{
    QSignalSpy loaded(m_view.get(), &QWebEngineView::loadFinished);
    m_view->showPage(QStringLiteral("Writing pages"), {},
                     {QStringLiteral("link"), QStringLiteral("pag")});
    QVERIFY(test::waitForLoad(loaded));
    QTRY_VERIFY(
        js(QStringLiteral("document.querySelectorAll('mark.folio-search').length")).toInt() > 5);
    // Whole words are marked from their start: "pag" marks "pages", never the middle of a word.
    const QStringList marked =
        js(QStringLiteral("[...document.querySelectorAll('mark.folio-search')]"
                          ".map(m => m.textContent.toLowerCase())"))
            .toStringList();
    for (const QString& word : marked)
        QVERIFY2(word.startsWith(QLatin1String("link")) || word.startsWith(QLatin1String("pag")),
                 qPrintable(word));
    QVERIFY(marked.contains(QStringLiteral("pages")));
    QTRY_COMPARE(
        js(QStringLiteral(
               "getComputedStyle(document.querySelector('mark.folio-search')).backgroundColor"))
            .toString(),
        QStringLiteral("rgb(255, 226, 122)"));
    // A plain visit marks nothing.
    QVERIFY(show(QStringLiteral("Welcome to Folio")));
    QCOMPARE(js(QStringLiteral("document.querySelectorAll('mark').length")).toInt(), 0);
}

void TestPageView::kindStylesOnlyTheBadge()
{
    QVERIFY(show(QStringLiteral("Frequently asked questions")));
    QTRY_COMPARE(
        js(QStringLiteral("getComputedStyle(document.querySelector('article')).backgroundColor"))
            .toString(),
        QStringLiteral("rgba(0, 0, 0, 0)"));
    QVERIFY(js(QStringLiteral("getComputedStyle(document.querySelector('.kind')).backgroundColor"))
                .toString() != QStringLiteral("rgba(0, 0, 0, 0)"));
}

int main(int argc, char* argv[])
{
    FolioScheme::registerScheme();
    QApplication app(argc, argv);
    TestPageView test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestPageView.moc"
