#include "LoopbackHttpServer.h"
#include "SmallPdf.h"
#include "web/CaptureGuard.h"
#include "web/WebPageCapturer.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace folio;

namespace {

QByteArray articlePage()
{
    QByteArray paragraphs;
    for (int i = 1; i <= 6; ++i)
        paragraphs += "<p>Paragraph " + QByteArray::number(i) +
                      " of the guide explains how a Bloom filter answers membership queries "
                      "with a small, fixed amount of memory, accepting a known rate of false "
                      "positives in exchange for never giving a false negative.</p>\n";
    return "<!doctype html><html lang=en><head><title>Bloom filters explained - Example "
           "Blog</title><meta name=author content=\"Ada Lovelace\"></head><body>"
           "<nav><a href=/>Home</a> <a href=/about>About us</a> <a href=/shop>Shop</a></nav>"
           "<div class=ad>BUY CHEAP WIDGETS NOW</div>"
           "<article><h1>Bloom filters explained</h1><p class=byline>By Ada Lovelace</p>" +
           paragraphs +
           "<pre>bits = -n ln p / (ln 2)^2</pre></article>"
           "<footer>Copyright Example Blog. Subscribe to our newsletter.</footer></body></html>";
}

// Builds its text in steps for most of a second, as a page fetching what it shows does.
QByteArray slowlyBuiltPage()
{
    return "<!doctype html><html><head><title>Slow</title></head><body><article id=app>"
           "<h1>Slow</h1></article><script>var step = 0; var timer = setInterval(function () {"
           " document.getElementById('app').insertAdjacentHTML('beforeend', '<p>Step ' + step "
           " + ' of the text arrives, a sentence long enough to count as an article.</p>');"
           " if (++step == 8) clearInterval(timer); }, 90);</script></body></html>";
}

QByteArray scriptBuiltPage()
{
    return "<!doctype html><html><head><title>Built by script</title></head><body>"
           "<div id=app>Loading…</div><script>setTimeout(function () {"
           " var text = '';"
           " for (var i = 0; i < 8; ++i) text += '<p>Rendered on the client, sentence ' + i + "
           "  ' of a long text that only exists once the script has run in the browser.</p>';"
           " document.getElementById('app').innerHTML = '<article><h1>Client side</h1>' + text "
           "  + '</article>'; }, 50);</script></body></html>";
}

} // namespace

// The WebEngine capturer against a server on loopback: the pages it keeps, the text
// Readability reads from them, and the reasons it gives when it cannot.
class TestWebPageCapturer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepsAnArticleAndItsReadableText();
    void waitsForTextBuiltByScript();
    void followsARedirect();
    void saysWhy_data();
    void saysWhy();
    void keepsAPdfAsItIs();
    void refusesWhatIsNeitherPageNorPdf();
    void refusesWhatIsTooLarge();
    void saysWhenNothingAnswers();
    void aCancelledCaptureNeverAnswers();
    void theGuardStopsWhatThePolicyRefuses();
    void aRedirectMustPassThePolicy();

private:
    CaptureResult capture(const QUrl& url, qint64 maxBytes = 50 << 20);
    test::LoopbackHttpServer m_server;
    std::unique_ptr<WebPageCapturer> m_capturer;
    qint64 m_nextId = 1;
};

void TestWebPageCapturer::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.route(QStringLiteral("/article"), articlePage());
    m_server.route(QStringLiteral("/script"), scriptBuiltPage());
    m_server.route(QStringLiteral("/slow"), slowlyBuiltPage());
    test::LoopbackHttpServer::Response moved;
    moved.status = 302;
    moved.headers = {{"Location", "/article"}};
    m_server.route(QStringLiteral("/old"), moved);
    test::LoopbackHttpServer::Response loop;
    loop.status = 302;
    loop.headers = {{"Location", "/loop"}};
    m_server.route(QStringLiteral("/loop"), loop);
    test::LoopbackHttpServer::Response unavailable;
    unavailable.status = 503;
    unavailable.body = "<p>Try later";
    m_server.route(QStringLiteral("/busy"), unavailable);
    test::LoopbackHttpServer::Response pdf;
    pdf.contentType = "application/pdf";
    pdf.body = test::smallPdf();
    m_server.route(QStringLiteral("/paper.pdf"), pdf);
    test::LoopbackHttpServer::Response zip;
    zip.contentType = "application/zip";
    zip.body = QByteArray(2000, 'z');
    zip.headers = {{"Content-Disposition", "attachment; filename=data.zip"}};
    m_server.route(QStringLiteral("/data.zip"), zip);
    test::LoopbackHttpServer::Response huge;
    huge.body = "<title>Huge</title>" + QByteArray(3 << 20, 'x');
    m_server.route(QStringLiteral("/huge"), huge);
    test::LoopbackHttpServer::Response never;
    never.never = true;
    m_server.route(QStringLiteral("/never"), never);
    m_capturer = std::make_unique<WebPageCapturer>();
}

