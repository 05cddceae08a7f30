#include "sync/PageMerge.h"

#include <QTest>

using namespace folio;

class TestPageMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsOfDifferentLinesBothLand();
    void editsOfTheSameLineKeepBothAndAreConflicted();
    void theResultIsTheSameWhicheverMachineMerges();
    void fieldsMergeThreeWays();

private:
    static Revision revision(const QString& uuid, const QString& body, int minute = 0)
    {
        Revision revision;
        revision.uuid = uuid;
        revision.author = QStringLiteral("author-") + uuid;
        revision.createdAt = QDateTime(QDate(2026, 11, 27), QTime(10, minute), Qt::UTC);
        revision.content = {
            QStringLiteral("Printers"), PageKind::Guide, {QStringLiteral("office")}, body};
        return revision;
    }
};

void TestPageMerge::editsOfDifferentLinesBothLand()
{
    const Revision base = revision(QStringLiteral("b"), QStringLiteral("one\ntwo\nthree\n"));
    const Revision laptop = revision(QStringLiteral("l"), QStringLiteral("ONE\ntwo\nthree\n"), 1);
    const Revision desktop = revision(QStringLiteral("d"), QStringLiteral("one\ntwo\nTHREE\n"), 2);
    const PageMerge::Result merged = PageMerge::merge(base, laptop, desktop);
    QCOMPARE(merged.content.body, QStringLiteral("ONE\ntwo\nTHREE\n"));
    QVERIFY(!merged.conflicted);
}

void TestPageMerge::editsOfTheSameLineKeepBothAndAreConflicted()
{
    const Revision base = revision(QStringLiteral("b"), QStringLiteral("Call IT.\n"));
    const Revision laptop = revision(QStringLiteral("l"), QStringLiteral("Call IT on 4242.\n"), 1);
    const Revision desktop = revision(QStringLiteral("d"), QStringLiteral("Mail IT.\n"), 2);
    const PageMerge::Result merged = PageMerge::merge(base, laptop, desktop);
    QVERIFY(merged.conflicted);
    QVERIFY(merged.content.body.contains(QLatin1String("Call IT on 4242.")));
    QVERIFY(merged.content.body.contains(QLatin1String("Mail IT.")));
    QVERIFY(merged.content.body.contains(QLatin1String("<<<<<<< author-d, 2026-11-27T10:02:00Z")));
}

void TestPageMerge::theResultIsTheSameWhicheverMachineMerges()
{
    const Revision base = revision(QStringLiteral("b"), QStringLiteral("x\n"));
    Revision laptop = revision(QStringLiteral("l"), QStringLiteral("laptop\n"), 1);
    Revision desktop = revision(QStringLiteral("d"), QStringLiteral("desktop\n"), 2);
    laptop.content.title = QStringLiteral("Printing");
    desktop.content.title = QStringLiteral("Printer help");
    const PageMerge::Result one = PageMerge::merge(base, laptop, desktop);
    const PageMerge::Result other = PageMerge::merge(base, desktop, laptop);
    QCOMPARE(one.content.body, other.content.body);
    QCOMPARE(one.content.title, other.content.title);
    QCOMPARE(one.content.title, QStringLiteral("Printer help")); // the later edit's
    QCOMPARE(PageMerge::mergeUuid(QStringLiteral("l"), QStringLiteral("d")),
             PageMerge::mergeUuid(QStringLiteral("d"), QStringLiteral("l")));
    QVERIFY(PageMerge::mergeUuid(QStringLiteral("l"), QStringLiteral("d")) !=
            PageMerge::mergeUuid(QStringLiteral("l"), QStringLiteral("e")));
}

void TestPageMerge::fieldsMergeThreeWays()
{
    Revision base = revision(QStringLiteral("b"), QStringLiteral("x\n"));
    base.content.tags = {QStringLiteral("office"), QStringLiteral("old")};
    base.state = {PageStatus::Published, PageVisibility::Public};
    Revision laptop = base, desktop = base;
    laptop.uuid = QStringLiteral("l");
    desktop.uuid = QStringLiteral("d");
    // Laptop: removes "old", adds "printers", sends the page back to draft.
    laptop.content.tags = {QStringLiteral("office"), QStringLiteral("printers")};
    laptop.state.status = PageStatus::Draft;
    // Desktop: adds "hardware", makes it internal, changes its kind.
    desktop.content.tags = {QStringLiteral("office"), QStringLiteral("old"),
                            QStringLiteral("hardware")};
    desktop.state.visibility = PageVisibility::Internal;
    desktop.content.kind = PageKind::Faq;
    const PageMerge::Result merged = PageMerge::merge(base, laptop, desktop);
    QCOMPARE(merged.content.tags, (QStringList{QStringLiteral("hardware"), QStringLiteral("office"),
                                               QStringLiteral("printers")}));
    QCOMPARE(merged.state.status, PageStatus::Draft);
    QCOMPARE(merged.state.visibility, PageVisibility::Internal);
    QCOMPARE(merged.content.kind, PageKind::Faq);

    // Both changed the status differently: the less published one.
    laptop.state.status = PageStatus::Review;
    desktop.state.status = PageStatus::Draft;
    QCOMPARE(PageMerge::merge(base, laptop, desktop).state.status, PageStatus::Draft);

    // One side moved the page: the move stands. Both moved it elsewhere: the later move.
    laptop.parentPage = QStringLiteral("office-uuid");
    QCOMPARE(PageMerge::merge(base, laptop, desktop).parentPage, QStringLiteral("office-uuid"));
    QCOMPARE(PageMerge::merge(base, desktop, laptop).parentPage, QStringLiteral("office-uuid"));
    desktop.parentPage = QStringLiteral("hardware-uuid");
    desktop.createdAt = laptop.createdAt.addSecs(60);
    QCOMPARE(PageMerge::merge(base, laptop, desktop).parentPage, QStringLiteral("hardware-uuid"));
    QCOMPARE(PageMerge::merge(base, desktop, laptop).parentPage, QStringLiteral("hardware-uuid"));
}

QTEST_GUILESS_MAIN(TestPageMerge)
#include "TestPageMerge.moc"
