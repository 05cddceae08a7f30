#include "search/FuzzyMatch.h"

#include <QTest>

using namespace folio;

class TestFuzzyMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lettersMustAppearInOrder();
    void initialsAndWordStartsFindATitle();
    void wordStartsRankAboveLettersInsideWords();
    void anExactPrefixRanksFirst();
    void rankKeepsTheBestAndBreaksTiesByLength();
    void anEmptyQueryMatchesEverything();
    void foldedTextsScoreAsTheTextsDo();
};

void TestFuzzyMatch::lettersMustAppearInOrder()
{
    QVERIFY(FuzzyMatch(QStringLiteral("vpn")).score(QStringLiteral("VPN setup")));
    QVERIFY(!FuzzyMatch(QStringLiteral("npv")).score(QStringLiteral("VPN setup")));
    QVERIFY(!FuzzyMatch(QStringLiteral("vpnx")).score(QStringLiteral("VPN setup")));
    QVERIFY(!FuzzyMatch(QStringLiteral("longer than it")).score(QStringLiteral("short")));
}

void TestFuzzyMatch::initialsAndWordStartsFindATitle()
{
    const QString faq = QStringLiteral("Frequently asked questions");
    QVERIFY(FuzzyMatch(QStringLiteral("faq")).score(faq));
    QVERIFY(FuzzyMatch(QStringLiteral("fa qu")).score(faq));
    QVERIFY(FuzzyMatch(QStringLiteral("FAQ")).score(faq));
    QVERIFY(FuzzyMatch(QStringLiteral("ÉTÉ")).score(QStringLiteral("Été indien")));
}

void TestFuzzyMatch::wordStartsRankAboveLettersInsideWords()
{
    const FuzzyMatch faq(QStringLiteral("faq"));
    const int initials = *faq.score(QStringLiteral("Frequently asked questions"));
    const int inside = *faq.score(QStringLiteral("Leaflet aqueduct"));
    QVERIFY2(initials > inside, qPrintable(QStringLiteral("%1 vs %2").arg(initials).arg(inside)));
}

void TestFuzzyMatch::anExactPrefixRanksFirst()
{
    const QStringList titles{QStringLiteral("Server backups"), QStringLiteral("Backup policy"),
                             QStringLiteral("Big archive of cups")};
    const QList<int> ranked = FuzzyMatch(QStringLiteral("backup")).rank(titles, 10);
    QCOMPARE(ranked.size(), 2);
    QCOMPARE(ranked.first(), 1);
}

void TestFuzzyMatch::rankKeepsTheBestAndBreaksTiesByLength()
{
    const QStringList titles{QStringLiteral("Guide to printers and scanners"),
                             QStringLiteral("Guide to printers"), QStringLiteral("Unrelated"),
                             QStringLiteral("Guide to printers, part 2")};
    const QList<int> ranked = FuzzyMatch(QStringLiteral("guide print")).rank(titles, 2);
    QCOMPARE(ranked, (QList<int>{1, 3}));
}

void TestFuzzyMatch::anEmptyQueryMatchesEverything()
{
    const FuzzyMatch empty(QStringLiteral("  "));
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.rank({QStringLiteral("b"), QStringLiteral("a")}, 5), (QList<int>{0, 1}));
}

void TestFuzzyMatch::foldedTextsScoreAsTheTextsDo()
{
    // Characters whose full lower case is longer ("İ", "ß" upper-cased) keep positions.
    const QStringList texts{QStringLiteral("Frequently Asked Questions"),
                            QStringLiteral("İSTANBUL OFFICE"), QStringLiteral("STRASSE UND ẞ"),
                            QStringLiteral("Ärger mit Öfen")};
    for (const QString& text : texts)
        QCOMPARE(FuzzyMatch::fold(text).size(), text.size());
    // Scored on the folded text, positions still line up with the original's word starts.
    QVERIFY(
        FuzzyMatch(QStringLiteral("stan off")).score(texts.at(1), FuzzyMatch::fold(texts.at(1))));
    QCOMPARE(FuzzyMatch(QStringLiteral("faq")).score(texts.at(0), FuzzyMatch::fold(texts.at(0))),
             FuzzyMatch(QStringLiteral("faq"))
                 .score(QStringLiteral("Frequently Asked Questions").toLower()));
    QVERIFY(FuzzyMatch(QStringLiteral("ÄRG")).score(QStringLiteral("Ärger mit Öfen")));
    QVERIFY(FuzzyMatch(QStringLiteral("office")).score(QStringLiteral("İSTANBUL OFFICE")));
}

QTEST_APPLESS_MAIN(TestFuzzyMatch)
#include "TestFuzzyMatch.moc"
