#include "ExpectedLinks.h"
#include "links/LinkImporter.h"
#include "store/LinkStore.h"
#include "wiki/Wiki.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace folio;

// Every fixture under tests/data/links/ imports to exactly the shares EXPECTED.md lists:
// URL, label, origin, author, time, message id and flags, and the same totals.
class TestLinkFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAsExpected_data();
    void importsAsExpected();

private:
    QTemporaryDir m_dir;
};

void TestLinkFixtures::importsAsExpected_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("harvestCode");
    // A fixture is a file or folder under tests/data/links/, or several files of one export.
    const auto add = [](const QString& fixture, QStringList files = {}) {
        if (files.isEmpty())
            files << fixture;
        for (QString& file : files)
            file.prepend(QStringLiteral(FOLIO_TEST_DATA_DIR "/links/"));
        QTest::newRow(qPrintable(fixture + u' ' + files.first().section(u'.', -1)))
            << fixture << files << false;
        if (!test::expectedFor(fixture).withHarvestCode.isEmpty())
            QTest::newRow(
                qPrintable(fixture + QStringLiteral(" +code ") + files.first().section(u'.', -1)))
                << fixture << files << true;
    };
    add(QStringLiteral("slack/workspace/"));
    add(QStringLiteral("slack/truncated/"));
    add(QStringLiteral("slack/grid/"));
    add(QStringLiteral("mattermost/export.jsonl"));
    add(QStringLiteral("mattermost/export.jsonl"), {QStringLiteral("mattermost/export.zip")});
    add(QStringLiteral("discord/general [111] (2 partitions)"),
        {QStringLiteral("discord/Guild - Category - general [111].json"),
         QStringLiteral("discord/Guild - Category - general [111] [part 2].json")});
    add(QStringLiteral("discord/general-cut [222] (truncated)"),
        {QStringLiteral("discord/Guild - Category - general-cut [222].json")});
    add(QStringLiteral("discord/Direct Messages [333]"),
        {QStringLiteral("discord/Direct Messages - Private - bob.okafor [333].json")});
    add(QStringLiteral("teams/channel-messages.json"));
    add(QStringLiteral("teams/chat/"));
    add(QStringLiteral("teams/array.json"));
    add(QStringLiteral("telegram/single-chat/result.json"));
    add(QStringLiteral("telegram/account/result.json"));
    add(QStringLiteral("rocketchat/room-export.jsonl"));
    add(QStringLiteral("rocketchat/mongoexport.jsonl"));
    add(QStringLiteral("zulip/zulip-export-abc123/"));
    add(QStringLiteral("zulip/zulip-export-abc123/"),
        {QStringLiteral("zulip/zulip-export-abc123.tar.gz")});
    add(QStringLiteral("matrix/Element - Eng - Chat Export - 2024-01-05.json"));
    add(QStringLiteral("matrix/element-2021-broken.json"));
    add(QStringLiteral("bookmarks/firefox.html"));
    add(QStringLiteral("bookmarks/chrome.html"));
    add(QStringLiteral("bookmarks/safari.html"));
    add(QStringLiteral("bookmarks/legacy-cp1252.html"));
    add(QStringLiteral("bookmarks/with-bom.html"));
}

static QString isoMs(const std::optional<qint64>& ms)
{
    if (!ms)
        return QStringLiteral("unknown");
    return QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           u'Z';
}

void TestLinkFixtures::importsAsExpected()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, files);
    QFETCH(bool, harvestCode);
    QString path = files.first();
    if (files.size() > 1) {
        // Several files of one export (a partitioned channel): imported as their folder.
        path = m_dir.filePath(QStringLiteral("export-%1")
                                  .arg(QString::fromUtf8(QTest::currentDataTag()))
                                  .replace(u' ', u'-'));
        for (const QString& file : std::as_const(files))
            test::writeFile(path + u'/' + file.section(u'/', -1), test::readAll(file));
    }
    const test::ExpectedFixture expected = test::expectedFor(fixture);
    QVERIFY2(!expected.shares.isEmpty(), "EXPECTED.md has no table for this fixture");
    QList<test::ExpectedShare> rows = expected.shares;
    if (harvestCode)
        rows += expected.withHarvestCode;

    static int run = 0;
    auto wiki = Wiki::open(m_dir.filePath(QStringLiteral("w%1.folio").arg(++run)));
    LinkImporter::Rules rules;
    rules.includePrivate = true;
    rules.harvestCode = harvestCode;
    const LinkImporter::Report report =
        LinkImporter(wiki->database()).import(path, {}, rules, QStringLiteral("Importer"));

    QCOMPARE(report.messages, qint64(expected.messagesRead));
    QCOMPARE(int(report.problems.size()), expected.malformed);
    int rejected = 0;
    for (int count : report.skippedLinks)
        rejected += count;
    QCOMPARE(report.linksFound, qint64(rows.size()));

    const bool isBookmarks = fixture.startsWith(QLatin1String("bookmarks/"));
    LinkStore& store = wiki->links();
    for (const test::ExpectedShare& row : std::as_const(rows)) {
        const std::optional<Link> link = store.find(row.url);
        QVERIFY2(link, qPrintable(QStringLiteral("missing link %1").arg(row.url)));
        const std::vector<LinkShare> shares = store.shares(link->id);
        const LinkShare* share = nullptr;
        for (const LinkShare& candidate : shares)
            if (isBookmarks ? isoMs(candidate.message.sentAt) == row.sentAt
                            : candidate.message.messageId == row.messageId)
                share = &candidate;
        QVERIFY2(
            share,
            qPrintable(
                QStringLiteral("%1 has no share from message %2").arg(row.url, row.messageId)));
        const QString context = row.url + QStringLiteral(" in ") + row.messageId;
        QVERIFY2(
            share->label == row.label,
            qPrintable(context +
                       QStringLiteral(": label “%1”, expected “%2”").arg(share->label, row.label)));
        QVERIFY2(
            LinkStore::originKey(share->origin) == row.origin,
            qPrintable(context +
                       QStringLiteral(": origin %1").arg(LinkStore::originKey(share->origin))));
        QVERIFY2(
            isoMs(share->message.sentAt) == row.sentAt,
            qPrintable(context + QStringLiteral(": sent %1").arg(isoMs(share->message.sentAt))));
        if (!row.author.isEmpty()) {
            QVERIFY2(
                share->message.authorName == row.author,
                qPrintable(context + QStringLiteral(": author %1").arg(share->message.authorName)));
            QCOMPARE(share->message.authorIsBot, row.authorIsBot);
        }
        QCOMPARE(bool(link->flags & LinkInternal), row.flags.contains(QLatin1String("internal")));
        QCOMPARE(bool(link->flags & LinkCarriedSecret),
                 row.flags.contains(QLatin1String("secret")));
        QCOMPARE(bool(link->flags & LinkMailto), row.flags.contains(QLatin1String("mailto")));
        QCOMPARE(share->inCode, row.flags.contains(QLatin1String("in_code")));
    }
    QSet<QString> distinct;
    for (const test::ExpectedShare& row : std::as_const(rows))
        distinct.insert(row.url);
    QCOMPARE(store.count(), qint64(distinct.size()));
    if (!harvestCode)
        QCOMPARE(rejected, expected.linksRejected);
}

QTEST_GUILESS_MAIN(TestLinkFixtures)
#include "TestLinkFixtures.moc"
