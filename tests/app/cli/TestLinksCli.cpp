#include "FolioProcess.h"
#include "TestFiles.h"
#include "wiki/Wiki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// `folio import-links`, `folio links` and `folio link show`, run as a user would.
class TestLinksCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsReportsAndIsIdempotent();
    void listsAndFiltersLinks();
    void showsALinkWithItsShares();
    void refusedExportsExitOneAndChangeNothing();
    void usageMistakes_data();
    void usageMistakes();
    void readingNeverCreatesAWiki();

private:
    test::ProcessResult folio(const QStringList& arguments)
    {
        return test::runFolio(
            QStringList{QStringLiteral("--wiki"), m_dir.filePath(QStringLiteral("links.folio"))} +
            arguments);
    }
    static QString data(const QString& relative)
    {
        return QStringLiteral(FOLIO_TEST_DATA_DIR "/links/") + relative;
    }
    QTemporaryDir m_dir;
};

void TestLinksCli::importsReportsAndIsIdempotent()
{
    const test::ProcessResult first =
        folio({QStringLiteral("import-links"), data(QStringLiteral("slack/workspace"))});
    QCOMPARE(first.code, 0);
    QVERIFY2(first.out.contains(QLatin1String("Imported Slack workspace export")),
             qPrintable(first.out));
    QVERIFY(first.out.contains(QLatin1String("messages read:   25")));
    QVERIFY(first.out.contains(QLatin1String("new links:       19")));
    QVERIFY2(first.out.contains(QLatin1String("left out: 5 messages in private channels")),
             qPrintable(first.out));
    QVERIFY(first.out.contains(QLatin1String("skipped 1: a javascript: link")));
    QVERIFY2(first.err.contains(QLatin1String("1 item could not be read")), qPrintable(first.err));
    QVERIFY(first.err.contains(QLatin1String("without a valid time")));

    const test::ProcessResult again =
        folio({QStringLiteral("import-links"), data(QStringLiteral("slack/workspace")),
               QStringLiteral("--json")});
    QCOMPARE(again.code, 0);
    const QJsonObject report = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("messages")).toInt(), 25);
    QCOMPARE(report.value(QLatin1String("newLinks")).toInt(), 0);
    QCOMPARE(report.value(QLatin1String("newShares")).toInt(), 0);
    QCOMPARE(report.value(QLatin1String("problems")).toArray().size(), 1);
}

void TestLinksCli::listsAndFiltersLinks()
{
    folio({QStringLiteral("import-links"), data(QStringLiteral("slack/workspace")),
           QStringLiteral("--include-private")});
    const test::ProcessResult all = folio({QStringLiteral("links"), QStringLiteral("--json"),
                                           QStringLiteral("--limit"), QStringLiteral("100")});
    QCOMPARE(all.code, 0);
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).array().size(), 23);
    const test::ProcessResult channel = folio({QStringLiteral("links"), QStringLiteral("--json"),
                                               QStringLiteral("channel:#engineering")});
    QCOMPARE(QJsonDocument::fromJson(channel.out.toUtf8()).array().size(), 6);
    const test::ProcessResult words = folio({QStringLiteral("links"), QStringLiteral("bloom")});
    QCOMPARE(words.code, 0);
    QVERIFY2(words.out.startsWith(QLatin1String("https://en.wikipedia.org/wiki/Bloom_filter")),
             qPrintable(words.out));
    QVERIFY(words.out.contains(QLatin1String("first by dana in general")));
    const test::ProcessResult none = folio({QStringLiteral("links"), QStringLiteral("zebra")});
    QCOMPARE(none.code, 0);
    QVERIFY(none.out.isEmpty());
    QVERIFY(none.err.contains(QLatin1String("No link matches")));
    // A hidden link leaves the list; hidden:yes lists it, and only it.
    const QString bloom = QStringLiteral("https://en.wikipedia.org/wiki/Bloom_filter");
    {
        const auto wiki = Wiki::open(m_dir.filePath(QStringLiteral("links.folio")));
        const std::optional<Link> link = wiki->links().find(bloom);
        QVERIFY(link);
        wiki->links().setHidden(link->id, true);
    }
    QVERIFY(folio({QStringLiteral("links"), QStringLiteral("bloom")}).out.isEmpty());
    const test::ProcessResult hidden =
        folio({QStringLiteral("links"), QStringLiteral("--json"), QStringLiteral("hidden:yes")});
    const QJsonArray onlyHidden = QJsonDocument::fromJson(hidden.out.toUtf8()).array();
    QCOMPARE(onlyHidden.size(), 1);
    QCOMPARE(onlyHidden.first().toObject().value(QLatin1String("url")).toString(), bloom);
    QCOMPARE(folio({QStringLiteral("links"), QStringLiteral("--json"), QStringLiteral("hidden:yes"),
                    QStringLiteral("filter")})
                 .out.count(bloom),
             1); // words match the hidden link's label and address
    QCOMPARE(folio({QStringLiteral("links"), QStringLiteral("--json"), QStringLiteral("hidden:yes"),
                    QStringLiteral("\"bloom_filter\"")})
                 .out.count(bloom),
             1); // quotes are not part of the words
}

