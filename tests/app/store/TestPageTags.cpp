#include "store/PageTags.h"

#include <QTest>

using namespace folio;

class TestPageTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes();
    void parsesUserInput();
};

void TestPageTags::normalizes()
{
    QCOMPARE(PageTags::normalized(
                 {QStringLiteral("B"), QStringLiteral("a  c"), QStringLiteral("b"), QString()}),
             (QStringList{QStringLiteral("a-c"), QStringLiteral("b")}));
    // Control characters have no place in a word (and would reach terminals).
    QCOMPARE(PageTags::normalized({QStringLiteral("t\x1b[31mred"), QStringLiteral("\x07")}),
             QStringList{QStringLiteral("t[31mred")});
}

void TestPageTags::parsesUserInput()
{
    QCOMPARE(PageTags::parse(QStringLiteral("VPN, Release Notes,,  ")),
             (QStringList{QStringLiteral("release-notes"), QStringLiteral("vpn")}));
    QCOMPARE(PageTags::parse(QString()), QStringList());
    QCOMPARE(PageTags::join({QStringLiteral("a"), QStringLiteral("b")}), QStringLiteral("a, b"));
}

QTEST_GUILESS_MAIN(TestPageTags)
#include "TestPageTags.moc"
