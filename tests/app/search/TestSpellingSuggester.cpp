#include "search/SpellingSuggester.h"

#include <QTest>

using namespace folio;

class TestSpellingSuggester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editDistance_data();
    void editDistance();
};

void TestSpellingSuggester::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("same") << QStringLiteral("printer") << QStringLiteral("printer") << 0;
    QTest::newRow("swap") << QStringLiteral("pritner") << QStringLiteral("printer") << 1;
    QTest::newRow("missing") << QStringLiteral("cofee") << QStringLiteral("coffee") << 1;
    QTest::newRow("two") << QStringLiteral("databse") << QStringLiteral("databas") << 2;
    QTest::newRow("empty") << QString() << QStringLiteral("abc") << 3;
}

void TestSpellingSuggester::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(SpellingSuggester::editDistance(a, b), distance);
    QCOMPARE(SpellingSuggester::editDistance(b, a), distance);
}

QTEST_GUILESS_MAIN(TestSpellingSuggester)
#include "TestSpellingSuggester.moc"
