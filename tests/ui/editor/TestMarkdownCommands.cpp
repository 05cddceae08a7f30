#include "editor/MarkdownCommands.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace folio;

// The formatting commands on a bare document: what each does to the text, where it leaves the
// cursor, that it is one undo step, and that applying it twice takes it back.
class TestMarkdownCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boldWrapsTheSelectionAndUnwrapsIt();
    void boldWithoutSelectionPutsTheCursorBetweenMarkers();
    void italicInsideBoldAddsItalic();
    void headingReplacesAnotherLevelAndTogglesOff();
    void listMarksEveryLineOfTheSelection();
    void numberedListCountsUp();
    void linkSelectsTheAddressToTypeOver();
    void enterContinuesAListItem_data();
    void enterContinuesAListItem();
    void enterOnAnEmptyItemEndsTheList();
    void enterOutsideAListIsLeftAlone();
    void eachCommandIsOneUndoStep();

private:
    static QTextCursor select(QTextDocument& document, int from, int to)
    {
        QTextCursor cursor(&document);
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        return cursor;
    }
};

void TestMarkdownCommands::boldWrapsTheSelectionAndUnwrapsIt()
{
    QTextDocument document(QStringLiteral("say hello now"));
    QTextCursor cursor = select(document, 4, 9);
    MarkdownCommands::toggleWrap(cursor, QStringLiteral("**"));
    QCOMPARE(document.toPlainText(), QStringLiteral("say **hello** now"));
    QCOMPARE(cursor.selectedText(), QStringLiteral("hello"));
    MarkdownCommands::toggleWrap(cursor, QStringLiteral("**"));
    QCOMPARE(document.toPlainText(), QStringLiteral("say hello now"));
    QCOMPARE(cursor.selectedText(), QStringLiteral("hello"));
    // Selecting the markers too also takes them away.
    document.setPlainText(QStringLiteral("say **hello** now"));
    cursor = select(document, 4, 13);
    MarkdownCommands::toggleWrap(cursor, QStringLiteral("**"));
    QCOMPARE(document.toPlainText(), QStringLiteral("say hello now"));
}

void TestMarkdownCommands::italicInsideBoldAddsItalic()
{
    QTextDocument document(QStringLiteral("a **word** b"));
    QTextCursor cursor = select(document, 4, 8);
    QCOMPARE(cursor.selectedText(), QStringLiteral("word"));
    MarkdownCommands::toggleWrap(cursor, QStringLiteral("*"));
    QCOMPARE(document.toPlainText(), QStringLiteral("a ***word*** b"));
    MarkdownCommands::toggleWrap(cursor, QStringLiteral("*"));
    QCOMPARE(document.toPlainText(), QStringLiteral("a **word** b"));
    // Selected with its markers, bold text does not lose one star to italic.
    cursor = select(document, 2, 10);
    MarkdownCommands::toggleWrap(cursor, QStringLiteral("*"));
    QCOMPARE(document.toPlainText(), QStringLiteral("a ***word*** b"));
}

void TestMarkdownCommands::boldWithoutSelectionPutsTheCursorBetweenMarkers()
{
    QTextDocument document(QStringLiteral("ab"));
    QTextCursor cursor = select(document, 1, 1);
    MarkdownCommands::toggleWrap(cursor, QStringLiteral("`"));
    QCOMPARE(document.toPlainText(), QStringLiteral("a``b"));
    cursor.insertText(QStringLiteral("x"));
    QCOMPARE(document.toPlainText(), QStringLiteral("a`x`b"));
}

void TestMarkdownCommands::headingReplacesAnotherLevelAndTogglesOff()
{
    QTextDocument document(QStringLiteral("Intro\n### Setup"));
    QTextCursor cursor = select(document, 0, 0);
    MarkdownCommands::toggleHeading(cursor, 2);
    QCOMPARE(document.toPlainText(), QStringLiteral("## Intro\n### Setup"));
    cursor = select(document, 10, 10);
    MarkdownCommands::toggleHeading(cursor, 1);
    QCOMPARE(document.toPlainText(), QStringLiteral("## Intro\n# Setup"));
    MarkdownCommands::toggleHeading(cursor, 1);
    QCOMPARE(document.toPlainText(), QStringLiteral("## Intro\nSetup"));
}

