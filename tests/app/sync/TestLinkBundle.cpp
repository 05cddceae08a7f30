#include "TestArchives.h"
#include "TestBundles.h"
#include "archive/ArchiveResult.h"
#include "archive/ArchiveStore.h"
#include "links/UrlNormalizer.h"
#include "store/Database.h"
#include "store/LinkStore.h"
#include "store/PageStore.h"
#include "store/Statement.h"
#include "store/WikiFile.h"
#include "sync/BundleError.h"
#include "sync/BundleImport.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;
using namespace Qt::StringLiterals;

namespace {

// One machine's wiki with the links shared in its team's chat.
struct Machine
{
    explicit Machine(const QString& path) : db(WikiFile::open(path).database), links(*db) {}

    void share(const QString& messageId, const QString& url, const QString& text)
    {
        ChatMessage message;
        message.platform = u"slack"_s;
        message.workspace = u"acme"_s;
        message.channelId = u"C1"_s;
        message.channelName = u"support"_s;
        message.messageId = messageId;
        message.authorName = u"ana"_s;
        message.sentAt = 1700000000000 + messageId.size();
        message.text = text;
        const NormalizedUrl normalized = UrlNormalizer::normalize(url);
        LinkStore::Import import(links);
        import.add(message, {{ normalized.url, normalized.host, {}, LinkOrigin::Text, false, 0 }});
        import.commit();
    }
    Link link(const QString& url) const { return *links.find(UrlNormalizer::normalize(url).url); }
    void capture(const QString& url, const QByteArray& page, const QString& text, qint64 when)
    {
        CaptureResult result;
        result.content = page;
        result.contentType = u"multipart/related"_s;
        result.finalUrl = QUrl(url);
        result.title = u"Archived"_s;
        result.text = text;
        ArchiveStore(*db).recordCapture(link(url).id, result, when);
    }
    qint64 matches(const char* table, const QString& word) const
    {
        Statement query(*db,
                        u"SELECT count(*) FROM %1 WHERE %1 MATCH ?"_s.arg(QLatin1String(table)));
        query.bind(1, word);
        return query.step() ? query.int64(0) : -1;
    }

    std::unique_ptr<Database> db;
    LinkStore links;
};

} // namespace

// The links side of whole-wiki bundles: links, the messages that shared them, tags, hidden
// links and archived copies travel, and merge by union.
class TestLinkBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void linksSharesTagsAndCapturesTravel();
    void sharesTagsAndCapturesMergeByUnion();
    void aFilteredBundleCarriesNoLinks();
    void aHostileShareIsNotStored();
    void aMalformedLinksLineChangesNothing();

private:
    QString bundleOf(Machine& machine);
    static BundleMerger::Summary import(Machine& into, const QString& bundle);

    QTemporaryDir m_dir;
    std::unique_ptr<Machine> m_laptop;
    std::unique_ptr<Machine> m_desktop;
    int m_run = 0;
    int m_bundles = 0;
};

void TestLinkBundle::init()
{
    ++m_run;
    m_laptop = std::make_unique<Machine>(m_dir.filePath(u"laptop-%1.folio"_s.arg(m_run)));
    m_desktop = std::make_unique<Machine>(m_dir.filePath(u"desktop-%1.folio"_s.arg(m_run)));
    m_laptop->share(u"m1"_s, u"https://example.com/printers"_s, u"fix for the zebra printer"_s);
    m_laptop->share(u"m2"_s, u"https://example.com/vpn"_s, u"vpn howto"_s);
}

void TestLinkBundle::cleanup()
{
    m_laptop.reset();
    m_desktop.reset();
}

QString TestLinkBundle::bundleOf(Machine& machine)
{
    const QString path = m_dir.filePath(u"l%1.foliobundle"_s.arg(++m_bundles));
    BundleWriter(*machine.db, u"m"_s).write(path);
    return path;
}

BundleMerger::Summary TestLinkBundle::import(Machine& into, const QString& bundle)
{
    BundleReader reader(bundle);
    return BundleImport(*into.db).run(reader, bundle);
}

void TestLinkBundle::linksSharesTagsAndCapturesTravel()
{
    const Link printers = m_laptop->link(u"https://example.com/printers"_s);
    m_laptop->links.setTags(printers.id, {u"hardware"_s});
    m_laptop->links.setHidden(m_laptop->link(u"https://example.com/vpn"_s).id, true);
    m_laptop->capture(u"https://example.com/printers"_s, "MHTML of the printers page",
                      u"calibrate the zebra head"_s, 1700000100000);

    const BundleMerger::Summary summary = import(*m_desktop, bundleOf(*m_laptop));
    QCOMPARE(summary.links, 2);
    QCOMPARE(summary.shares, 2);
    QCOMPARE(summary.captures, 1);
    const Link arrived = m_desktop->link(u"https://example.com/printers"_s);
    QCOMPARE(arrived.shareCount, 1);
    QCOMPARE(m_desktop->links.tags(arrived.id), QStringList{u"hardware"_s});
    QVERIFY(m_desktop->link(u"https://example.com/vpn"_s).hidden);
    QCOMPARE(m_desktop->links.shares(arrived.id).front().message.text,
             u"fix for the zebra printer"_s);
    const std::optional<Capture> capture = ArchiveStore(*m_desktop->db).latestCapture(arrived.id);
    QVERIFY(capture);
    QCOMPARE(capture->capturedAt, 1700000100000);
    QCOMPARE(ArchiveStore(*m_desktop->db).snapshotData(capture->sha256),
             QByteArray("MHTML of the printers page"));
    QCOMPARE(ArchiveStore(*m_desktop->db).state(arrived.id).status, ArchiveStatus::Archived);
    // Found by the one search, by the message and by the archived text; the hidden one not.
    QCOMPARE(m_desktop->matches("link_search", u"zebra"_s), 1);
    QCOMPARE(m_desktop->matches("link_search", u"vpn"_s), 0);
    QCOMPARE(m_desktop->matches("capture_search", u"calibrate"_s), 1);

    // Again: nothing new.
    const BundleMerger::Summary again = import(*m_desktop, bundleOf(*m_laptop));
    QCOMPARE(again.links + again.shares + again.captures, 0);
    QCOMPARE(m_desktop->link(u"https://example.com/printers"_s).shareCount, 1);
}

