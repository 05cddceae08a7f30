#include "history/DiffView.h"

#include <QTest>

using namespace folio;
using namespace Qt::StringLiterals;

// The diff as a writer reads it: removed and added lines, the changed words marked, inline or
// side by side.
class TestDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inlineShowsBothSidesWithNumbersAndMarks();
    void sideBySidePairsRemovedWithAdded();
    void textIsNeverMarkup();
    void noChangeSaysSo();
};

void TestDiffView::inlineShowsBothSidesWithNumbersAndMarks()
{
    DiffView view;
    view.showDiff(u"Intro\nRestart the spooler.\nEnd\n"_s,
                  u"Intro\nRestart the print spooler.\nEnd\n"_s);
    QCOMPARE(view.addedLines(), 1);
    QCOMPARE(view.removedLines(), 1);
    const QString text = view.toPlainText();
    QVERIFY2(text.contains(u"Restart the spooler."_s), qPrintable(text));
    QVERIFY(text.contains(u"Restart the print spooler."_s));
    QVERIFY(text.indexOf(u"−"_s) < text.indexOf(u"+"_s)); // removed before added
    // The added word is marked; the words around it are not.
    const QString html = DiffView::toHtml(
        TextDiff::lines(u"Restart the spooler.\n"_s, u"Restart the print spooler.\n"_s),
        DiffView::Layout::Inline);
    QVERIFY2(html.contains(u"#a8e0a8\">print </span>"_s), qPrintable(html));
    QVERIFY(!html.contains(u"\">Restart"_s + u"</span>"_s));
}

void TestDiffView::sideBySidePairsRemovedWithAdded()
{
    const QList<TextDiff::Line> lines =
        TextDiff::lines(u"a\nold one\nold two\nz\n"_s, u"a\nnew one\nz\n"_s);
    // Four rows: "a", then (old one | new one), (old two | nothing), "z".
    QCOMPARE(DiffView::toHtml(lines, DiffView::Layout::SideBySide).count(u"<tr>"_s), 4);
    DiffView view;
    view.setLayout(DiffView::Layout::SideBySide);
    view.showDiff(u"a\nold one\nold two\nz\n"_s, u"a\nnew one\nz\n"_s);
    QCOMPARE(view.layout(), DiffView::Layout::SideBySide);
    const QString text = view.toPlainText(); // cells in reading order, row by row
    const qsizetype oldOne = text.indexOf(u"old one"_s);
    const qsizetype newOne = text.indexOf(u"new one"_s);
    const qsizetype oldTwo = text.indexOf(u"old two"_s);
    QVERIFY2(oldOne >= 0 && oldOne < newOne && newOne < oldTwo, qPrintable(text));
}

void TestDiffView::textIsNeverMarkup()
{
    DiffView view;
    view.showDiff(u"x\n"_s, u"<b>bold</b> & <script>alert(1)</script>\n"_s);
    QVERIFY2(view.toPlainText().contains(u"<b>bold</b> & <script>alert(1)</script>"_s),
             qPrintable(view.toPlainText()));
}

void TestDiffView::noChangeSaysSo()
{
    DiffView view;
    view.showDiff(u"same\n"_s, u"same\n"_s);
    QVERIFY(view.toPlainText().contains(u"No change"_s));
    QCOMPARE(view.addedLines(), 0);
}

QTEST_MAIN(TestDiffView)
#include "TestDiffView.moc"
