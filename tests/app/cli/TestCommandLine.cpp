#include "cli/CommandLine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGlobalOptionsAndCommand();
    void decidesBetweenWindowAndTerminal_data();
    void decidesBetweenWindowAndTerminal();
    void aWikiFileArgumentOpensThatWiki();
    void refusesAnEmptyWikiPath();
    void aPageLinkOpensThatPage();
};

static QStringList args(std::initializer_list<const char*> list)
{
    QStringList result{QStringLiteral("folio")};
    for (const char* item : list)
        result << QString::fromUtf8(item);
    return result;
}

void TestCommandLine::parsesGlobalOptionsAndCommand()
{
    const CommandLine line =
        CommandLine::parse(args({"--wiki", "/tmp/a.folio", "page", "list", "--json"}));
    QCOMPARE(line.wikiPath, QStringLiteral("/tmp/a.folio"));
    QCOMPARE(line.command, args({"page", "list", "--json"}).mid(1));
    QVERIFY(line.error.isEmpty());
    QCOMPARE(CommandLine::parse(args({"--wiki=x.folio"})).wikiPath, QStringLiteral("x.folio"));
    QVERIFY(!CommandLine::parse(args({"--wiki"})).error.isEmpty());
    QVERIFY(CommandLine::parse(args({"--bogus"})).error.contains(QLatin1String("--bogus")));
}

void TestCommandLine::decidesBetweenWindowAndTerminal_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("nothing") << args({}) << false;
    QTest::newRow("wiki only") << args({"--wiki", "w.folio"}) << false;
    QTest::newRow("qt platform option") << args({"-platform", "offscreen"}) << false;
    QTest::newRow("qt style option") << args({"-style", "fusion", "--wiki", "w.folio"}) << false;
    QTest::newRow("command") << args({"page", "list"}) << true;
    QTest::newRow("command after qt option")
        << args({"-platform", "offscreen", "page", "list"}) << true;
    QTest::newRow("version") << args({"--version"}) << true;
    QTest::newRow("help") << args({"-h"}) << true;
    QTest::newRow("typo in long option is reported") << args({"--wikki", "x"}) << true;
}

void TestCommandLine::decidesBetweenWindowAndTerminal()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, terminal);
    QCOMPARE(CommandLine::wantsTerminal(arguments), terminal);
}

void TestCommandLine::aWikiFileArgumentOpensThatWiki()
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("team notes"));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    // As the file manager runs it (Exec=folio %f), and as a person types it.
    CommandLine line = CommandLine::parse({QStringLiteral("folio"), existing});
    QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
    QCOMPARE(line.wikiPath, existing);
    QVERIFY(!line.runsInTerminal());
    QVERIFY(!CommandLine::wantsTerminal({QStringLiteral("folio"), existing}));
    line = CommandLine::parse(args({"new-team.folio"}));
    QCOMPARE(line.wikiPath, QStringLiteral("new-team.folio"));
    QVERIFY(!line.runsInTerminal());
    line = CommandLine::parse({QStringLiteral("folio"), QStringLiteral("file://") + existing});
    QCOMPARE(line.wikiPath, existing);
    // Words that are not files stay commands, so a typo is reported, not made into a wiki.
    QVERIFY(CommandLine::parse(args({"serch"})).runsInTerminal());
    QVERIFY(CommandLine::parse(args({"page", "list"})).wikiPath.isEmpty());
    QVERIFY(!CommandLine::parse(args({"--wiki", "a.folio", "b.folio"})).error.isEmpty());
}

void TestCommandLine::aPageLinkOpensThatPage()
{
    // As Copy Link to Page writes it, and as a desktop opens it (Exec=folio %u).
    CommandLine line = CommandLine::parse(args({"folio://wiki/page/Release%20checklist%20%C3%A9"}));
    QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
    QCOMPARE(line.pageTitle, QStringLiteral("Release checklist é"));
    QVERIFY(line.wikiPath.isEmpty());
    QVERIFY(!CommandLine::wantsTerminal(args({"folio://wiki/page/Release%20checklist"})));
    line = CommandLine::parse(args({"--wiki", "team.folio", "folio://wiki/page/FAQ"}));
    QCOMPARE(line.wikiPath, QStringLiteral("team.folio"));
    QCOMPARE(line.pageTitle, QStringLiteral("FAQ"));
    // Other addresses of Folio's are not pages: reported as an unknown command.
    QVERIFY(CommandLine::parse(args({"folio://wiki/style/folio.css"})).runsInTerminal());
    QVERIFY(!CommandLine::parse(args({"folio://wiki/page/"})).error.isEmpty());
}

void TestCommandLine::refusesAnEmptyWikiPath()
{
    QVERIFY(!CommandLine::parse(args({"--wiki", "", "page", "list"})).error.isEmpty());
    QVERIFY(!CommandLine::parse(args({"--wiki=", "page", "list"})).error.isEmpty());
    QVERIFY(!CommandLine::parse(args({"--wiki", "-x", "page", "list"})).error.isEmpty());
    QVERIFY(!CommandLine::parse(args({"--wiki", "a.folio", "-w", "b.folio", "page", "list"}))
                 .error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
