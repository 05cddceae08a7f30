#include "authoring/TextDiff.h"

#include <QTest>

using namespace folio;
using namespace Qt::StringLiterals;

// Diffs of known revision pairs: the unified text a terminal shows, and the lines with
// changed words the window shows.
class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTextsHaveNoDiff();
    void unifiedDiffOfAKnownPair();
    void noLineBreakAtTheEndIsSaid();
    void linesMarkTheChangedWords();
    void distantChangesAreSeparatedByAGap();
    void statsCountLines();
    void oddTextIsStillText();
};

void TestTextDiff::sameTextsHaveNoDiff()
{
    QVERIFY(TextDiff::unified(u"a\nb\n"_s, u"a\nb\n"_s, u"a"_s, u"b"_s).isEmpty());
    QVERIFY(TextDiff::lines(u"a\n"_s, u"a\n"_s).isEmpty());
}

void TestTextDiff::unifiedDiffOfAKnownPair()
{
    const QString before = u"# Printers\n\nTurn it off.\nWait.\nTurn it on.\n"_s;
    const QString after =
        u"# Printers\n\nTurn it off and unplug it.\nWait.\nTurn it on.\nPrint.\n"_s;
    QCOMPARE(
        TextDiff::unified(before, after, u"Printers (revision 1)"_s, u"Printers (revision 2)"_s),
        u"--- Printers (revision 1)\n"
        "+++ Printers (revision 2)\n"
        "@@ -1,5 +1,6 @@\n"
        " # Printers\n"
        " \n"
        "-Turn it off.\n"
        "+Turn it off and unplug it.\n"
        " Wait.\n"
        " Turn it on.\n"
        "+Print.\n"_s);
}

void TestTextDiff::noLineBreakAtTheEndIsSaid()
{
    const QString diff = TextDiff::unified(u"one\ntwo"_s, u"one\nthree"_s, u"a"_s, u"b"_s);
    QCOMPARE(diff, u"--- a\n+++ b\n@@ -1,2 +1,2 @@\n one\n-two\n\\ No newline at end of file\n"
                   "+three\n\\ No newline at end of file\n"_s);
}

void TestTextDiff::linesMarkTheChangedWords()
{
    const QList<TextDiff::Line> lines =
        TextDiff::lines(u"Intro\nRestart the spooler service.\nEnd\n"_s,
                        u"Intro\nRestart the print spooler service now.\nEnd\n"_s);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0).kind, TextDiff::Line::Context);
    QCOMPARE(lines.at(1).kind, TextDiff::Line::Removed);
    QCOMPARE(lines.at(1).oldNumber, 2);
    QCOMPARE(lines.at(1).newNumber, 0);
    QCOMPARE(lines.at(2).kind, TextDiff::Line::Added);
    QCOMPARE(lines.at(2).newNumber, 2);
    QCOMPARE(lines.at(2).text(), u"Restart the print spooler service now."_s);
    QStringList changed;
    for (const TextDiff::Segment& segment : lines.at(2).segments) {
        if (segment.changed)
            changed << segment.text;
    }
    QCOMPARE(changed, QStringList({u"print "_s, u" now"_s}));
    for (const TextDiff::Segment& segment : lines.at(1).segments)
        QVERIFY2(!segment.changed, qPrintable(segment.text)); // only words were added
}

void TestTextDiff::distantChangesAreSeparatedByAGap()
{
    QStringList before;
    for (int i = 1; i <= 30; ++i)
        before << u"line %1"_s.arg(i);
    QStringList after = before;
    after[1] = u"second"_s;
    after[27] = u"twenty-eighth"_s;
    const QList<TextDiff::Line> lines =
        TextDiff::lines(before.join(u'\n') + u'\n', after.join(u'\n') + u'\n', 2);
    int gaps = 0;
    for (const TextDiff::Line& line : lines)
        gaps += line.kind == TextDiff::Line::Gap;
    QCOMPARE(gaps, 1);
    QCOMPARE(lines.last().kind, TextDiff::Line::Context);
    QCOMPARE(lines.last().oldNumber, 30);
}

void TestTextDiff::statsCountLines()
{
    const auto [added, removed] = TextDiff::stats(u"a\nb\nc\n"_s, u"a\nB\nc\nd\n"_s);
    QCOMPARE(added, 2);
    QCOMPARE(removed, 1);
}

void TestTextDiff::oddTextIsStillText()
{
    const QString before = u"tab\there\nnul\0byte\n"_s;
    const QString diff = TextDiff::unified(before, before + u"Ünïcödé ✓\n"_s, u"a"_s, u"b"_s);
    QVERIFY2(diff.endsWith(u"+Ünïcödé ✓\n"_s), qPrintable(diff));
    QVERIFY(!diff.contains(u"Binary"_s));
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "TestTextDiff.moc"