void TestLinksCli::showsALinkWithItsShares()
{
    folio({QStringLiteral("import-links"), data(QStringLiteral("slack/workspace")),
           QStringLiteral("--include-private")});
    // Typed as it was shared, with its tracking parameter: found by its normalised form.
    const test::ProcessResult show =
        folio({QStringLiteral("link"), QStringLiteral("show"),
               QStringLiteral("https://docs.example.com/design/links-importer?v=3&gclid=x")});
    QCOMPARE(show.code, 0);
    QVERIFY2(show.out.contains(QLatin1String("Shared 2 times:")), qPrintable(show.out));
    QVERIFY(show.out.contains(QLatin1String("(direct message)")));
    QVERIFY(show.out.contains(QLatin1String("(group message)")));
    const test::ProcessResult json =
        folio({QStringLiteral("link"), QStringLiteral("show"),
               QStringLiteral("https://staging.example.net:8443/admin/?view=queue"),
               QStringLiteral("--json")});
    const QJsonObject link = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(link.value(QLatin1String("carriedSecret")).toBool());
    QVERIFY(!json.out.contains(QLatin1String("hunter2")));
    const test::ProcessResult text = folio(
        {QStringLiteral("link"), QStringLiteral("show"),
         QStringLiteral("https://en.wikipedia.org/wiki/Bloom_filter"), QStringLiteral("--text")});
    // The readable text is the archived page's (TestArchiveCli); none is kept yet.
    QCOMPARE(text.code, 1);
    QVERIFY(text.out.isEmpty());
    QVERIFY2(text.err.contains(QLatin1String("is not archived yet")), qPrintable(text.err));
    QVERIFY(show.out.contains(QLatin1String("Status: not archived yet")));
    const test::ProcessResult missing = folio({QStringLiteral("link"), QStringLiteral("show"),
                                               QStringLiteral("https://nowhere.example/")});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(QLatin1String("no link")));
}

void TestLinksCli::refusedExportsExitOneAndChangeNothing()
{
    folio({QStringLiteral("import-links"), data(QStringLiteral("bookmarks/chrome.html"))});
    const QString wiki = m_dir.filePath(QStringLiteral("links.folio"));
    const QByteArray before = test::fingerprint(wiki);
    for (const QString& bad :
         {QStringLiteral("bad/zip-slip.zip"), QStringLiteral("bad/bomb.zip"),
          QStringLiteral("bad/not-an-export.json"), QStringLiteral("/dev/zero")}) {
        const test::ProcessResult result =
            folio({QStringLiteral("import-links"), bad.startsWith(u'/') ? bad : data(bad)});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.startsWith(QLatin1String("folio: ")), qPrintable(result.err));
        QVERIFY2(result.err.contains(bad.section(u'/', -1)), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
    QCOMPARE(test::fingerprint(wiki), before);
    // A refused export creates no wiki where there was none.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.folio"));
    const test::ProcessResult refused =
        test::runFolio({QStringLiteral("--wiki"), fresh, QStringLiteral("import-links"),
                        data(QStringLiteral("bad/random.bin"))});
    QCOMPARE(refused.code, 1);
    QVERIFY(!QFile::exists(fresh));
}

void TestLinksCli::usageMistakes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no path") << QStringList{QStringLiteral("import-links")} << "which export";
    QTest::newRow("bad date") << QStringList{QStringLiteral("import-links"), QStringLiteral("x"),
                                             QStringLiteral("--since"), QStringLiteral("yesterday")}
                              << "--since takes a date";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("import-links"),
                                                   QStringLiteral("x"), QStringLiteral("--fast")}
                                    << "unknown option";
    QTest::newRow("two paths") << QStringList{QStringLiteral("import-links"), QStringLiteral("a"),
                                              QStringLiteral("b")}
                               << "one export at a time";
    QTest::newRow("bad limit") << QStringList{QStringLiteral("links"), QStringLiteral("--limit"),
                                              QStringLiteral("0")}
                               << "--limit takes";
    QTest::newRow("link verb") << QStringList{QStringLiteral("link"), QStringLiteral("open")}
                               << "unknown link command";
    QTest::newRow("reversed range")
        << QStringList{QStringLiteral("import-links"), QStringLiteral("x"),
                       QStringLiteral("--since"),      QStringLiteral("2024-05-02"),
                       QStringLiteral("--until"),      QStringLiteral("2024-05-01")}
        << "--since must come before --until";
    QTest::newRow("empty filter") << QStringList{QStringLiteral("links"), QStringLiteral("from:")}
                                  << "from: needs a value";
    QTest::newRow("hidden maybe") << QStringList{QStringLiteral("links"),
                                                 QStringLiteral("hidden:maybe")}
                                  << "hidden: takes yes or no";
    QTest::newRow("search date") << QStringList{QStringLiteral("search"),
                                                QStringLiteral("in:links after:garbage")}
                                 << "after: takes a date";
}

void TestLinksCli::usageMistakes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const test::ProcessResult result = folio(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("Usage:")));
}

void TestLinksCli::readingNeverCreatesAWiki()
{
    const QString path = m_dir.filePath(QStringLiteral("never.folio"));
    const test::ProcessResult result =
        test::runFolio({QStringLiteral("--wiki"), path, QStringLiteral("links")});
    QCOMPARE(result.code, 1);
    QVERIFY(!QFile::exists(path));
    const test::ProcessResult formats =
        folio({QStringLiteral("import-links"), QStringLiteral("--format"), QStringLiteral("help")});
    QCOMPARE(formats.code, 0);
    QVERIFY(formats.out.contains(QLatin1String("slack")));
}

QTEST_GUILESS_MAIN(TestLinksCli)
#include "TestLinksCli.moc"
