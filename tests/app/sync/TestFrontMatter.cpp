#include "sync/FrontMatter.h"

#include <QJsonArray>
#include <QTest>

using namespace folio;

class TestFrontMatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsAnyValue();
    void malformedHeadersAreNamed_data();
    void malformedHeadersAreNamed();
};

void TestFrontMatter::roundTripsAnyValue()
{
    const QJsonObject fields{
        {QStringLiteral("title"), QStringLiteral("Grüße: \"quoted\"\n---\nnot the end")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b c")}},
        {QStringLiteral("attachments"),
         QJsonObject{{QStringLiteral("x.png"), QStringLiteral("ab")}}},
        {QStringLiteral("conflicted"), true}};
    const QString body = QStringLiteral("---\nA body may hold fences too.\n");
    const QByteArray text = FrontMatter::write(fields, body);
    QVERIFY(text.startsWith("---\n"));
    QVERIFY(text.contains("\ntitle: \"Gr"));
    const std::optional<FrontMatter::Parsed> parsed = FrontMatter::parse(text, nullptr);
    QVERIFY(parsed);
    QCOMPARE(parsed->fields, fields);
    QCOMPARE(parsed->body, body);
    QCOMPARE(FrontMatter::parse("---\n---\n", nullptr)->fields, QJsonObject());
    // A body that starts with a byte-order mark keeps it.
    const QString marked = QStringLiteral("\uFEFFtext");
    QCOMPARE(FrontMatter::parse(FrontMatter::write(fields, marked), nullptr)->body, marked);
}

void TestFrontMatter::malformedHeadersAreNamed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no header") << QByteArray("# Title\n") << QStringLiteral("does not start");
    QTest::newRow("never ends") << QByteArray("---\ntitle: \"x\"\n")
                                << QStringLiteral("never ends");
    QTest::newRow("not key value")
        << QByteArray("---\njust words\n---\n") << QStringLiteral("line 2");
    QTest::newRow("bad json") << QByteArray("---\ntitle: \"unterminated\n---\n")
                              << QStringLiteral("“title”");
    QTest::newRow("two values") << QByteArray("---\ntitle: 1, 2\n---\n")
                                << QStringLiteral("“title”");
    QTest::newRow("twice") << QByteArray("---\na: 1\na: 2\n---\n") << QStringLiteral("twice");
}

void TestFrontMatter::malformedHeadersAreNamed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, problem);
    QString said;
    QVERIFY(!FrontMatter::parse(text, &said));
    QVERIFY2(said.contains(problem), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "TestFrontMatter.moc"
