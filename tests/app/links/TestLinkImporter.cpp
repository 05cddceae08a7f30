#include "TestFiles.h"
#include "links/LinkImporter.h"
#include "links/formats/ExportError.h"
#include "store/LinkStore.h"
#include "wiki/Wiki.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// The importer as a whole: one transaction, idempotent, the import rules, and files it
// refuses leave the wiki as it was.
class TestLinkImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void reimportingAddsNothing();
    void aNewerExportAddsOnlyItsNewShares();
    void privateConversationsOnlyWhenAsked();
    void channelsDatesAndDomains();
    void refusedFilesChangeNothing_data();
    void refusedFilesChangeNothing();
    void aCancelledImportWritesNothing();
    void linksAreSearchableByTheirConversation();
    void aLinkKnowsItsSharesAndBestLabel();
    void secretsNeverReachTheWikiFile();
    void conversationsNotListedArePrivate();
    void aRelativePathIsTheSameExport();
    void aMessageOfThousandsOfLinksIsBounded();

private:
    LinkImporter::Report import(const QString& path, const LinkImporter::Rules& rules = {});
    QString copyOfWorkspace();
    QTemporaryDir m_dir;
    std::unique_ptr<Wiki> m_wiki;
    int m_run = 0;
};

static QString data(const QString& relative)
{
    return QStringLiteral(FOLIO_TEST_DATA_DIR "/links/") + relative;
}

void TestLinkImporter::init()
{
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("wiki-%1.folio").arg(++m_run)));
}

LinkImporter::Report TestLinkImporter::import(const QString& path, const LinkImporter::Rules& rules)
{
    return LinkImporter(m_wiki->database()).import(path, {}, rules, QStringLiteral("Me"));
}

QString TestLinkImporter::copyOfWorkspace()
{
    const QString source = data(QStringLiteral("slack/workspace"));
    const QString target = m_dir.filePath(QStringLiteral("copy-%1").arg(m_run));
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        test::writeFile(target + file.mid(source.size()), test::readAll(file));
    }
    return target;
}

void TestLinkImporter::reimportingAddsNothing()
{
    LinkImporter::Rules rules;
    rules.includePrivate = true;
    const LinkImporter::Report first = import(data(QStringLiteral("slack/workspace")), rules);
    QCOMPARE(first.newLinks, 23);
    QCOMPARE(first.newShares, 24);
    const LinkImporter::Report again = import(data(QStringLiteral("slack/workspace")), rules);
    QCOMPARE(again.messages, first.messages);
    QCOMPARE(again.linksFound, first.linksFound);
    QCOMPARE(again.newLinks, 0);
    QCOMPARE(again.newShares, 0);
    QCOMPARE(m_wiki->links().count(), qint64(23));
}

void TestLinkImporter::aNewerExportAddsOnlyItsNewShares()
{
    LinkImporter::Rules rules;
    rules.includePrivate = true;
    const QString folder = copyOfWorkspace();
    import(folder, rules);
    // The next month's export: the same days again, plus one new day.
    test::writeFile(folder + QStringLiteral("/general/2024-04-02.json"), R"([
        {"type":"message","user":"U05BOB0001","ts":"1712044800.000100",
         "text":"again <https://en.wikipedia.org/wiki/Bloom_filter> and <https://example.com/new-one>"}])");
    const LinkImporter::Report report = import(folder, rules);
    QCOMPARE(report.newLinks, 1);
    QCOMPARE(report.newShares, 2);
    const std::optional<Link> bloom =
        m_wiki->links().find(QStringLiteral("https://en.wikipedia.org/wiki/Bloom_filter"));
    QVERIFY(bloom);
    QCOMPARE(bloom->shareCount, 2);
    QCOMPARE(*bloom->lastSharedAt, qint64(1712044800000));
}

void TestLinkImporter::privateConversationsOnlyWhenAsked()
{
    const LinkImporter::Report report = import(data(QStringLiteral("slack/workspace")));
    // #leadership (private), the DM and the group DM stay out by default.
    QCOMPARE(report.leftOutMessages, qint64(5)); // 2 in #leadership, 2 in the DM, 1 in the group
    QVERIFY(!m_wiki->links().find(QStringLiteral("https://forms.example.org/f/lunch-poll")));
    QVERIFY(m_wiki->links().find(QStringLiteral("https://en.wikipedia.org/wiki/Bloom_filter")));
}

