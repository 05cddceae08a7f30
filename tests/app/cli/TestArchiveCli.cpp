#include "FolioProcess.h"
#include "LoopbackHttpServer.h"
#include "TestFiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace folio;

// `folio archive` and what `folio link show` tells of the archive, run as a user would,
// with no display, against pages served on loopback.
class TestArchiveCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void archivesAndSaysWhatFailed();
    void loopbackIsSkippedUnlessAllowed();
    void aNamedLinkGetsANewVersion();
    void failedLinksAreTriedAgainOnRequest();
    void ctrlCStopsAndTheNextRunGoesOn();
    void usageMistakes();

private:
    test::ProcessResult folio(const QStringList& arguments,
                              const std::function<void(QProcess&)>& whileRunning = {});
    QString url(const QString& path) const { return m_server.url(path).toString(); }
    void importLinks(const QStringList& paths);
    QJsonObject archiveOf(const QString& link);

    QTemporaryDir m_dir;
    test::LoopbackHttpServer m_server;
    QString m_wiki;
};

void TestArchiveCli::initTestCase()
{
    QVERIFY(m_server.listen());
    QByteArray paragraphs;
    for (int i = 0; i < 5; ++i)
        paragraphs += "<p>Offline reading needs the page itself, kept whole, with its text "
                      "readable even when the network is gone for good.</p>";
    m_server.route(QStringLiteral("/guide"),
                   "<title>Offline guide</title><nav>Home | Shop</nav><article><h1>Offline "
                   "guide</h1>" +
                       paragraphs + "</article>");
    test::LoopbackHttpServer::Response loop;
    loop.status = 302;
    loop.headers = {{"Location", "/loop"}};
    m_server.route(QStringLiteral("/loop"), loop);
}

void TestArchiveCli::init()
{
    static int run = 0;
    m_wiki = m_dir.filePath(QStringLiteral("archive-%1.folio").arg(++run));
    m_server.route(QStringLiteral("/flaky"), QByteArray()); // reset below where needed
    test::LoopbackHttpServer::Response gone;
    gone.status = 404;
    m_server.route(QStringLiteral("/flaky"), gone);
}

test::ProcessResult TestArchiveCli::folio(const QStringList& arguments,
                                          const std::function<void(QProcess&)>& whileRunning)
{
    // Settings of its own: the user's archive policy must not change what the test sees.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return test::runFolio(QStringList{QStringLiteral("--wiki"), m_wiki} + arguments, {},
                          environment, whileRunning);
}

void TestArchiveCli::importLinks(const QStringList& paths)
{
    QByteArray html = "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n";
    for (const QString& path : paths)
        html += "<DT><A HREF=\"" + url(path).toUtf8() + "\" ADD_DATE=\"1700000000\">" +
                path.toUtf8() + "</A>\n";
    html += "</DL>\n";
    const QString file = m_dir.filePath(QStringLiteral("bookmarks.html"));
    test::writeFile(file, html);
    const test::ProcessResult imported = folio({QStringLiteral("import-links"), file});
    QCOMPARE(imported.code, 0);
}

QJsonObject TestArchiveCli::archiveOf(const QString& link)
{
    const test::ProcessResult shown =
        folio({QStringLiteral("link"), QStringLiteral("show"), link, QStringLiteral("--json")});
    return QJsonDocument::fromJson(shown.out.toUtf8())
        .object()
        .value(QStringLiteral("archive"))
        .toObject();
}