CaptureResult TestWebPageCapturer::capture(const QUrl& url, qint64 maxBytes)
{
    QSignalSpy captured(m_capturer.get(), &PageCapturer::captured);
    CaptureRequest request;
    request.id = m_nextId++;
    request.url = url;
    request.maxBytes = maxBytes;
    request.allowPrivate = true; // the server is on loopback
    m_capturer->capture(request);
    if (!captured.wait(20000))
        return CaptureResult::failed(ArchiveReason::Other, QStringLiteral("no answer"));
    if (captured.count() != 1 || captured.first().at(0).toLongLong() != request.id)
        return CaptureResult::failed(ArchiveReason::Other, QStringLiteral("a wrong answer"));
    return captured.first().at(1).value<CaptureResult>();
}

void TestWebPageCapturer::keepsAnArticleAndItsReadableText()
{
    const CaptureResult result = capture(m_server.url(QStringLiteral("/article")));
    QVERIFY2(result.ok(), qPrintable(ArchiveReason::describe(result.failure, result.detail)));
    QCOMPARE(result.contentType, QStringLiteral("multipart/related"));
    QVERIFY2(result.content.contains("MIME-Version: 1.0"), result.content.left(300).constData());
    QVERIFY(result.content.contains("BUY CHEAP WIDGETS")); // the snapshot is the whole page
    QCOMPARE(result.httpStatus, std::optional<int>(200));
    QCOMPARE(result.finalUrl, m_server.url(QStringLiteral("/article")));
    // Readability keeps the site name when the rest is three words or fewer.
    QCOMPARE(result.title, QStringLiteral("Bloom filters explained - Example Blog"));
    QCOMPARE(result.byline, QStringLiteral("Ada Lovelace"));
    QVERIFY2(result.text.contains(QLatin1String("Paragraph 1 of the guide")),
             qPrintable(result.text));
    QVERIFY(result.text.contains(QLatin1String("Paragraph 6 of the guide")));
    QVERIFY(result.text.contains(QLatin1String("false negative.\n\nParagraph 2")));
    QVERIFY(result.text.contains(QLatin1String("bits = -n ln p")));
    // The readable text leaves out what is not the article.
    QVERIFY2(!result.text.contains(QLatin1String("BUY CHEAP")), qPrintable(result.text));
    QVERIFY(!result.text.contains(QLatin1String("About us")));
    QVERIFY(!result.text.contains(QLatin1String("newsletter")));
    QVERIFY(!result.excerpt.isEmpty());
}

void TestWebPageCapturer::waitsForTextBuiltByScript()
{
    const CaptureResult result = capture(m_server.url(QStringLiteral("/script")));
    QVERIFY2(result.ok(), qPrintable(ArchiveReason::describe(result.failure, result.detail)));
    QVERIFY2(result.text.contains(QLatin1String("Rendered on the client, sentence 7")),
             qPrintable(result.text));
    QVERIFY(!result.text.contains(QStringLiteral("Loading…")));
    // A page still changing is waited for until it is quiet.
    const CaptureResult slow = capture(m_server.url(QStringLiteral("/slow")));
    QVERIFY2(slow.text.contains(QLatin1String("Step 7 of the text")), qPrintable(slow.text));
}

void TestWebPageCapturer::followsARedirect()
{
    const CaptureResult result = capture(m_server.url(QStringLiteral("/old")));
    QVERIFY2(result.ok(), qPrintable(ArchiveReason::describe(result.failure, result.detail)));
    QCOMPARE(result.finalUrl, m_server.url(QStringLiteral("/article")));
    QVERIFY(result.text.contains(QLatin1String("Paragraph 3 of the guide")));
}

void TestWebPageCapturer::saysWhy_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("detail");
    QTest::newRow("404") << "/missing" << int(ArchiveReason::Http) << "404";
    QTest::newRow("503") << "/busy" << int(ArchiveReason::Http) << "503";
    QTest::newRow("redirect loop") << "/loop" << int(ArchiveReason::RedirectLoop) << "";
}

void TestWebPageCapturer::saysWhy()
{
    QFETCH(QString, path);
    QFETCH(int, reason);
    QFETCH(QString, detail);
    const CaptureResult result = capture(m_server.url(path));
    QCOMPARE(int(result.failure), reason);
    if (!detail.isEmpty())
        QCOMPARE(result.detail, detail);
}

void TestWebPageCapturer::keepsAPdfAsItIs()
{
    const CaptureResult result = capture(m_server.url(QStringLiteral("/paper.pdf")));
    QVERIFY2(result.ok(), qPrintable(ArchiveReason::describe(result.failure, result.detail)));
    QCOMPARE(result.contentType, QStringLiteral("application/pdf"));
    QCOMPARE(result.content, test::smallPdf());
    QCOMPARE(result.title, QStringLiteral("paper.pdf"));
}