void TestLinkImporter::channelsDatesAndDomains()
{
    LinkImporter::Rules rules;
    rules.channels = {QStringLiteral("engineering")};
    rules.since = qint64(1704067200000); // 2024-01-01
    import(data(QStringLiteral("slack/workspace")), rules);
    QCOMPARE(m_wiki->links().count(), qint64(2)); // the 2024 message of #engineering only

    init();
    LinkImporter::Rules domains;
    domains.denyDomains = {QStringLiteral("example.com")};
    import(data(QStringLiteral("slack/workspace")), domains);
    LinkQuery everything;
    for (const Link& link : m_wiki->links().list(everything, 0, 100))
        QVERIFY2(link.host != QLatin1String("example.com") &&
                     !link.host.endsWith(QLatin1String(".example.com")),
                 qPrintable(link.url));
    QVERIFY(m_wiki->links().find(QStringLiteral("https://en.wikipedia.org/wiki/Bloom_filter")));

    init();
    const LinkImporter::Report everyDomain = import(data(QStringLiteral("slack/workspace")));
    const qint64 kept = m_wiki->links().count();
    init();
    LinkImporter::Rules allow;
    allow.allowDomains = {QStringLiteral("wikipedia.org")};
    const LinkImporter::Report onlyWikipedia =
        import(data(QStringLiteral("slack/workspace")), allow);
    QCOMPARE(m_wiki->links().count(), qint64(1));
    // Each link left out is counted once, however many messages shared it.
    QCOMPARE(onlyWikipedia.leftOutLinks, everyDomain.leftOutLinks + kept - 1);
}

void TestLinkImporter::refusedFilesChangeNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("other json") << "bad/not-an-export.json"
                                << "is not an export Folio knows";
    QTest::newRow("random bytes") << "bad/random.bin"
                                  << "is not an export Folio knows";
    QTest::newRow("empty") << "bad/empty.json"
                           << "is not an export Folio knows";
    QTest::newRow("prose") << "bad/text.txt"
                           << "is not an export Folio knows";
    QTest::newRow("zip slip") << "bad/zip-slip.zip"
                              << "points outside the archive";
    QTest::newRow("absolute") << "bad/absolute.zip"
                              << "points outside the archive";
    QTest::newRow("symlink") << "bad/symlink.tar.gz"
                             << "a link or special file";
    QTest::newRow("names") << "bad/non-utf8-names.zip"
                           << "not UTF-8";
    QTest::newRow("bomb") << "bad/bomb.zip"
                          << "decompression bomb";
    QTest::newRow("missing") << "bad/no-such-file.zip"
                             << "does not exist";
}

void TestLinkImporter::refusedFilesChangeNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    import(data(QStringLiteral("bookmarks/chrome.html")));
    const qint64 before = m_wiki->links().count();
    QString error;
    try {
        import(data(file));
    } catch (const ExportError& e) {
        error = e.message();
    }
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(file.section(u'/', -1)), qPrintable(error));
    QCOMPARE(m_wiki->links().count(), before);
}

void TestLinkImporter::aCancelledImportWritesNothing()
{
    import(data(QStringLiteral("bookmarks/chrome.html")));
    std::atomic<bool> cancel{true};
    bool cancelled = false;
    try {
        LinkImporter(m_wiki->database())
            .import(data(QStringLiteral("slack/workspace")), {}, {}, QStringLiteral("Me"), {},
                    &cancel);
    } catch (const LinkImporter::Cancelled&) {
        cancelled = true;
    }
    QVERIFY(cancelled);
    QCOMPARE(m_wiki->links().count(), qint64(4));
    // The wiki is not left inside a transaction: the next import works.
    QCOMPARE(import(data(QStringLiteral("slack/grid"))).newShares, 1);
}

void TestLinkImporter::linksAreSearchableByTheirConversation()
{
    import(data(QStringLiteral("slack/workspace")));
    LinkQuery query;
    query.words = QStringLiteral("bloom");
    QCOMPARE(m_wiki->links().count(query), qint64(1));
    query.words = QStringLiteral("dana"); // the person who shared it
    QCOMPARE(m_wiki->links().count(query), qint64(1));
    query.words = QStringLiteral("\" OR * NEAR(");
    QCOMPARE(m_wiki->links().count(query), qint64(0)); // query syntax is only words
    LinkQuery channel;
    channel.channel = QStringLiteral("engineering");
    QCOMPARE(m_wiki->links().count(channel), qint64(6));
    LinkQuery domain;
    domain.domain = QStringLiteral("example.com");
    QVERIFY(m_wiki->links().count(domain) >= 3);
}

void TestLinkImporter::aLinkKnowsItsSharesAndBestLabel()
{
    LinkImporter::Rules rules;
    rules.includePrivate = true;
    import(data(QStringLiteral("slack/workspace")), rules);
    const std::optional<Link> doc =
        m_wiki->links().find(QStringLiteral("https://docs.example.com/design/links-importer?v=3"));
    QVERIFY(doc);
    QCOMPARE(doc->shareCount, 2);
    QCOMPARE(doc->label,
             QStringLiteral("design doc v3")); // the longer of two labels given once each
    QCOMPARE(doc->firstSharedBy, QStringLiteral("Bob O."));
    const std::vector<LinkShare> shares = m_wiki->links().shares(doc->id);
    QCOMPARE(shares.size(), size_t(2));
    QCOMPARE(shares[0].message.channelKind, ChannelKind::Direct);
    QCOMPARE(shares[1].message.channelKind, ChannelKind::Group);
}

