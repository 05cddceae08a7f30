#include "store/PageTitle.h"

#include <QTest>

using namespace folio;

class TestPageTitle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesWhiteSpace();
    void keyIgnoresCaseBeyondAscii();
    void explainsWhatIsWrong();
    void sanitizesAnyTextIntoValidTitle();
    void unicodeFormsAreOneTitle();
    void refusesInvisibleTitles();
};

void TestPageTitle::normalizesWhiteSpace()
{
    QCOMPARE(PageTitle::normalized(QStringLiteral("  a \t b\n")), QStringLiteral("a b"));
}

void TestPageTitle::keyIgnoresCaseBeyondAscii()
{
    QCOMPARE(PageTitle::key(QStringLiteral("ÉCOLE")), PageTitle::key(QStringLiteral("école")));
    QCOMPARE(PageTitle::key(QStringLiteral("Σίσυφος")), PageTitle::key(QStringLiteral("ΣΊΣΥΦΟΣ")));
    QVERIFY(PageTitle::key(QStringLiteral("a")) != PageTitle::key(QStringLiteral("b")));
}

void TestPageTitle::explainsWhatIsWrong()
{
    QVERIFY(PageTitle::problem(QStringLiteral("Fine title")).isEmpty());
    QVERIFY(PageTitle::problem(QStringLiteral("Wie geht's? 日本 🚀")).isEmpty());
    QVERIFY(PageTitle::problem(QString()).contains(QLatin1String("empty")));
    QVERIFY(PageTitle::problem(QStringLiteral("a#b")).contains(u'#'));
    QVERIFY(PageTitle::problem(QStringLiteral("a]b")).contains(u']'));
    QVERIFY(PageTitle::problem(QString(201, u'x')).contains(QLatin1String("200")));
    QVERIFY(!PageTitle::problem(QStringLiteral("a\u0007b")).isEmpty());
    // Characters are counted, not UTF-16 units: 150 emoji are a fine title.
    QVERIFY(PageTitle::problem(QStringLiteral("🚀").repeated(150)).isEmpty());
    QVERIFY(!PageTitle::problem(QStringLiteral("🚀").repeated(201)).isEmpty());
    QCOMPARE(PageTitle::sanitized(QStringLiteral("🚀").repeated(300)),
             QStringLiteral("🚀").repeated(200)); // never half an emoji
}

void TestPageTitle::sanitizesAnyTextIntoValidTitle()
{
    for (const QString& text : {QStringLiteral("[[x|y]] #1"), QStringLiteral("\u0001\u0002"),
                                QString(), QString(500, u'z'), QStringLiteral("  ok  ")}) {
        const QString title = PageTitle::sanitized(text);
        QVERIFY2(PageTitle::problem(title).isEmpty(), qPrintable(title));
    }
    QCOMPARE(PageTitle::sanitized(QStringLiteral("[Draft] Plan")), QStringLiteral("(Draft) Plan"));
}

void TestPageTitle::unicodeFormsAreOneTitle()
{
    const QString decomposed = QStringLiteral("Cafe\u0301");
    const QString composed = QStringLiteral("Caf\u00e9");
    QCOMPARE(PageTitle::key(decomposed), PageTitle::key(composed));
    QCOMPARE(PageTitle::normalized(decomposed), composed);
    QCOMPARE(PageTitle::key(QStringLiteral("CAFE\u0301")), PageTitle::key(composed));
}

void TestPageTitle::refusesInvisibleTitles()
{
    for (const QString& title :
         {QStringLiteral("\u200b"), QStringLiteral("\u200b\u200b \u2060"), QStringLiteral("\u00ad"),
          QStringLiteral("\ufeff"), QStringLiteral("\u0301"), QStringLiteral("\u3000")}) {
        const QString problem = PageTitle::problem(title);
        QVERIFY2(!problem.isEmpty(), title.toUtf8().toHex().constData());
        QVERIFY2(PageTitle::problem(PageTitle::sanitized(title)).isEmpty(),
                 qPrintable(PageTitle::sanitized(title)));
    }
    QVERIFY(PageTitle::problem(QStringLiteral("a\u200bb")).isEmpty());
    // Fillers that only make titles look alike are dropped; direction overrides refused.
    QCOMPARE(PageTitle::key(QStringLiteral("Pay\u200Broll")),
             PageTitle::key(QStringLiteral("Payroll")));
    QVERIFY(!PageTitle::problem(QStringLiteral("invoice\u202Etxt.exe")).isEmpty());
    QVERIFY(
        PageTitle::problem(PageTitle::sanitized(QStringLiteral("invoice\u202Etxt.exe"))).isEmpty());
    // Shortening never cuts a joined emoji in half.
    const QString coder = QStringLiteral("👩\u200D💻");
    const QString cut = PageTitle::leftCharacters(QStringLiteral("x") + coder, 2);
    QVERIFY(cut == QStringLiteral("x") || cut == QStringLiteral("x") + coder);
}

QTEST_GUILESS_MAIN(TestPageTitle)
#include "TestPageTitle.moc"
