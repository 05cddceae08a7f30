#include "links/formats/TelegramExport.h"

#include <QTest>

using namespace folio;

class TestTelegramExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repairsHexEscapes_data();
    void repairsHexEscapes();
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

QTEST_GUILESS_MAIN(TestTelegramExport)
#include "TestTelegramExport.moc"