void TestLinkBundle::sharesTagsAndCapturesMergeByUnion()
{
    import(*m_desktop, bundleOf(*m_laptop));
    const QString printers = u"https://example.com/printers"_s;
    m_laptop->share(u"m3"_s, printers, u"laptop says it again"_s);
    m_laptop->links.setTags(m_laptop->link(printers).id, {u"laptop"_s});
    m_laptop->capture(printers, "older copy", u"older text"_s, 1700000100000);
    m_desktop->share(u"m4"_s, printers, u"desktop says it too"_s);
    m_desktop->links.setTags(m_desktop->link(printers).id, {u"desktop"_s});
    m_desktop->capture(printers, "newer copy", u"newer text"_s, 1700000200000);

    const QString fromLaptop = bundleOf(*m_laptop), fromDesktop = bundleOf(*m_desktop);
    import(*m_desktop, fromLaptop);
    import(*m_laptop, fromDesktop);
    for (Machine* machine : {m_laptop.get(), m_desktop.get()}) {
        const Link link = machine->link(printers);
        QCOMPARE(link.shareCount, 3);
        QStringList tags = machine->links.tags(link.id);
        tags.sort();
        QCOMPARE(tags, (QStringList{u"desktop"_s, u"laptop"_s}));
        ArchiveStore archive(*machine->db);
        QCOMPARE(archive.captures(link.id).size(), 2);
        // The newest by the time captured is the one shown and searched, on both.
        QCOMPARE(archive.latestCapture(link.id)->text, u"newer text"_s);
        QCOMPARE(machine->matches("capture_search", u"newer"_s), 1);
        QCOMPARE(machine->matches("capture_search", u"older"_s), 0);
    }
}

void TestLinkBundle::aFilteredBundleCarriesNoLinks()
{
    m_laptop->capture(u"https://example.com/printers"_s, "snapshot bytes", u"t"_s, 1);
    PageStore(*m_laptop->db).create({u"Guide"_s, PageKind::Guide, {}, u"g"_s}, u"ana"_s);
    const QString path = m_dir.filePath(u"published-%1.foliobundle"_s.arg(m_run));
    BundleWriter writer(*m_laptop->db, u"m"_s);
    BundleFilter filter;
    filter.publishedOnly = true;
    writer.setFilter(filter);
    writer.write(path);
    for (const QString& name : test::readArchive(path).order) {
        QVERIFY2(!name.startsWith(u"links/"_s), qPrintable(name));
        QVERIFY2(!name.startsWith(u"snapshots/"_s), qPrintable(name));
    }
}

void TestLinkBundle::aHostileShareIsNotStored()
{
    const QString hostile = m_dir.filePath(u"hostile-%1.foliobundle"_s.arg(m_run));
    QVERIFY(test::rewriteBundle(bundleOf(*m_laptop), hostile, [](test::BundleEntries& entries) {
        for (test::ArchiveEntry& entry : entries)
            if (entry.name.startsWith("links/messages-"))
                entry.data.replace("https://example.com/vpn", "javascript:alert(1)");
    }));
    const BundleMerger::Summary summary = import(*m_desktop, hostile);
    QCOMPARE(summary.links, 1);
    QCOMPARE(m_desktop->links.count(), 1);
    Statement scripts(*m_desktop->db,
                      u"SELECT count(*) FROM links WHERE url LIKE '%javascript%'"_s);
    QVERIFY(scripts.step());
    QCOMPARE(scripts.int64(0), 0);
}

void TestLinkBundle::aMalformedLinksLineChangesNothing()
{
    const QString broken = m_dir.filePath(u"broken-%1.foliobundle"_s.arg(m_run));
    QVERIFY(test::rewriteBundle(bundleOf(*m_laptop), broken, [](test::BundleEntries& entries) {
        for (test::ArchiveEntry& entry : entries)
            if (entry.name.startsWith("links/links-"))
                entry.data += "{\"url\": \"\"}\n";
    }));
    PageStore(*m_desktop->db).create({u"Mine"_s, PageKind::Note, {}, u"m"_s}, u"bo"_s);
    try {
        BundleReader reader(broken);
        BundleImport importer(*m_desktop->db);
        importer.setOtherWikiAllowed(true);
        importer.run(reader, broken);
        QFAIL("a malformed links line was imported");
    } catch (const BundleError& error) {
        QVERIFY2(error.message().contains(u"links/links-000001.jsonl"_s),
                 qPrintable(error.message()));
    }
    QCOMPARE(m_desktop->links.count(), 0);
    QCOMPARE(PageStore(*m_desktop->db).list().size(), 1);
}

QTEST_GUILESS_MAIN(TestLinkBundle)
#include "TestLinkBundle.moc"
