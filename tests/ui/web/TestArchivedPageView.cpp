#include "LoopbackHttpServer.h"
#include "WebTestHelpers.h"
#include "archive/ArchiveStore.h"
#include "core/Sha256.h"
#include "web/ArchivedPageView.h"
#include "web/FolioScheme.h"
#include "web/RequestBlocker.h"
#include "web/WebPageCapturer.h"
#include "web/WebProfile.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace folio;

// Reading the archive: a snapshot captured from one server, with an image and a tracker
// from another, reopens whole with the network untouched; the Reader view shows the text
// in Folio's style and marks the words searched for.
class TestArchivedPageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aSnapshotReopensWithoutTheNetwork();
    void theReaderShowsTheTextAndMarksWords();
    void nothingOutsideTheSnapshotFolderOpens();

private:
    bool show(const std::function<void()>& load);
    QVariant js(const QString& script) { return test::evaluate(m_view->page(), script); }

    test::LoopbackHttpServer m_site;
    test::LoopbackHttpServer m_elsewhere; // another host: images, a tracker
    std::unique_ptr<WebProfile> m_profile;
    std::unique_ptr<ArchivedPageView> m_view;
    Capture m_capture;
    QByteArray m_snapshot;
};

void TestArchivedPageView::initTestCase()
{
    QVERIFY(m_site.listen());
    QVERIFY(m_elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    test::LoopbackHttpServer::Response png;
    png.contentType = "image/png";
    png.body = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8"
                                      "z8DAwMDAxMDAwMDAAAANHQEDK+mmyAAAAABJRU5ErkJggg==");
    m_elsewhere.route(QStringLiteral("/picture.png"), png);
    m_elsewhere.route(QStringLiteral("/track"), QByteArray("ok"));
    QByteArray text;
    for (int i = 0; i < 5; ++i)
        text += "<p>Archived pages must open on a plane, with nothing phoning home from "
                "inside them, and read as well as the original.</p>";
    m_site.route(
        QStringLiteral("/article"),
        "<title>Reading offline</title><article><h1>Reading offline</h1>" + text +
            "<img id=picture src=\"" + m_elsewhere.url(QStringLiteral("/picture.png")).toEncoded() +
            "\"><a id=out href=\"https://example.org/next\">next</a></article>"
            "<script>setTimeout(function () { new Image().src = '" +
            m_elsewhere.url(QStringLiteral("/track")).toEncoded() + "?read=1'; }, 10);</script>");

    WebPageCapturer capturer;
    QSignalSpy captured(&capturer, &PageCapturer::captured);
    CaptureRequest request;
    request.id = 1;
    request.url = m_site.url(QStringLiteral("/article"));
    request.maxBytes = 50 << 20;
    request.allowPrivate = true; // both servers are on loopback
    capturer.capture(request);
    QVERIFY(captured.wait(20000));
    const CaptureResult result = captured.first().at(1).value<CaptureResult>();
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(m_elsewhere.requests(QStringLiteral("/picture.png")), 1);
    m_snapshot = result.content;
    m_capture.id = 1;
    m_capture.linkId = 1;
    m_capture.sha256 = Sha256::hex(m_snapshot);
    m_capture.size = m_snapshot.size();
    m_capture.contentType = result.contentType;
    m_capture.capturedAt = 1764158400000;
    m_capture.finalUrl = result.finalUrl.toString();
    m_capture.title = result.title;
    m_capture.byline = QStringLiteral("Ada <b>Lovelace</b>");
    m_capture.text = result.text;

    m_profile = std::make_unique<WebProfile>();
    m_view = std::make_unique<ArchivedPageView>(*m_profile);
    m_view->resize(900, 700);
    m_view->show();
}

bool TestArchivedPageView::show(const std::function<void()>& load)
{
    QSignalSpy loaded(m_view.get(), &QWebEngineView::loadFinished);
    load();
    return test::waitForLoad(loaded);
}

void TestArchivedPageView::aSnapshotReopensWithoutTheNetwork()
{
    const int siteBefore = m_site.totalRequests();
    const int elsewhereBefore = m_elsewhere.totalRequests();
    QVERIFY(show([&] { m_view->showSnapshot(m_capture, m_snapshot); }));
    QCOMPARE(m_view->title(), QStringLiteral("Reading offline"));
    // The picture comes from the snapshot itself.
    QTRY_COMPARE(js(QStringLiteral("document.getElementById('picture').naturalWidth")).toInt(), 2);
    QVERIFY(js(QStringLiteral("document.body.innerText"))
                .toString()
                .contains(QLatin1String("nothing phoning home")));
    // Opened again (the file is reused), still nothing reaches either server: not the page,
    // not the picture, not the tracker its script would call.
    // Its script, which called the tracker, does not run here (the reading profile has
    // JavaScript off: TestPageView), and a finished load has asked for all it shows.
    QVERIFY(show([&] { m_view->showSnapshot(m_capture, m_snapshot); }));
    QCOMPARE(m_site.totalRequests(), siteBefore);
    QCOMPARE(m_elsewhere.totalRequests(), elsewhereBefore);
}

void TestArchivedPageView::theReaderShowsTheTextAndMarksWords()
{
    QVERIFY(show([&] {
        m_view->showReader(m_capture, m_site.url(QStringLiteral("/article")).toString(),
                           {QStringLiteral("plane")});
    }));
    QCOMPARE(js(QStringLiteral("document.querySelector('h1').textContent")).toString(),
             QStringLiteral("Reading offline"));
    // The byline is text, never markup.
    QCOMPARE(js(QStringLiteral("document.querySelector('.byline').textContent")).toString(),
             QStringLiteral("Ada <b>Lovelace</b>"));
    QVERIFY(js(QStringLiteral("document.querySelectorAll('.page-body p').length")).toInt() >= 5);
    QTRY_COMPARE(
        js(QStringLiteral("document.querySelectorAll('mark.folio-search').length")).toInt(), 5);
    QCOMPARE(js(QStringLiteral("document.querySelectorAll('script, img').length")).toInt(), 0);
}

void TestArchivedPageView::nothingOutsideTheSnapshotFolderOpens()
{
    RequestBlocker* blocker = m_profile->requestBlocker();
    const QString folder = m_profile->snapshotFolder();
    QVERIFY(blocker->isAllowedHere(QUrl::fromLocalFile(folder + QStringLiteral("/a.mhtml"))));
    QVERIFY(!blocker->isAllowedHere(QUrl::fromLocalFile(QStringLiteral("/etc/passwd"))));
    QVERIFY(!blocker->isAllowedHere(QUrl::fromLocalFile(folder + QStringLiteral("/../x.mhtml"))));
    QVERIFY(!blocker->isAllowedHere(QUrl::fromLocalFile(folder + QStringLiteral("-sibling/a"))));
    QVERIFY(!blocker->isAllowedHere(QUrl(QStringLiteral("https://example.org/"))));
}

int main(int argc, char* argv[])
{
    FolioScheme::registerScheme();
    WebPageCapturer::prepareEngine();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestArchivedPageView test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestArchivedPageView.moc"