void TestLinkImporter::secretsNeverReachTheWikiFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("secrets-%1").arg(m_run));
    test::writeFile(folder + QStringLiteral("/channels.json"), R"([{"id":"C1","name":"general"}])");
    test::writeFile(folder + QStringLiteral("/users.json"), R"([{"id":"U1","name":"alice"}])");
    test::writeFile(folder + QStringLiteral("/general/2024-01-01.json"), R"([
        {"type":"message","user":"U1","ts":"1704103200.000100",
         "text":"bare https://example.com/?token=TOKSECRET1&a=1 and <https://bob:PWSECRET2@example.org/x|the box> and https://hooks.slack.com/services/T0/B0/HOOKSECRET3"}])");
    const LinkImporter::Report report = import(folder);
    QCOMPARE(report.secretsRemoved, 2);
    m_wiki->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray bytes = test::readAll(m_wiki->path());
    for (const char* secret : {"TOKSECRET1", "PWSECRET2", "HOOKSECRET3"})
        QVERIFY2(!bytes.contains(secret), secret);
    const std::optional<Link> link =
        m_wiki->links().find(QStringLiteral("https://example.com/?a=1"));
    QVERIFY(link);
    QVERIFY(link->flags & LinkCarriedSecret);
    QVERIFY(m_wiki->links().shares(link->id).front().message.text.contains(
        QLatin1String("bare https://example.com/?a=1 and")));
}

void TestLinkImporter::conversationsNotListedArePrivate()
{
    // channels.json lists #general; a folder it does not list may be anything: never public.
    const QString folder = m_dir.filePath(QStringLiteral("unlisted-%1").arg(m_run));
    test::writeFile(folder + QStringLiteral("/channels.json"), R"([{"id":"C1","name":"general"}])");
    test::writeFile(folder + QStringLiteral("/groups.json"), R"([{"id":"G1","na)");
    test::writeFile(
        folder + QStringLiteral("/secret-team/2024-01-01.json"),
        R"([{"type":"message","user":"U1","ts":"1704103200.000100","text":"<https://example.com/plans>"}])");
    const LinkImporter::Report report = import(folder);
    QCOMPARE(report.leftOutMessages, qint64(1));
    QCOMPARE(m_wiki->links().count(), qint64(0));
}

void TestLinkImporter::aRelativePathIsTheSameExport()
{
    const QString before = QDir::currentPath();
    QDir::setCurrent(QStringLiteral(FOLIO_TEST_DATA_DIR "/links"));
    const LinkImporter::Report report = import(QStringLiteral("slack/workspace"));
    QDir::setCurrent(before);
    QCOMPARE(report.newLinks, 19);
    QVERIFY(report.problems.size() == 1); // the message without a time, as from a full path
}

// A bot posting a sitemap: thousands of URLs in one message, far longer than any platform
// allows. Every link is kept, each once; the text is cut, so no search row repeats it whole.
void TestLinkImporter::aMessageOfThousandsOfLinksIsBounded()
{
    QStringList urls;
    for (int i = 0; i < 5000; ++i)
        urls << QStringLiteral("https://example.com/page/%1").arg(i);
    urls << urls.first(); // repeated: still one share
    const QString folder = m_dir.filePath(QStringLiteral("dump-%1").arg(m_run));
    test::writeFile(folder + QStringLiteral("/channels.json"), R"([{"id":"C1","name":"general"}])");
    test::writeFile(
        folder + QStringLiteral("/general/2024-01-01.json"),
        QByteArray(R"([{"type":"message","user":"U1","ts":"1704103200.000100","text":")") +
            urls.join(u' ').toUtf8() + QByteArray(R"("}])"));
    const LinkImporter::Report report = import(folder);
    QCOMPARE(report.newLinks, 5000);
    QCOMPARE(report.newShares, 5000);
    const std::optional<Link> last =
        m_wiki->links().find(QStringLiteral("https://example.com/page/4999"));
    QVERIFY(last);
    const std::vector<LinkShare> shares = m_wiki->links().shares(last->id);
    QCOMPARE(shares.size(), size_t(1));
    QCOMPARE(shares.front().message.text.size(), qsizetype(LinkImporter::kMaxMessageText + 1));
    QVERIFY(shares.front().message.text.endsWith(QChar(0x2026)));
}

QTEST_GUILESS_MAIN(TestLinkImporter)
#include "TestLinkImporter.moc"
