#include "links/LinkQueryParser.h"

#include <QTest>

using namespace folio;

// The links filter as people type it: words and filters, and a clear word on what cannot be
// read rather than a list that silently ignores it.
class TestLinkQueryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWordsAndFilters();
    void aRangeEndsWhenItsLastDayDoes();
    void hiddenListsOnlyHiddenLinks();
    void mistakesAreNamed_data();
    void mistakesAreNamed();
};

void TestLinkQueryParser::readsWordsAndFilters()
{
    QString problem;
    const LinkQuery query = LinkQueryParser::parse(
        QStringLiteral("bloom channel:#general from:@dana domain:example.org tag:read "
                       "platform:Slack after:2024-01-01 before:2024-02-01T12:00:00 "
                       "in:\"release notes\" https://x.org/a"),
        &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(query.words, QStringLiteral("bloom https://x.org/a"));
    QCOMPARE(query.channel, QStringLiteral("release notes")); // the later in: wins
    QCOMPARE(query.person, QStringLiteral("dana"));
    QCOMPARE(query.domain, QStringLiteral("example.org"));
    QCOMPARE(query.tag, QStringLiteral("read"));
    QCOMPARE(query.platform, QStringLiteral("slack"));
    QCOMPARE(query.sharedAfter, std::optional<qint64>(1704067200000));
    QCOMPARE(query.sharedBefore, std::optional<qint64>(1706788800000));
    QVERIFY(!query.onlyHidden);
}

void TestLinkQueryParser::aRangeEndsWhenItsLastDayDoes()
{
    const qint64 may1 = 1714521600000;
    QCOMPARE(LinkQueryParser::parseDate(QStringLiteral("2024-05-01")), may1);
    QCOMPARE(LinkQueryParser::parseEndDate(QStringLiteral("2024-05-01")), may1 + 86400000);
    // A time is kept, never dropped to the day.
    QCOMPARE(LinkQueryParser::parseDate(QStringLiteral("2024-05-01T12:00:00Z")), may1 + 43200000);
    QCOMPARE(LinkQueryParser::parseEndDate(QStringLiteral("2024-05-01T12:00:00Z")),
             may1 + 43200000);
    QVERIFY(!LinkQueryParser::parseDate(QStringLiteral("2024-13-45")));
    QVERIFY(!LinkQueryParser::parseDate(QStringLiteral("2024-05-01garbage")));
}

void TestLinkQueryParser::hiddenListsOnlyHiddenLinks()
{
    QVERIFY(LinkQueryParser::parse(QStringLiteral("hidden:yes")).onlyHidden);
    QVERIFY(LinkQueryParser::parse(QStringLiteral("hidden:TRUE")).onlyHidden);
    QVERIFY(!LinkQueryParser::parse(QStringLiteral("hidden:no")).onlyHidden);
}

void TestLinkQueryParser::mistakesAreNamed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not a date") << "after:yesterday"
                                << "after: takes a date";
    QTest::newRow("not yes or no") << "hidden:maybe"
                                   << "hidden: takes yes or no";
    QTest::newRow("empty person") << "bloom from:"
                                  << "from: needs a value";
    QTest::newRow("empty channel") << "channel:\"\""
                                   << "channel: needs a value";
    QString many;
    for (int i = 0; i <= LinkQueryParser::kMaxWords; ++i)
        many += QStringLiteral("w%1 ").arg(i);
    QTest::newRow("too many words") << many << "too many words";
}

void TestLinkQueryParser::mistakesAreNamed()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QString found;
    LinkQueryParser::parse(text, &found);
    QVERIFY2(found.startsWith(problem), qPrintable(found));
}

QTEST_GUILESS_MAIN(TestLinkQueryParser)
#include "TestLinkQueryParser.moc"
