#include "wiki/NavigationHistory.h"

#include <QTest>

using namespace folio;

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movesBackAndForwardLikeABrowser();
    void revisitingCurrentPageChangesNothing();
    void renameRewritesHistory();
    void eachPlaceRemembersItsScroll();
};

void TestNavigationHistory::movesBackAndForwardLikeABrowser()
{
    NavigationHistory history;
    QVERIFY(!history.canGoBack());
    QCOMPARE(history.back(), QString());
    history.visit(QStringLiteral("A"));
    history.visit(QStringLiteral("B"));
    history.visit(QStringLiteral("C"));
    QCOMPARE(history.back(), QStringLiteral("B"));
    QCOMPARE(history.back(), QStringLiteral("A"));
    QVERIFY(!history.canGoBack());
    QCOMPARE(history.forward(), QStringLiteral("B"));
    history.visit(QStringLiteral("D")); // a new visit drops the forward list
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.back(), QStringLiteral("B"));
    QCOMPARE(history.current(), QStringLiteral("B"));
}

void TestNavigationHistory::revisitingCurrentPageChangesNothing()
{
    NavigationHistory history;
    history.visit(QStringLiteral("A"));
    history.visit(QStringLiteral("a"));
    QVERIFY(!history.canGoBack());
}

void TestNavigationHistory::renameRewritesHistory()
{
    NavigationHistory history;
    history.visit(QStringLiteral("Old"));
    history.visit(QStringLiteral("B"));
    history.rename(QStringLiteral("old"), QStringLiteral("New"));
    QCOMPARE(history.back(), QStringLiteral("New"));
}

void TestNavigationHistory::eachPlaceRemembersItsScroll()
{
    NavigationHistory history;
    history.visit(QStringLiteral("A"));
    history.setScroll({0, 1200});
    history.visit(QStringLiteral("B"));
    QCOMPARE(history.scroll(), QPointF()); // a new visit starts at the top
    history.setScroll({0, 300});
    QCOMPARE(history.back(), QStringLiteral("A"));
    QCOMPARE(history.scroll(), QPointF(0, 1200));
    QCOMPARE(history.forward(), QStringLiteral("B"));
    QCOMPARE(history.scroll(), QPointF(0, 300));
}

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "TestNavigationHistory.moc"
