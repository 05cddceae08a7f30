#include "sync/RevisionGraph.h"

#include <QTest>

using namespace folio;

class TestRevisionGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLineOfEditsDescendsFromEachEarlierOne();
    void twoMachinesPartAtTheirLastSharedRevision();
    void aMergeHoldsBothSides();
    void criss_crossMergesPickTheSameBaseEverywhere();

private:
    static RevisionGraph::Node node(qint64 id, std::optional<qint64> parent = std::nullopt,
                                    std::optional<qint64> mergeParent = std::nullopt,
                                    const QString& uuid = {})
    {
        return {id, uuid.isEmpty() ? QStringLiteral("uuid-%1").arg(id) : uuid, parent, mergeParent};
    }
};

void TestRevisionGraph::aLineOfEditsDescendsFromEachEarlierOne()
{
    const RevisionGraph graph({node(1), node(2, 1), node(3, 2)});
    QVERIFY(graph.descendsFrom(3, 1));
    QVERIFY(graph.descendsFrom(3, 3));
    QVERIFY(!graph.descendsFrom(1, 3));
    QCOMPARE(graph.mergeBase(3, 2), 2); // a fast-forward: the base is the older head
}

void TestRevisionGraph::twoMachinesPartAtTheirLastSharedRevision()
{
    // 1 ← 2 ← 3 (laptop) and 2 ← 4 ← 5 (desktop)
    const RevisionGraph graph({node(1), node(2, 1), node(3, 2), node(4, 2), node(5, 4)});
    QVERIFY(!graph.descendsFrom(3, 5));
    QVERIFY(!graph.descendsFrom(5, 3));
    QCOMPARE(graph.mergeBase(3, 5), 2);
    QCOMPARE(graph.mergeBase(5, 3), 2);
    // Two pages' histories never meet.
    const RevisionGraph apart({node(1), node(2)});
    QCOMPARE(apart.mergeBase(1, 2), std::nullopt);
}

void TestRevisionGraph::aMergeHoldsBothSides()
{
    // 6 merges 3 and 5; 7 is an edit on the desktop's side after it.
    const RevisionGraph graph(
        {node(1), node(2, 1), node(3, 2), node(4, 2), node(5, 4), node(6, 3, 5), node(7, 5)});
    QVERIFY(graph.descendsFrom(6, 3));
    QVERIFY(graph.descendsFrom(6, 4));
    QCOMPARE(graph.mergeBase(6, 7), 5);
}

void TestRevisionGraph::criss_crossMergesPickTheSameBaseEverywhere()
{
    // Both machines merged 3 and 5 on their own (6 and 7), then edited (8, 9): 3 and 5 are
    // both newest common revisions; the smaller uuid wins, whichever side asks.
    const RevisionGraph graph({node(1), node(3, 1, std::nullopt, QStringLiteral("b")),
                               node(5, 1, std::nullopt, QStringLiteral("a")), node(6, 3, 5),
                               node(7, 5, 3), node(8, 6), node(9, 7)});
    QCOMPARE(graph.mergeBase(8, 9), 5);
    QCOMPARE(graph.mergeBase(9, 8), 5);
}

QTEST_GUILESS_MAIN(TestRevisionGraph)
#include "TestRevisionGraph.moc"