void TestArchiveCli::archivesAndSaysWhatFailed()
{
    importLinks({QStringLiteral("/guide"), QStringLiteral("/flaky"), QStringLiteral("/loop")});
    const test::ProcessResult run =
        folio({QStringLiteral("archive"), QStringLiteral("--allow-private")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("Archived: 1, failed: 2, skipped: 0")),
             qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(url(QStringLiteral("/flaky")) +
                             QStringLiteral("\n           the server answered HTTP 404")));
    QVERIFY(run.out.contains(QLatin1String("the page redirects in a loop")));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no engine chatter

    const test::ProcessResult text =
        folio({QStringLiteral("link"), QStringLiteral("show"), url(QStringLiteral("/guide")),
               QStringLiteral("--text")});
    QCOMPARE(text.code, 0);
    // Readability leaves out the heading that repeats the title.
    QVERIFY2(text.out.startsWith(QLatin1String("Offline reading needs the page itself")),
             qPrintable(text.out));
    QVERIFY(text.out.contains(QLatin1String("gone for good.\n\nOffline reading")));
    QVERIFY(!text.out.contains(QLatin1String("Shop")));
    const QJsonObject archive = archiveOf(url(QStringLiteral("/guide")));
    QCOMPARE(archive.value(QStringLiteral("status")).toString(), QStringLiteral("archived"));
    const QJsonArray versions = archive.value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.at(0)[QStringLiteral("title")].toString(), QStringLiteral("Offline guide"));
    QCOMPARE(versions.at(0)[QStringLiteral("contentType")].toString(),
             QStringLiteral("multipart/related"));
    QCOMPARE(versions.at(0)[QStringLiteral("httpStatus")].toInt(), 200);

    const test::ProcessResult notKept =
        folio({QStringLiteral("link"), QStringLiteral("show"), url(QStringLiteral("/flaky")),
               QStringLiteral("--text")});
    QCOMPARE(notKept.code, 1);
    QVERIFY2(notKept.err.contains(QLatin1String("is not archived yet")), qPrintable(notKept.err));
    const test::ProcessResult human =
        folio({QStringLiteral("link"), QStringLiteral("show"), url(QStringLiteral("/flaky"))});
    QVERIFY2(
        human.out.contains(QLatin1String("Status: not archived: the server answered HTTP 404")),
        qPrintable(human.out));

    // A second run finds nothing new to do.
    const test::ProcessResult again =
        folio({QStringLiteral("archive"), QStringLiteral("--allow-private")});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.err.contains(QLatin1String("Nothing to archive")), qPrintable(again.err));
}

void TestArchiveCli::loopbackIsSkippedUnlessAllowed()
{
    importLinks({QStringLiteral("/guide")});
    const int before = m_server.totalRequests();
    const test::ProcessResult run = folio({QStringLiteral("archive")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("Archived: 0, failed: 0, skipped: 1")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("127.0.0.1 is a private or intranet address")));
    QCOMPARE(m_server.totalRequests(), before);
    // Allowed later, the skipped link is archived.
    const test::ProcessResult allowed =
        folio({QStringLiteral("archive"), QStringLiteral("--allow-private")});
    QVERIFY2(allowed.out.startsWith(QLatin1String("Archived: 1,")), qPrintable(allowed.out));
}

void TestArchiveCli::aNamedLinkGetsANewVersion()
{
    importLinks({QStringLiteral("/guide")});
    QCOMPARE(folio({QStringLiteral("archive"), QStringLiteral("--allow-private")}).code, 0);
    const test::ProcessResult named =
        folio({QStringLiteral("archive"), url(QStringLiteral("/guide")),
               QStringLiteral("--allow-private")});
    QCOMPARE(named.code, 0);
    QVERIFY2(named.out.startsWith(QLatin1String("Archived: 1,")), qPrintable(named.out));
    QCOMPARE(archiveOf(url(QStringLiteral("/guide")))[QStringLiteral("versions")].toArray().size(),
             2);
    const test::ProcessResult unknown =
        folio({QStringLiteral("archive"), QStringLiteral("https://never.example/imported")});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(
                 QStringLiteral("no link “https://never.example/imported” was imported")),
             qPrintable(unknown.err));
}

