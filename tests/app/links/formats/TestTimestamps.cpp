#include "links/formats/Timestamps.h"

#include <QTest>

using namespace folio;

// Times as exports write them: ISO 8601 in every shape the exporters use, and epoch seconds
// as decimals; a time no chat message can have is none.
class TestTimestamps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsIso_data();
    void readsIso();
    void readsEpochSeconds_data();
    void readsEpochSeconds();
};

void TestTimestamps::readsIso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: none
    QTest::addColumn<bool>("hasZone");
    QTest::newRow("utc") << "2024-02-10T09:15:02Z" << qint64(1707556502000) << true;
    QTest::newRow("offset") << "2024-02-10T09:15:02.123+07:00" << qint64(1707531302123) << true;
    QTest::newRow("offset without colon")
        << "2024-02-10T09:15:02-0130" << qint64(1707561902000) << true;
    QTest::newRow("seven digits") << "2021-03-28T21:11:12.4567891Z" << qint64(1616965872456)
                                  << true;
    QTest::newRow("no zone") << "2020-11-12T12:54:07" << qint64(1605185647000) << false;
    QTest::newRow("space, no seconds") << "2020-11-12 12:54" << qint64(1605185640000) << false;
    QTest::newRow("last ms of 2099") << "2099-12-31T23:59:59.999Z" << qint64(4102444799999) << true;
    QTest::newRow("first of 1980") << "1980-01-01T00:00:00Z" << qint64(315532800000) << true;
    QTest::newRow("before 1980") << "1979-12-31T23:59:59Z" << qint64(-1) << false;
    QTest::newRow("year 1") << "0001-01-01T00:00:00Z" << qint64(-1) << false;
    QTest::newRow("year 9999") << "9999-12-31T23:59:59Z" << qint64(-1) << false;
    QTest::newRow("2100") << "2100-01-01T00:00:00Z" << qint64(-1) << false;
    QTest::newRow("zone pushes into 2100") << "2099-12-31T23:30:00-01:00" << qint64(-1) << false;
    QTest::newRow("month 13") << "2024-13-01T00:00:00Z" << qint64(-1) << false;
    QTest::newRow("hour 24") << "2024-01-01T24:00:00Z" << qint64(-1) << false;
    QTest::newRow("date only") << "2024-01-01" << qint64(-1) << false;
    QTest::newRow("words") << "yesterday" << qint64(-1) << false;
    QTest::newRow("empty") << "" << qint64(-1) << false;
}

void TestTimestamps::readsIso()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QFETCH(bool, hasZone);
    bool zone = false;
    const std::optional<qint64> read = Timestamps::fromIso(text, &zone);
    if (ms < 0) {
        QVERIFY2(!read, qPrintable(QString::number(read.value_or(0))));
        return;
    }
    QVERIFY(read);
    QCOMPARE(*read, ms);
    QCOMPARE(zone, hasZone);
}

void TestTimestamps::readsEpochSeconds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: none
    QTest::newRow("seconds") << "1459040791" << qint64(1459040791000);
    QTest::newRow("micro") << "1459040791.000005" << qint64(1459040791000);
    QTest::newRow("half") << "1409000103.5" << qint64(1409000103500);
    QTest::newRow("dot only") << "1409000103." << qint64(1409000103000);
    QTest::newRow("zero") << "0" << qint64(-1);
    QTest::newRow("ms by mistake") << "1459040791000" << qint64(-1);
    QTest::newRow("negative") << "-5" << qint64(-1);
    QTest::newRow("exponent") << "1.4e9" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestTimestamps::readsEpochSeconds()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const std::optional<qint64> read = Timestamps::fromEpochSeconds(text);
    if (ms < 0) {
        QVERIFY2(!read, qPrintable(QString::number(read.value_or(0))));
        return;
    }
    QVERIFY(read);
    QCOMPARE(*read, ms);
}

QTEST_APPLESS_MAIN(TestTimestamps)
#include "TestTimestamps.moc"