void TestWebPageCapturer::refusesWhatIsNeitherPageNorPdf()
{
    const CaptureResult zip = capture(m_server.url(QStringLiteral("/data.zip")));
    QCOMPARE(zip.failure, ArchiveReason::Unsupported);
    QCOMPARE(zip.detail, QStringLiteral("application/zip"));
}

void TestWebPageCapturer::refusesWhatIsTooLarge()
{
    const CaptureResult huge = capture(m_server.url(QStringLiteral("/huge")), 1 << 20);
    QCOMPARE(huge.failure, ArchiveReason::TooLarge);
}

void TestWebPageCapturer::saysWhenNothingAnswers()
{
    // A port nothing listens on any more.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1/").arg(closed.serverPort()));
    closed.close();
    const CaptureResult refused = capture(nowhere);
    QCOMPARE(refused.failure, ArchiveReason::Connection);
}

void TestWebPageCapturer::aCancelledCaptureNeverAnswers()
{
    QSignalSpy captured(m_capturer.get(), &PageCapturer::captured);
    const int before = m_server.requests(QStringLiteral("/never"));
    CaptureRequest request;
    request.id = 999;
    request.url = m_server.url(QStringLiteral("/never"));
    request.allowPrivate = true;
    m_capturer->capture(request);
    QTRY_COMPARE(m_server.requests(QStringLiteral("/never")), before + 1);
    m_capturer->cancel(999);
    // Another capture answers; the cancelled one did not answer before it, nor with it.
    const CaptureResult after = capture(m_server.url(QStringLiteral("/article")));
    QVERIFY(after.ok());
    for (const QList<QVariant>& answer : captured)
        QVERIFY(answer.at(0).toLongLong() != 999);
}

void TestWebPageCapturer::theGuardStopsWhatThePolicyRefuses()
{
    ArchivePolicy policy; // no intranet archiving
    policy.denyDomains = {QStringLiteral("tracker.example")};
    CaptureGuard guard(policy);
    QVERIFY(!guard.isAllowed(QUrl(QStringLiteral("http://127.0.0.1:8080/"))));
    QVERIFY(!guard.isAllowed(QUrl(QStringLiteral("http://[::1]/"))));
    QVERIFY(!guard.isAllowed(QUrl(QStringLiteral("http://localhost./admin"))));
    QVERIFY(!guard.isAllowed(QUrl(QStringLiteral("http://printer/"))));
    QVERIFY(!guard.isAllowed(QUrl(QStringLiteral("file:///etc/passwd"))));
    QVERIFY(!guard.isAllowed(QUrl(QStringLiteral("folio://wiki/page/x"))));
    QVERIFY(guard.isAllowed(QUrl(QStringLiteral("data:image/png;base64,AAAA"))));
    QVERIFY(guard.isAllowed(QUrl(QStringLiteral("http://93.184.216.34/"))));
    // The page itself must pass the whole policy; what it loads, the address rules.
    QVERIFY(!guard.isAllowed(QUrl(QStringLiteral("https://tracker.example./x")), true));
    QVERIFY(!guard.isAllowed(QUrl(QStringLiteral("data:text/html,hi")), true));
}

void TestWebPageCapturer::aRedirectMustPassThePolicy()
{
    test::LoopbackHttpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    elsewhere.route(QStringLiteral("/landing"), QByteArray("<title>Landing</title><p>Here."));
    test::LoopbackHttpServer::Response away;
    away.status = 302;
    away.headers = {{"Location", elsewhere.url(QStringLiteral("/landing")).toEncoded()}};
    m_server.route(QStringLiteral("/away"), away);
    QSignalSpy captured(m_capturer.get(), &PageCapturer::captured);
    CaptureRequest request;
    request.id = 777;
    request.url = m_server.url(QStringLiteral("/away"));
    request.allowPrivate = true;
    request.denyDomains = {QStringLiteral("127.0.0.2")};
    m_capturer->capture(request);
    QVERIFY(captured.wait(20000));
    const CaptureResult result = captured.first().at(1).value<CaptureResult>();
    QCOMPARE(result.failure, ArchiveReason::Policy);
    QVERIFY2(
        result.detail.startsWith(QLatin1String("went to 127.0.0.2: 127.0.0.2 is on the deny list")),
        qPrintable(result.detail));
    // Refused before the engine asked for it: the other host never saw a request.
    QCOMPARE(elsewhere.totalRequests(), 0);
}

int main(int argc, char* argv[])
{
    WebPageCapturer::prepareEngine();
    QApplication app(argc, argv);
    qRegisterMetaType<CaptureResult>();
    TestWebPageCapturer test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestWebPageCapturer.moc"