void TestArchiveCli::failedLinksAreTriedAgainOnRequest()
{
    importLinks({QStringLiteral("/guide"), QStringLiteral("/flaky")});
    QCOMPARE(folio({QStringLiteral("archive"), QStringLiteral("--allow-private")}).code, 0);
    m_server.route(QStringLiteral("/flaky"), QByteArray("<title>Back</title><p>Here again."));
    const int guideRequests = m_server.requests(QStringLiteral("/guide"));
    const test::ProcessResult retried = folio(
        {QStringLiteral("archive"), QStringLiteral("--failed"), QStringLiteral("--allow-private")});
    QCOMPARE(retried.code, 0);
    QVERIFY2(retried.out.startsWith(QLatin1String("Archived: 1, failed: 0")),
             qPrintable(retried.out));
    QCOMPARE(m_server.requests(QStringLiteral("/guide")), guideRequests); // only the failed one
    QCOMPARE(archiveOf(url(QStringLiteral("/flaky")))[QStringLiteral("status")].toString(),
             QStringLiteral("archived"));
    const test::ProcessResult none = folio(
        {QStringLiteral("archive"), QStringLiteral("--failed"), QStringLiteral("--allow-private")});
    QCOMPARE(none.code, 0);
    QVERIFY2(none.err.contains(QLatin1String("No link failed")), qPrintable(none.err));
}

void TestArchiveCli::ctrlCStopsAndTheNextRunGoesOn()
{
    test::LoopbackHttpServer::Response never;
    never.never = true;
    m_server.route(QStringLiteral("/slow"), never);
    importLinks({QStringLiteral("/slow")});
    const int before = m_server.requests(QStringLiteral("/slow"));
    const test::ProcessResult stopped = folio(
        {QStringLiteral("archive"), QStringLiteral("--allow-private")}, [&](QProcess& process) {
            // Ctrl+C once the page is being fetched.
            if (!QTest::qWaitFor(
                    [&] { return m_server.requests(QStringLiteral("/slow")) > before; }, 30000))
                qWarning("the page was never asked for");
            ::kill(pid_t(process.processId()), SIGINT);
        });
    QCOMPARE(stopped.code, 1);
    QVERIFY2(stopped.err.contains(QLatin1String("Stopped: 1 link waits")), qPrintable(stopped.err));
    QVERIFY2(stopped.out.startsWith(QLatin1String("Archived: 0, failed: 0, skipped: 0")),
             qPrintable(stopped.out));
    QCOMPARE(archiveOf(url(QStringLiteral("/slow")))[QStringLiteral("status")].toString(),
             QStringLiteral("pending"));

    m_server.route(QStringLiteral("/slow"), QByteArray("<title>Slow</title><p>Finally."));
    const test::ProcessResult resumed =
        folio({QStringLiteral("archive"), QStringLiteral("--pending"),
               QStringLiteral("--allow-private")});
    QCOMPARE(resumed.code, 0);
    QVERIFY2(resumed.out.startsWith(QLatin1String("Archived: 1,")), qPrintable(resumed.out));
    QCOMPARE(archiveOf(url(QStringLiteral("/slow")))[QStringLiteral("versions")].toArray().size(),
             1);
}

void TestArchiveCli::usageMistakes()
{
    const test::ProcessResult both =
        folio({QStringLiteral("archive"), QStringLiteral("--pending"), QStringLiteral("--failed")});
    QCOMPARE(both.code, 2);
    QVERIFY2(both.err.contains(QLatin1String("choose one")), qPrintable(both.err));
    const test::ProcessResult badNumber =
        folio({QStringLiteral("archive"), QStringLiteral("--concurrency"), QStringLiteral("0")});
    QCOMPARE(badNumber.code, 2);
    QVERIFY(badNumber.err.contains(QLatin1String("--concurrency takes a number from 1 to 16")));
    // A mistyped wiki is reported, never created empty.
    const QString typo = m_dir.filePath(QStringLiteral("typo.folio"));
    const test::ProcessResult noWiki =
        test::runFolio({QStringLiteral("--wiki"), typo, QStringLiteral("archive")});
    QCOMPARE(noWiki.code, 1);
    QVERIFY2(noWiki.err.contains(QLatin1String("There is no wiki at")), qPrintable(noWiki.err));
    QVERIFY(!QFileInfo::exists(typo));
    const test::ProcessResult unknown =
        folio({QStringLiteral("archive"), QStringLiteral("--fast")});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("unknown option “--fast”")));
}

QTEST_GUILESS_MAIN(TestArchiveCli)
#include "TestArchiveCli.moc"
