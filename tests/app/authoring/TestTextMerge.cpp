#include "authoring/TextMerge.h"

#include <QTest>

using namespace folio;
using namespace Qt::StringLiterals;

// Three-way merges of known texts: both changes kept when they touch different lines, both
// sides marked when they touch the same.
class TestTextMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesToDifferentLinesMergeCleanly();
    void theSameChangeOnBothSidesIsClean();
    void changesToTheSameLineAreMarked();
};

const QString kBase = u"# Printers\n\nTurn it off.\nWait ten seconds.\nTurn it on.\n"_s;

void TestTextMerge::changesToDifferentLinesMergeCleanly()
{
    const QString mine =
        u"# Printers\n\nTurn it off and unplug it.\nWait ten seconds.\nTurn it on.\n"_s;
    const QString theirs =
        u"# Printers\n\nTurn it off.\nWait ten seconds.\nTurn it on.\nPrint a test page.\n"_s;
    const TextMerge::Result result = TextMerge::merge(kBase, mine, theirs, u"mine"_s, u"theirs"_s);
    QVERIFY(result.clean);
    QCOMPARE(result.text, u"# Printers\n\nTurn it off and unplug it.\nWait ten seconds.\nTurn it "
                          "on.\nPrint a test page.\n"_s);
}

void TestTextMerge::theSameChangeOnBothSidesIsClean()
{
    const QString both = u"# Printers\n\nTurn it off.\nWait a minute.\nTurn it on.\n"_s;
    const TextMerge::Result result = TextMerge::merge(kBase, both, both, u"mine"_s, u"theirs"_s);
    QVERIFY(result.clean);
    QCOMPARE(result.text, both);
}

void TestTextMerge::changesToTheSameLineAreMarked()
{
    const QString mine = u"# Printers\n\nTurn it off.\nWait a minute.\nTurn it on.\n"_s;
    const QString theirs = u"# Printers\n\nTurn it off.\nWait thirty seconds.\nTurn it on.\n"_s;
    const TextMerge::Result result =
        TextMerge::merge(kBase, mine, theirs, u"Your text"_s, u"Saved by ana"_s);
    QVERIFY(!result.clean);
    QVERIFY2(result.text.contains(u"<<<<<<< Your text\nWait a minute.\n"_s),
             qPrintable(result.text));
    QVERIFY(result.text.contains(u"Wait ten seconds.\n"_s)); // the base, between the two
    QVERIFY(result.text.contains(u"=======\nWait thirty seconds.\n>>>>>>> Saved by ana\n"_s));
    QVERIFY(result.text.startsWith(u"# Printers\n\nTurn it off.\n"_s));
    QVERIFY(result.text.endsWith(u"Turn it on.\n"_s));
}

QTEST_GUILESS_MAIN(TestTextMerge)
#include "TestTextMerge.moc"