void TestMarkdownCommands::listMarksEveryLineOfTheSelection()
{
    QTextDocument document(QStringLiteral("one\ntwo\nthree"));
    QTextCursor cursor = select(document, 1, 9); // "one" to "th": three lines
    MarkdownCommands::toggleList(cursor, false);
    QCOMPARE(document.toPlainText(), QStringLiteral("- one\n- two\n- three"));
    cursor = select(document, 0, document.characterCount() - 1);
    MarkdownCommands::toggleList(cursor, false);
    QCOMPARE(document.toPlainText(), QStringLiteral("one\ntwo\nthree"));
}

void TestMarkdownCommands::numberedListCountsUp()
{
    QTextDocument document(QStringLiteral("- one\n- two"));
    QTextCursor cursor = select(document, 0, document.characterCount() - 1);
    MarkdownCommands::toggleList(cursor, true);
    QCOMPARE(document.toPlainText(), QStringLiteral("1. one\n2. two"));
}

void TestMarkdownCommands::linkSelectsTheAddressToTypeOver()
{
    QTextDocument document(QStringLiteral("see docs"));
    QTextCursor cursor = select(document, 4, 8);
    MarkdownCommands::insertLink(cursor);
    QCOMPARE(document.toPlainText(), QStringLiteral("see [docs](https://)"));
    QCOMPARE(cursor.selectedText(), QStringLiteral("https://"));
    cursor.insertText(QStringLiteral("https://example.org"));
    QCOMPARE(document.toPlainText(), QStringLiteral("see [docs](https://example.org)"));
}

void TestMarkdownCommands::enterContinuesAListItem_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bullet") << "- milk"
                            << "- milk\n- ";
    QTest::newRow("star, indented") << "   * milk"
                                    << "   * milk\n   * ";
    QTest::newRow("numbered") << "9. milk"
                              << "9. milk\n10. ";
    QTest::newRow("paren") << "1) milk"
                           << "1) milk\n2) ";
    QTest::newRow("task, checked") << "- [x] milk"
                                   << "- [x] milk\n- [ ] ";
}

void TestMarkdownCommands::enterContinuesAListItem()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QTextDocument document(line);
    QTextCursor cursor = select(document, int(line.size()), int(line.size()));
    QVERIFY(MarkdownCommands::continueList(cursor));
    QCOMPARE(document.toPlainText(), expected);
    QCOMPARE(cursor.position(), int(expected.size()));
}

void TestMarkdownCommands::enterOnAnEmptyItemEndsTheList()
{
    QTextDocument document(QStringLiteral("- milk\n- "));
    QTextCursor cursor = select(document, 9, 9);
    QVERIFY(MarkdownCommands::continueList(cursor));
    QCOMPARE(document.toPlainText(), QStringLiteral("- milk\n"));
}

void TestMarkdownCommands::enterOutsideAListIsLeftAlone()
{
    QTextDocument document(QStringLiteral("plain -text"));
    QTextCursor cursor = select(document, 11, 11);
    QVERIFY(!MarkdownCommands::continueList(cursor));
    QCOMPARE(document.toPlainText(), QStringLiteral("plain -text"));
    // In the marker itself, Enter is an ordinary line break too.
    document.setPlainText(QStringLiteral("- milk"));
    cursor = select(document, 1, 1);
    QVERIFY(!MarkdownCommands::continueList(cursor));
}

void TestMarkdownCommands::eachCommandIsOneUndoStep()
{
    QTextDocument document(QStringLiteral("one\ntwo"));
    QTextCursor cursor = select(document, 0, document.characterCount() - 1);
    MarkdownCommands::toggleList(cursor, true);
    QCOMPARE(document.toPlainText(), QStringLiteral("1. one\n2. two"));
    document.undo();
    QCOMPARE(document.toPlainText(), QStringLiteral("one\ntwo"));
}

QTEST_MAIN(TestMarkdownCommands)
#include "TestMarkdownCommands.moc"
