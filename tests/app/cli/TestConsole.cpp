#include "cli/Console.h"

#include <QBuffer>
#include <QTest>

using namespace folio;

// What reaches a terminal from a wiki or an export: shown, never obeyed.
class TestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controlsAreShownNotObeyed_data();
    void controlsAreShownNotObeyed();
    void aPipeGetsTheTextAsItIs();
};

void TestConsole::controlsAreShownNotObeyed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("Café 日本 ok") << QStringLiteral("Café 日本 ok");
    QTest::newRow("line breaks and tabs stay")
        << QStringLiteral("a\n\tb") << QStringLiteral("a\n\tb");
    QTest::newRow("escape") << QStringLiteral("\x1b[2Jx") << QStringLiteral("\u241b[2Jx");
    QTest::newRow("bell") << QStringLiteral("\x07") << QStringLiteral("\u2407");
    QTest::newRow("delete") << QStringLiteral("\x7f") << QStringLiteral("\u2421");
    QTest::newRow("C1 control") << QString(QChar(0x9b)) << QStringLiteral("\ufffd");
    QTest::newRow("right-to-left override")
        << QStringLiteral("Invoice \u202Efdp.exe") << QStringLiteral("Invoice <U+202E>fdp.exe");
    QTest::newRow("isolate") << QStringLiteral("\u2067x\u2069")
                             << QStringLiteral("<U+2067>x<U+2069>");
}

void TestConsole::controlsAreShownNotObeyed()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(Console::visible(text), shown);
}

void TestConsole::aPipeGetsTheTextAsItIs()
{
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QBuffer in;
    const Console piped{out, err, in, false, false, false};
    const QString hostile = QStringLiteral("\x1b]0;title\x07 \u202E");
    QCOMPARE(piped.forOut(hostile), hostile);
    const Console terminal{out, err, in, true, true, false};
    QVERIFY(!terminal.forOut(hostile).contains(QChar(0x1b)));
    QVERIFY(!terminal.forErr(hostile).contains(QChar(0x202E)));
}

QTEST_GUILESS_MAIN(TestConsole)
#include "TestConsole.moc"
