#include "CollectingSink.h"
#include "TestArchives.h"
#include "TestFiles.h"
#include "links/formats/SlackExport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestSlackExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesMrkdwn();
    void urlsInCodeAreMarked();
    void readsAWorkspaceFolder();
    void readsTheSameFromAZip();
    void knowsPrivateChannelsAndDirectMessages();
    void reportsBadItemsAndKeepsTheRest();
    void recognisesOnlySlackExports();
    void aDayFileThatIsNotAListIsReported();
    void readsTheRealExport();

private:
    QString writeWorkspace(const QString& name);
    QTemporaryDir m_dir;
};

void TestSlackExport::decodesMrkdwn()
{
    const auto names = [](const QString& id) {
        return id == QLatin1String("U1") ? QStringLiteral("Ada") : QString();
    };
    const SlackExport::Markup markup = SlackExport::decode(
        QStringLiteral("Hi <@U1>, see *<https://example.com/a?x=1&amp;y=2|the spec>* and "
                       "<https://example.org/> in <#C9|general> <!here> "
                       "<!date^1392734382^{date_short}|Feb 18, 2014> &lt;tag&gt;"),
        names);
    QCOMPARE(markup.text, QStringLiteral("Hi @Ada, see *the spec* and https://example.org/ in "
                                         "#general @here Feb 18, 2014 <tag>"));
    QCOMPARE(markup.links.size(), size_t(2));
    QCOMPARE(markup.links[0].url, QStringLiteral("https://example.com/a?x=1&y=2"));
    QCOMPARE(markup.links[0].label, QStringLiteral("the spec"));
    QCOMPARE(markup.links[1].url, QStringLiteral("https://example.org/"));
    QVERIFY(markup.links[1].label.isEmpty());
}

void TestSlackExport::urlsInCodeAreMarked()
{
    const SlackExport::Markup markup = SlackExport::decode(QStringLiteral(
        "run ```curl https://example.com/api?a=1&amp;b=2``` then `https://example.org/x`"
        " or <https://example.net/>"));
    QCOMPARE(markup.links.size(), size_t(3));
    QCOMPARE(markup.links[0].url, QStringLiteral("https://example.com/api?a=1&b=2"));
    QVERIFY(markup.links[0].inCode);
    QVERIFY(markup.links[1].inCode);
    QVERIFY(!markup.links[2].inCode);
}

