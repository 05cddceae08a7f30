#include "CollectingSink.h"
#include "TestFiles.h"
#include "links/formats/TelegramExport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestTelegramExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repairsHexEscapes_data();
    void repairsHexEscapes();
    void aLinkEntityWithoutSchemeMustBeAHost();
    void anImpossibleTimeIsReported();
};

void TestTelegramExport::repairsHexEscapes_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QByteArray>("repaired");
    QTest::newRow("bell") << QByteArray(R"({"text":"ding\x07!"})")
                          << QByteArray(R"({"text":"ding\u0007!"})");
    QTest::newRow("escaped backslash")
        << QByteArray(R"({"text":"C:\\x41"})") << QByteArray(R"({"text":"C:\\x41"})");
    QTest::newRow("both") << QByteArray(R"(["\\\x1f","\\\\x20"])")
                          << QByteArray(R"(["\\\u001f","\\\\x20"])");
    QTest::newRow("not hex") << QByteArray(R"(["\xzz"])") << QByteArray(R"(["\xzz"])");
    QTest::newRow("at the end") << QByteArray(R"(["\x0)") << QByteArray(R"(["\x0)");
    QTest::newRow("quote") << QByteArray(R"(["\"\x0a"])") << QByteArray(R"(["\"\u000a"])");
}

void TestTelegramExport::repairsHexEscapes()
{
    QFETCH(QByteArray, written);
    QFETCH(QByteArray, repaired);
    TelegramExport::repair(written);
    QCOMPARE(written, repaired);
}

// Telegram marks "example.com" as a link entity, written without a scheme: it is a web address.
// A number it marks ("123") is not, and never becomes http://0.0.0.123/.
void TestTelegramExport::aLinkEntityWithoutSchemeMustBeAHost()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("result.json"));
    test::writeFile(path, R"({"name":"Team","type":"private_supergroup","id":1,"messages":[
        {"id":1,"type":"message","date":"2024-01-01T10:00:00","date_unixtime":"1704103200",
         "from":"Ana","from_id":"user1","text":[
           {"type":"link","text":"example.com/docs"}," and ",{"type":"link","text":"123"}],
         "text_entities":[{"type":"link","text":"example.com/docs"},{"type":"plain","text":" and "},
           {"type":"link","text":"123"}]}]})");
    TelegramExport format;
    const test::CollectingSink sink = test::readWith(format, path);
    QCOMPARE(sink.messages.size(), size_t(1));
    const QStringList links = sink.links();
    QVERIFY2(links.contains(QStringLiteral("http://example.com/docs|example.com/docs")),
             qPrintable(links.join(u' ')));
    for (const QString& link : links)
        QVERIFY2(!link.startsWith(QLatin1String("http://123")), qPrintable(link));
}

void TestTelegramExport::anImpossibleTimeIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("result.json"));
    test::writeFile(path, R"({"name":"Team","type":"private_supergroup","id":1,"messages":[
        {"id":1,"type":"message","date":"2024-01-01T10:00:00","date_unixtime":"1704103200",
         "from":"Ana","text":"https://example.com/a"},
        {"id":2,"type":"message","date":"2024-01-01T11:00:00","date_unixtime":"99999999999",
         "from":"Ana","text":"https://example.com/b"}]})");
    TelegramExport format;
    const test::CollectingSink sink = test::readWith(format, path);
    QCOMPARE(sink.messages.size(), size_t(2));
    QCOMPARE(sink.problems.size(), 1);
    QVERIFY2(sink.problems.first().reason.contains(QLatin1String("99999999999")),
             qPrintable(sink.problems.first().reason));
    // The written date, less the offset the first message showed (none here).
    QCOMPARE(sink.messages.at(1).sentAt, std::optional<qint64>(1704106800000));
}

QTEST_GUILESS_MAIN(TestTelegramExport)
#include "TestTelegramExport.moc"
