#include "links/formats/JsonStream.h"

#include <QTest>

using namespace folio;

// JsonStream hands over the elements of arrays inside documents of any size, chunk by chunk.
class TestJsonStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsTheWantedArray();
    void anyChunkingGivesTheSameElements();
    void keepsContextOutsideTheArray();
    void contextFollowsNestedChats();
    void aCutOffDocumentKeepsItsCompleteElements();
    void brokenJsonStopsWithAPosition();
    void stringsWithBracketsAndEscapes();
    void rootArrays();
    void somethingAfterTheEndIsNoticed();

private:
    static QList<QByteArray> elements(const QByteArray& json, const QList<JsonStream::Path>& paths,
                                      int chunk = 1 << 20, bool* complete = nullptr);
};

QList<QByteArray> TestJsonStream::elements(const QByteArray& json,
                                           const QList<JsonStream::Path>& paths, int chunk,
                                           bool* complete)
{
    QList<QByteArray> found;
    JsonStream stream(paths, [&](const JsonStream::Element& e) { found << e.json; });
    for (qsizetype at = 0; at < json.size(); at += chunk)
        stream.feed(json.constData() + at, qMin<qsizetype>(chunk, json.size() - at));
    const bool ok = stream.finish();
    if (complete)
        *complete = ok;
    return found;
}

void TestJsonStream::splitsTheWantedArray()
{
    const QByteArray json =
        R"({"guild":{"id":"1"},"messages":[{"id":"a","n":[1,2]},{"id":"b"}],"messageCount":2})";
    const auto found = elements(json, {{"messages", "*"}});
    QCOMPARE(found, (QList<QByteArray>{R"({"id":"a","n":[1,2]})", R"({"id":"b"})"}));
}

void TestJsonStream::anyChunkingGivesTheSameElements()
{
    const QByteArray json =
        R"( { "messages" : [ {"t":"x}]\"y"} , 12 , "s" , null, [1,{"a":2}] ] } )";
    const auto whole = elements(json, {{"messages", "*"}});
    QCOMPARE(whole.size(), 5);
    QCOMPARE(whole.at(1), QByteArray("12"));
    QCOMPARE(whole.at(2), QByteArray("\"s\""));
    for (int chunk = 1; chunk < 8; ++chunk)
        QCOMPARE(elements(json, {{"messages", "*"}}, chunk), whole);
}

void TestJsonStream::keepsContextOutsideTheArray()
{
    const QByteArray json =
        R"({"guild":{"id":"9","name":"Guild \"G\""},"channel":{"name":"general"},"messages":[{}]})";
    QByteArray channel;
    QByteArray guild;
    JsonStream* current = nullptr;
    JsonStream stream({{"messages", "*"}}, [&](const JsonStream::Element&) {
        channel = current->context("channel/name");
        guild = current->context("guild/name");
    });
    current = &stream;
    stream.feed(json.constData(), json.size());
    QVERIFY(stream.finish());
    QCOMPARE(channel, QByteArray("general"));
    QCOMPARE(guild, QByteArray(R"(Guild \"G\")"));
}

void TestJsonStream::contextFollowsNestedChats()
{
    // Telegram's account export: each chat's name comes before its messages.
    const QByteArray json = R"({"chats":{"list":[{"name":"A","messages":[{"id":1},{"id":2}]},)"
                            R"({"type":"saved_messages","messages":[{"id":3}]}]}})";
    QList<QByteArray> names;
    JsonStream* current = nullptr;
    JsonStream stream({{"chats", "list", "*", "messages", "*"}}, [&](const JsonStream::Element&) {
        names << current->context("chats/list/*/name");
    });
    current = &stream;
    stream.feed(json.constData(), json.size());
    QVERIFY(stream.finish());
    QCOMPARE(names, (QList<QByteArray>{"A", "A", ""}));
}

void TestJsonStream::aCutOffDocumentKeepsItsCompleteElements()
{
    const QByteArray json = R"({"messages":[{"id":"1"},{"id":"2"},{"id":"3","content":"cut he)";
    bool complete = true;
    const auto found = elements(json, {{"messages", "*"}}, 7, &complete);
    QVERIFY(!complete);
    QCOMPARE(found.size(), 2);
    JsonStream stream({{"messages", "*"}}, [](const JsonStream::Element&) {});
    stream.feed(json.constData(), json.size());
    QVERIFY(!stream.finish());
    QVERIFY(stream.isTruncated());
}

void TestJsonStream::brokenJsonStopsWithAPosition()
{
    const QByteArray json = R"({"messages":[{"id":"1"}]]})";
    QList<QByteArray> found;
    JsonStream stream({{"messages", "*"}}, [&](const JsonStream::Element& e) { found << e.json; });
    stream.feed(json.constData(), json.size());
    QVERIFY(!stream.finish());
    QCOMPARE(found.size(), 1);
    QVERIFY(!stream.isTruncated());
    QVERIFY2(stream.error().contains(QLatin1String("byte 24")), qPrintable(stream.error()));
}

void TestJsonStream::stringsWithBracketsAndEscapes()
{
    const QByteArray json = R"([{"t":"[{\\"},{"t":"\u00e9\\\"]"}])";
    QCOMPARE(elements(json, {{"*"}}, 3).size(), 2);
}

void TestJsonStream::rootArrays()
{
    const QByteArray json = "\n[ {\"ts\":\"1\"},\n {\"ts\":\"2\"} ]\n";
    const auto found = elements(json, {{"*"}});
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(1), QByteArray(R"({"ts":"2"})"));
}

// "[…] garbage" is a complete document followed by something else: not an error in what was
// read, but said, in whatever pieces it arrives.
void TestJsonStream::somethingAfterTheEndIsNoticed()
{
    const QByteArray json = "[1, 2]\n  \tgarbage ]";
    for (int chunk = 1; chunk < 12; ++chunk) {
        JsonStream stream({{"*"}}, [](const JsonStream::Element&) {});
        for (qsizetype at = 0; at < json.size(); at += chunk)
            stream.feed(json.constData() + at, qMin<qsizetype>(chunk, json.size() - at));
        QVERIFY(stream.finish());
        QCOMPARE(stream.trailingDataAt(), qint64(json.indexOf('g')));
    }
    JsonStream clean({{"*"}}, [](const JsonStream::Element&) {});
    clean.feed("[1]\n\n", 5);
    QVERIFY(clean.finish());
    QCOMPARE(clean.trailingDataAt(), qint64(-1));
    // After a byte order mark the caller left out, positions still count from the file's start.
    JsonStream marked({{"*"}}, [](const JsonStream::Element&) {});
    marked.skipped(3);
    marked.feed("[1] x", 5);
    QVERIFY(marked.finish());
    QCOMPARE(marked.trailingDataAt(), qint64(7));
}

QTEST_GUILESS_MAIN(TestJsonStream)
#include "TestJsonStream.moc"