QString TestSlackExport::writeWorkspace(const QString& name)
{
    const QString root = m_dir.filePath(name);
    test::writeFile(root + QStringLiteral("/users.json"), R"([
        {"id":"U1","team_id":"T42","name":"ada","profile":{"display_name":"","real_name":"Ada Lovelace"}},
        {"id":"U2","team_id":"T42","name":"bob","profile":{"display_name":"Bob"}},
        {"id":"U3","name":"deploybot","is_bot":true,"profile":{"real_name":"Deploy Bot"}}])");
    test::writeFile(root + QStringLiteral("/channels.json"),
                    R"([{"id":"C1","name":"général","created":"1452837318"}])");
    test::writeFile(root + QStringLiteral("/groups.json"),
                    R"([{"id":"G1","name":"secret-plans"}])");
    test::writeFile(root + QStringLiteral("/dms.json"),
                    R"([{"id":"D0123ABCD","members":["U1","U2"]}])");
    // Day files are split on the exporter's local day: this message is on the 14th in UTC.
    test::writeFile(root + QStringLiteral("/général/2024-01-13.json"), R"([
        {"type":"message","user":"U1","ts":"1705190400.000100",
         "text":"Spec: <https:\/\/example.com\/spec?utm_source=slack|Spec v2> :rocket: \ud83d\ude80",
         "edited":{"user":"U1","ts":"1705190500.000000"},
         "reactions":[{"name":"+1","users":["U2","U3"],"count":2}],
         "blocks":[{"type":"rich_text","elements":[{"type":"rich_text_section","elements":[
             {"type":"text","text":"Spec: "},{"type":"link","url":"https://example.com/spec?utm_source=slack","text":"Spec v2"}]}]}],
         "attachments":[{"from_url":"https://example.com/spec?utm_source=slack","title":"The Spec",
             "image_url":"https://example.com/preview.png","service_name":"Example"}]},
        {"type":"message","user":"U2","ts":"1705190460.000200","thread_ts":"1705190400.000100",
         "parent_user_id":"U1","text":"Thanks <@U1>! Also <https://example.org/faq#install>"}])");
    test::writeFile(root + QStringLiteral("/général/2024-01-14.json"), R"([
        {"type":"message","subtype":"bot_message","bot_id":"B1","username":"ci",
         "text":"","attachments":[{"fallback":"Build <https://ci.example.com/1|#1> passed",
         "text":"Build <https://ci.example.com/1|#1> passed"}],"ts":"1705276800.000001"},
        {"type":"message","subtype":"file_share","user":"U2","ts":"1705276900.000001",
         "text":"<@U2> uploaded a file: <https://t42.slack.com/files/U2/F1/notes.txt|notes>",
         "files":[{"id":"F1","name":"notes.txt","title":"notes",
           "url_private":"https://files.slack.com/files-pri/T42-F1/notes.txt?t=xoxe-1-2-3",
           "permalink":"https://t42.slack.com/files/U2/F1/notes.txt"}]},
        {"type":"message","user":"U1","text":"no ts here <https://example.com/lost>"}])");
    test::writeFile(
        root + QStringLiteral("/secret-plans/2024-01-14.json"),
        R"([{"type":"message","user":"U1","ts":"1705276950.000001","text":"<https://example.com/private>"}])");
    test::writeFile(
        root + QStringLiteral("/D0123ABCD/2024-01-14.json"),
        R"([{"type":"message","user":"U2","ts":"1705276960.000001","text":"<https://example.com/dm>"}])");
    return root;
}

void TestSlackExport::readsAWorkspaceFolder()
{
    SlackExport slack;
    const test::CollectingSink sink =
        test::readWith(slack, writeWorkspace(QStringLiteral("folder")));
    QCOMPARE(sink.messages.size(), size_t(6));

    const ChatMessage* spec = sink.withId(QStringLiteral("1705190400.000100"));
    QVERIFY(spec);
    QCOMPARE(spec->platform, QStringLiteral("slack"));
    QCOMPARE(spec->workspace, QStringLiteral("T42"));
    QCOMPARE(spec->channelId, QStringLiteral("C1"));
    QCOMPARE(spec->channelName, QStringLiteral("général"));
    QCOMPARE(spec->authorName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(*spec->sentAt, qint64(1705190400000)); // .000100 is 100 µs
    QCOMPARE(spec->sentRaw, QStringLiteral("1705190400.000100"));
    QCOMPARE(*spec->editedAt, qint64(1705190500000));
    QCOMPARE(spec->reactions, QStringLiteral("+1 ×2"));
    QCOMPARE(spec->text, QStringLiteral("Spec: Spec v2 :rocket: \U0001F680"));
    // Text, block and unfurl all carry the link; the preview image is not a shared link.
    QCOMPARE(spec->links.size(), size_t(3));
    for (const FoundLink& link : spec->links)
        QCOMPARE(link.url, QStringLiteral("https://example.com/spec?utm_source=slack"));
    QCOMPARE(spec->links[0].origin, LinkOrigin::RichTextBlock); // blocks first: exact URL and label
    QCOMPARE(spec->links[1].origin, LinkOrigin::Text);
    QCOMPARE(spec->links[2].origin, LinkOrigin::AttachmentUnfurl);
    QCOMPARE(spec->links[2].label, QStringLiteral("The Spec"));

    const ChatMessage* reply = sink.withId(QStringLiteral("1705190460.000200"));
    QCOMPARE(reply->threadRoot, QStringLiteral("1705190400.000100"));
    QCOMPARE(reply->text,
             QStringLiteral("Thanks @Ada Lovelace! Also https://example.org/faq#install"));

    const ChatMessage* bot = sink.withId(QStringLiteral("1705276800.000001"));
    QVERIFY(bot->authorIsBot);
    QCOMPARE(bot->authorName, QStringLiteral("ci"));
    QCOMPARE(bot->text, QStringLiteral("Build #1 passed"));
    QVERIFY(!bot->links.empty());
    QCOMPARE(bot->links[0].url, QStringLiteral("https://ci.example.com/1"));

    // Files are shared by their permalink; the token-bearing url_private is never read.
    const ChatMessage* file = sink.withId(QStringLiteral("1705276900.000001"));
    QVERIFY(!sink.links().join(u' ').contains(QLatin1String("xoxe")));
    QCOMPARE(file->links.back().url, QStringLiteral("https://t42.slack.com/files/U2/F1/notes.txt"));
    QCOMPARE(file->links.back().origin, LinkOrigin::File);
}

void TestSlackExport::readsTheSameFromAZip()
{
    const QString folder = writeWorkspace(QStringLiteral("for-zip"));
    std::vector<test::ArchiveEntry> entries;
    for (const QString& file : {QStringLiteral("users.json"), QStringLiteral("channels.json"),
                                QStringLiteral("général/2024-01-13.json")})
        entries.push_back(
            {QByteArray("export/") + file.toUtf8(), test::readAll(folder + u'/' + file), {}, 0});
    const QString zip = m_dir.filePath(QStringLiteral("export.zip"));
    QVERIFY(test::writeArchive(zip, entries));
    SlackExport slack;
    const test::CollectingSink sink = test::readWith(slack, zip);
    QCOMPARE(sink.messages.size(), size_t(2));
    QCOMPARE(sink.messages.front().channelName, QStringLiteral("général"));
    QCOMPARE(sink.messages.front().authorName, QStringLiteral("Ada Lovelace"));
}

void TestSlackExport::knowsPrivateChannelsAndDirectMessages()
{
    SlackExport slack;
    const test::CollectingSink sink =
        test::readWith(slack, writeWorkspace(QStringLiteral("kinds")));
    const ChatMessage* secret = sink.withId(QStringLiteral("1705276950.000001"));
    QCOMPARE(secret->channelKind, ChannelKind::Private);
    QCOMPARE(secret->channelName, QStringLiteral("secret-plans"));
    const ChatMessage* dm = sink.withId(QStringLiteral("1705276960.000001"));
    QCOMPARE(dm->channelKind, ChannelKind::Direct);
    QCOMPARE(dm->channelId, QStringLiteral("D0123ABCD"));
    QCOMPARE(dm->channelName, QStringLiteral("Ada Lovelace, Bob"));
}

void TestSlackExport::reportsBadItemsAndKeepsTheRest()
{
    const QString root = writeWorkspace(QStringLiteral("bad"));
    test::writeFile(
        root + QStringLiteral("/général/2024-01-15.json"),
        R"([{"type":"message","user":"U1","ts":"1705363200.000001","text":"<https://example.com/ok>"},
                        {"type":"message","user":"U2","ts":"1705363300.000001","text":"<https://example.com/cut)");
    SlackExport slack;
    const test::CollectingSink sink = test::readWith(slack, root);
    QVERIFY(sink.withId(QStringLiteral("1705363200.000001")));
    QCOMPARE(sink.problems.size(), 2);
    QStringList reported;
    for (const ImportProblem& problem : sink.problems)
        reported << problem.where + QStringLiteral(": ") + problem.reason;
    const QString all = reported.join(u'\n');
    QVERIFY2(all.contains(u"général/2024-01-14.json, item 3 (byte"), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("without a valid time")), qPrintable(all));
    QVERIFY2(all.contains(u"général/2024-01-15.json: the file is cut off; the 1 complete"),
             qPrintable(all));
}

void TestSlackExport::recognisesOnlySlackExports()
{
    SlackExport slack;
    QVERIFY(slack.recognizes(*ExportArchive::open(writeWorkspace(QStringLiteral("yes")))));
    const QString other = m_dir.filePath(QStringLiteral("other"));
    test::writeFile(other + QStringLiteral("/notes/2024-01-01.json"), "[]");
    QVERIFY(!slack.recognizes(*ExportArchive::open(other)));
}

void TestSlackExport::aDayFileThatIsNotAListIsReported()
{
    const QString root = writeWorkspace(QStringLiteral("shapes"));
    test::writeFile(root + QStringLiteral("/general/2024-01-16.json"), R"({"a":1})");
    test::writeFile(root + QStringLiteral("/general/2024-01-17.json"), QByteArray(100, '\0'));
    SlackExport slack;
    const test::CollectingSink sink = test::readWith(slack, root);
    QStringList reported;
    for (const ImportProblem& problem : sink.problems)
        reported << problem.where + QStringLiteral(": ") + problem.reason;
    const QString all = reported.join(u'\n');
    QVERIFY2(all.contains(u"2024-01-16.json: the file does not hold what this export keeps there"),
             qPrintable(all));
    QVERIFY2(all.contains(u"2024-01-17.json"), qPrintable(all));
    QCOMPARE(sink.messages.size(), size_t(6)); // the other files' messages all read
}

void TestSlackExport::readsTheRealExport()
{
    const QString path = test::sharedFixture(QStringLiteral("slack/testarchive.zip"));
    if (path.isEmpty())
        QSKIP("../shared/fixtures is not here");
    SlackExport slack;
    const test::CollectingSink sink = test::readWith(slack, path);
    QVERIFY(sink.problems.isEmpty());
    QVERIFY(sink.messages.size() > 100);
    // A bot named by the integration that added it, a day file split on UTC−8.
    bool namedBot = false;
    for (const ChatMessage& message : sink.messages)
        namedBot =
            namedBot || (message.authorIsBot && message.authorName == QLatin1String("github"));
    QVERIFY(namedBot);
    // 2016-03-27 05:46 UTC, in the file of the 26th: the time comes from ts, not the file.
    const ChatMessage* late = sink.withId(QStringLiteral("1459057619.000014"));
    QVERIFY(late);
    QVERIFY(late->source.startsWith(QLatin1String("traveling-sailor/2016-03-26.json")));
    QCOMPARE(*late->sentAt, qint64(1459057619000));
    QVERIFY(!sink.links().join(u' ').contains(QLatin1String("?t=xoxe")));
}

QTEST_GUILESS_MAIN(TestSlackExport)
#include "TestSlackExport.moc"
