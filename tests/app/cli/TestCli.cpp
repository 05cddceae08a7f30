#include "FolioProcess.h"
#include "TestFiles.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace folio;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelpNeedNoWiki();
    void listsStarterPages();
    void writesShowsAndKeepsHistory();
    void writesFromFileWithKindAndTags();
    void importsFolder();
    void searchesLikeTheWindow();
    void reportsUsageErrors_data();
    void reportsUsageErrors();
    void refusesBadWikiFilesUntouched_data();
    void refusesBadWikiFilesUntouched();
    void endlessInputStopsAtThePageLimit();
    void importReportsWhatItLeftOutOrChanged();
    void pageTextNeverDrivesTheTerminal();
    void aNormalUserIsToldWhatIsWrong();
    void outputThatCannotBeWrittenFails();
    void mistakesInInputAreRefused();
    void theWindowWithoutADisplaySaysSo();

private:
    QStringList onWiki(const QString& name, const QStringList& arguments) const
    {
        return QStringList{QStringLiteral("--wiki"), wiki(name)} + arguments;
    }
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result folio(const QStringList& arguments, const QByteArray& input = {});
    QString wiki(const QString& name = QStringLiteral("cli.folio")) const
    {
        return m_dir.filePath(name);
    }

    QTemporaryDir m_dir;
};

TestCli::Result TestCli::folio(const QStringList& arguments, const QByteArray& input)
{
    const test::ProcessResult result = test::runFolio(arguments, input);
    return {result.code, result.out, result.err};
}

void TestCli::versionAndHelpNeedNoWiki()
{
    const Result version = folio({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(QLatin1String("Folio ")));
    const Result help = folio({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("page import DIR")));
}

void TestCli::listsStarterPages()
{
    // Reading never creates a wiki: a mistyped path is reported, not made into a new wiki.
    const Result missing =
        folio({QStringLiteral("--wiki"), wiki(), QStringLiteral("page"), QStringLiteral("list")});
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(QLatin1String("There is no wiki at")), qPrintable(missing.err));
    QVERIFY(!QFile::exists(wiki()));
    folio({QStringLiteral("--wiki"), wiki(), QStringLiteral("page"), QStringLiteral("write"),
           QStringLiteral("First page")},
          "Hello");
    const Result list =
        folio({QStringLiteral("--wiki"), wiki(), QStringLiteral("page"), QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QVERIFY2(list.out.contains(QLatin1String("Welcome to Folio")), qPrintable(list.out + list.err));

    const Result json = folio({QStringLiteral("--wiki"), wiki(), QStringLiteral("page"),
                               QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    const QJsonArray pages = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QVERIFY(pages.size() >= 5);
    QVERIFY(pages.first().toObject().contains(QLatin1String("kind")));
}

void TestCli::writesShowsAndKeepsHistory()
{
    const QStringList write = {QStringLiteral("--wiki"), wiki(), QStringLiteral("page"),
                               QStringLiteral("write"), QStringLiteral("Runbook")};
    Result result = folio(write, "# Steps\n\n1. Restart it. ✓\n");
    QCOMPARE(result.code, 0);
    QVERIFY(result.err.contains(QLatin1String("Created")));
    result = folio(write, "# Steps\n\n1. Restart it. ✓\n2. Check it.\n");
    QVERIFY(result.err.contains(QLatin1String("new revision")));
    result = folio(write, "# Steps\n\n1. Restart it. ✓\n2. Check it.\n");
    QVERIFY(result.err.contains(QLatin1String("unchanged")));

    result = folio({QStringLiteral("--wiki"), wiki(), QStringLiteral("page"),
                    QStringLiteral("show"), QStringLiteral("runbook")});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out, QStringLiteral("# Steps\n\n1. Restart it. ✓\n2. Check it.\n"));

    result =
        folio({QStringLiteral("--wiki"), wiki(), QStringLiteral("page"), QStringLiteral("history"),
               QStringLiteral("Runbook"), QStringLiteral("--json")});
    QCOMPARE(result.code, 0);
    const QJsonArray revisions = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(0).toObject().value(QLatin1String("author")).toString(),
             QStringLiteral("cli-tester"));
    QCOMPARE(revisions.at(0).toObject().value(QLatin1String("parent")).toInteger(),
             revisions.at(1).toObject().value(QLatin1String("revision")).toInteger());

    result = folio({QStringLiteral("--wiki"), wiki(), QStringLiteral("page"),
                    QStringLiteral("show"), QStringLiteral("Runbook"), QStringLiteral("--html")});
    QVERIFY(result.out.contains(QLatin1String("<h1 id=\"steps\">Steps</h1>")));
}

void TestCli::writesFromFileWithKindAndTags()
{
    const QString file = m_dir.filePath(QStringLiteral("faq.md"));
    test::writeFile(file, "Q and A");
    Result result = folio(
        {QStringLiteral("--wiki"), wiki(), QStringLiteral("page"), QStringLiteral("write"),
         QStringLiteral("Office FAQ"), QStringLiteral("--file"), file, QStringLiteral("--kind"),
         QStringLiteral("faq"), QStringLiteral("--tags"), QStringLiteral("Office, Printers")});
    QCOMPARE(result.code, 0);
    result =
        folio({QStringLiteral("--wiki"), wiki(), QStringLiteral("page"), QStringLiteral("list")});
    QVERIFY(result.out.contains(QLatin1String("faq            Office FAQ")));
}

void TestCli::importsFolder()
{
    test::writeFile(m_dir.filePath(QStringLiteral("docs/a.md")), "# Alpha doc\ntext");
    test::writeFile(m_dir.filePath(QStringLiteral("docs/sub/b.md")), "beta");
    const Result result = folio({QStringLiteral("--wiki"), wiki(QStringLiteral("import.folio")),
                                 QStringLiteral("page"), QStringLiteral("import"),
                                 m_dir.filePath(QStringLiteral("docs"))});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.err.contains(QLatin1String("Imported 2 files")), qPrintable(result.err));
    const Result list = folio({QStringLiteral("--wiki"), wiki(QStringLiteral("import.folio")),
                               QStringLiteral("page"), QStringLiteral("list")});
    QVERIFY(list.out.contains(QLatin1String("Alpha doc")));
    QVERIFY(list.out.contains(QLatin1String("note           b\n")));
}

void TestCli::searchesLikeTheWindow()
{
    const QString w = wiki(QStringLiteral("search.folio"));
    folio({QStringLiteral("--wiki"), w, QStringLiteral("page"), QStringLiteral("write"),
           QStringLiteral("VPN setup"), QStringLiteral("--tags"), QStringLiteral("network")},
          "Install the client. Draft.");
    Result result =
        folio({QStringLiteral("--wiki"), w, QStringLiteral("search"), QStringLiteral("client")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.startsWith(QLatin1String("VPN setup  (note)\n")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("[client]"))); // no terminal: brackets, not colours

    result = folio({QStringLiteral("--wiki"), w, QStringLiteral("search"), QStringLiteral("-draft"),
                    QStringLiteral("tag:network")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));

    result = folio({QStringLiteral("--wiki"), w, QStringLiteral("search"), QStringLiteral("--json"),
                    QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("clinet")});
    QCOMPARE(result.code, 0);
    const QJsonObject answer = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(answer.value(QLatin1String("hits")).toArray().size(), 0);
    QCOMPARE(answer.value(QLatin1String("suggestions")).toArray().first().toString(),
             QStringLiteral("client"));

    // Nonsense never errors.
    for (const char* nonsense :
         {"\"", "NEAR(", "*", "^", "OR", "AND NOT", "🚀", "((((", "title:", "-"}) {
        result = folio(
            {QStringLiteral("--wiki"), w, QStringLiteral("search"), QString::fromUtf8(nonsense)});
        QVERIFY2(result.code == 0,
                 qPrintable(QString::fromUtf8(nonsense) + QLatin1String(": ") + result.err));
    }
    result = folio({QStringLiteral("--wiki"), w, QStringLiteral("search"), QString(10000, u'x')});
    QCOMPARE(result.code, 0);
}

void TestCli::reportsUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString w = wiki(QStringLiteral("usage.folio"));
    folio({QStringLiteral("--wiki"), w, QStringLiteral("page"), QStringLiteral("write"),
           QStringLiteral("Seed")},
          "seed");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("--wiki"), w, QStringLiteral("frobnicate")} << 2
        << QStringLiteral("unknown command");
    QTest::newRow("unknown page verb")
        << QStringList{QStringLiteral("--wiki"), w, QStringLiteral("page"), QStringLiteral("eat")}
        << 2 << QStringLiteral("Unknown page command");
    QTest::newRow("missing title")
        << QStringList{QStringLiteral("--wiki"), w, QStringLiteral("page"), QStringLiteral("show")}
        << 2 << QStringLiteral("Wrong number");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--wiki"), w, QStringLiteral("page"), QStringLiteral("list"),
                       QStringLiteral("--xml")}
        << 2 << QStringLiteral("xml");
    QTest::newRow("bad kind") << QStringList{QStringLiteral("--wiki"), w,
                                             QStringLiteral("page"),   QStringLiteral("write"),
                                             QStringLiteral("T"),      QStringLiteral("--kind"),
                                             QStringLiteral("poem")}
                              << 2 << QStringLiteral("poem");
    QTest::newRow("missing page") << QStringList{QStringLiteral("--wiki"), w,
                                                 QStringLiteral("page"), QStringLiteral("show"),
                                                 QStringLiteral("Nope")}
                                  << 1 << QStringLiteral("no page titled");
    QTest::newRow("bad title") << QStringList{QStringLiteral("--wiki"), w, QStringLiteral("page"),
                                              QStringLiteral("write"), QStringLiteral("[x]")}
                               << 1 << QStringLiteral("cannot contain");
    QTest::newRow("import missing folder")
        << QStringList{QStringLiteral("--wiki"), w, QStringLiteral("page"),
                       QStringLiteral("import"), QStringLiteral("/nonexistent/dir")}
        << 1 << QStringLiteral("There is no folder");
    QTest::newRow("empty search") << QStringList{QStringLiteral("--wiki"), w,
                                                 QStringLiteral("search")}
                                  << 2 << QStringLiteral("What should I search for");
    QTest::newRow("bad limit") << QStringList{QStringLiteral("--wiki"), w,
                                              QStringLiteral("search"), QStringLiteral("--limit"),
                                              QStringLiteral("lots"),   QStringLiteral("x")}
                               << 2 << QStringLiteral("--limit");
    QTest::newRow("bad global option")
        << QStringList{QStringLiteral("--wikki"), w} << 2 << QStringLiteral("--wikki");
}

void TestCli::reportsUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Result result = folio(arguments);
    QCOMPARE(result.code, code);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void TestCli::refusesBadWikiFilesUntouched_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    test::writeFile(wiki(QStringLiteral("text.folio")), "just text\n");
    QTest::newRow("not a database")
        << wiki(QStringLiteral("text.folio")) << QStringLiteral("not a Folio wiki");
    {
        Database db(wiki(QStringLiteral("future.folio")), Database::OpenMode::ReadWriteCreate);
        Schema::migrate(db);
        db.exec(QStringLiteral("PRAGMA user_version = 42"));
    }
    QTest::newRow("newer format") << wiki(QStringLiteral("future.folio"))
                                  << QStringLiteral("newer version of Folio");
}

void TestCli::refusesBadWikiFilesUntouched()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QByteArray before = test::fingerprint(file);
    const Result result =
        folio({QStringLiteral("--wiki"), file, QStringLiteral("page"), QStringLiteral("list")});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(test::fingerprint(file), before);
}

void TestCli::endlessInputStopsAtThePageLimit()
{
    const QString name = QStringLiteral("endless.folio");
    folio(onWiki(name, {QStringLiteral("page"), QStringLiteral("write"), QStringLiteral("Seed")}),
          "seed");
    const QByteArray before = test::fingerprint(wiki(name));
    // Both used to read until memory ran out and abort.
    Result result =
        folio(onWiki(name, {QStringLiteral("page"), QStringLiteral("write"), QStringLiteral("Z"),
                            QStringLiteral("--file"), QStringLiteral("/dev/zero")}));
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QLatin1String("more than the 4 MiB a page can hold")),
             qPrintable(result.err));
    QProcess process;
    process.setStandardInputFile(QStringLiteral("/dev/zero"));
    process.start(
        QStringLiteral(FOLIO_EXECUTABLE),
        onWiki(name, {QStringLiteral("page"), QStringLiteral("write"), QStringLiteral("Z")}));
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("standard input holds more than"));
    QCOMPARE(test::fingerprint(wiki(name)), before);
    result = folio(onWiki(name, {QStringLiteral("page"), QStringLiteral("write"),
                                 QStringLiteral("Latin"), QStringLiteral("--file"), m_dir.path()}));
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QLatin1String("is a folder")), qPrintable(result.err));
    // Not UTF-8: written, and the user is told where.
    result = folio(
        onWiki(name, {QStringLiteral("page"), QStringLiteral("write"), QStringLiteral("Latin")}),
        "ok\nna\xefve\n");
    QCOMPARE(result.code, 0);
    QVERIFY2(result.err.contains(QLatin1String("line 2 of standard input has bytes that are not "
                                               "UTF-8")),
             qPrintable(result.err));
}

void TestCli::importReportsWhatItLeftOutOrChanged()
{
    const QString docs = m_dir.filePath(QStringLiteral("odd-docs"));
    test::writeFile(docs + QLatin1String("/good.md"), "# Good\ntext");
    test::writeFile(docs + QLatin1String("/latin.md"), "# Caf\xe9\n");
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), docs + QLatin1String("/zero.md")));
    const Result result = folio(onWiki(QStringLiteral("odd.folio"),
                                       {QStringLiteral("page"), QStringLiteral("import"), docs}));
    QCOMPARE(result.code, 0);
    QVERIFY2(result.err.contains(QLatin1String("skipped zero.md: a device")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("changed latin.md: line 1 has bytes")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("Imported 2 files")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("1 skipped, 1 changed, 0 kept")),
             qPrintable(result.err));
}

void TestCli::pageTextNeverDrivesTheTerminal()
{
    const QString name = QStringLiteral("escapes.folio");
    const QByteArray hostile = "Title trick \x1b]0;pwned\x07 and \x1b[2J cleared, ding\x07";
    folio(onWiki(name, {QStringLiteral("page"), QStringLiteral("write"), QStringLiteral("Trap"),
                        QStringLiteral("--tags"), QStringLiteral("t\x1b[31mred")}),
          hostile);
    // Through a real terminal (script(1) gives the command a pseudo-terminal).
    const auto onTerminal = [&](const QStringList& arguments) {
        QStringList quoted;
        for (const QString& argument : onWiki(name, arguments))
            quoted << u'\'' + argument + u'\'';
        QProcess script;
        script.start(QStringLiteral("script"),
                     {QStringLiteral("-qec"),
                      QStringLiteral(FOLIO_EXECUTABLE " ") + quoted.join(u' '),
                      QStringLiteral("/dev/null")});
        if (!script.waitForFinished(60000))
            return QByteArray("timeout");
        return script.readAllStandardOutput();
    };
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
        QSKIP("script(1) is not installed");
    for (const QStringList& command :
         {QStringList{QStringLiteral("page"), QStringLiteral("show"), QStringLiteral("Trap")},
          QStringList{QStringLiteral("search"), QStringLiteral("trick")}}) {
        const QByteArray shown = onTerminal(command);
        QVERIFY2(shown.contains("pwned"), shown.constData());
        // The only escape sequences are Folio's own bold, never the page's.
        QVERIFY2(!shown.contains("\x1b]"), shown.constData());
        QVERIFY2(!shown.contains("\x1b[2J"), shown.constData());
        QVERIFY2(!shown.contains('\x07'), shown.constData());
        QVERIFY2(shown.contains("\xe2\x90\x9b"), shown.constData()); // ␛, shown instead
    }
    // Piped, the text is as written; --json escapes it.
    Result result = folio(
        onWiki(name, {QStringLiteral("page"), QStringLiteral("show"), QStringLiteral("Trap")}));
    QCOMPARE(result.out.toUtf8(), hostile + '\n');
    result = folio(onWiki(
        name, {QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("trick")}));
    QVERIFY(!result.out.contains(QChar(0x1b)));
    QVERIFY(!result.out.contains(QChar(0x07)));
}

void TestCli::aNormalUserIsToldWhatIsWrong()
{
    // As root nothing is unreadable or read-only; these run as "nobody" where that is possible.
    if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("needs root and setpriv(1) to run a command as another user");
    const auto asNobody = [](const QStringList& arguments) {
        QProcess process;
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), QStringLiteral("--"),
                                  QStringLiteral(FOLIO_EXECUTABLE)} +
                          arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return Result{};
        return Result{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
    };
    QTemporaryDir open(QDir::tempPath() + QLatin1String("/folio-nobody-XXXXXX"));
    QFile::setPermissions(open.path(), QFile::Permissions(0x7777));
    const QString folder = open.filePath(QStringLiteral("shared"));
    QDir().mkpath(folder);
    const QString wikiFile = folder + QLatin1String("/team.folio");
    folio({QStringLiteral("--wiki"), wikiFile, QStringLiteral("page"), QStringLiteral("write"),
           QStringLiteral("Shared")},
          "shared text");
    QFile::setPermissions(wikiFile, QFile::Permissions(0x6666));
    QFile::setPermissions(folder, QFile::Permissions(0x7555)); // others may not write here
    // Writing needs the folder (for the journal); reading does not.
    Result result = asNobody({QStringLiteral("--wiki"), wikiFile, QStringLiteral("page"),
                              QStringLiteral("write"), QStringLiteral("Mine")});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QLatin1String("read-only folder")), qPrintable(result.err));
    QVERIFY2(!result.err.contains(QLatin1String("damaged")), qPrintable(result.err));
    result = asNobody(
        {QStringLiteral("--wiki"), wikiFile, QStringLiteral("page"), QStringLiteral("list")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QLatin1String("Shared")), qPrintable(result.err));
    // And a wiki that is read-only as a file can be read, never written.
    QFile::setPermissions(folder, QFile::Permissions(0x7777));
    QFile::setPermissions(wikiFile, QFile::Permissions(0x6444));
    result = asNobody(
        {QStringLiteral("--wiki"), wikiFile, QStringLiteral("search"), QStringLiteral("shared")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QLatin1String("Shared")), qPrintable(result.err));
    result = asNobody({QStringLiteral("--wiki"), wikiFile, QStringLiteral("page"),
                       QStringLiteral("write"), QStringLiteral("Mine")});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QLatin1String("is read-only")), qPrintable(result.err));

    // Unreadable files and folders are listed, not silently left out.
    const QString docs = open.filePath(QStringLiteral("docs"));
    test::writeFile(docs + QLatin1String("/ok.md"), "# Ok\n");
    test::writeFile(docs + QLatin1String("/secret.md"), "# Secret\n");
    test::writeFile(docs + QLatin1String("/closed/inside.md"), "# Inside\n");
    QFile::setPermissions(docs, QFile::Permissions(0x7755));
    QFile::setPermissions(docs + QLatin1String("/ok.md"), QFile::Permissions(0x6644));
    QFile::setPermissions(docs + QLatin1String("/secret.md"), QFile::Permissions(0x6600));
    QFile::setPermissions(docs + QLatin1String("/closed"), QFile::Permissions(0x7700));
    const QString own = open.filePath(QStringLiteral("own.folio"));
    result = asNobody(
        {QStringLiteral("--wiki"), own, QStringLiteral("page"), QStringLiteral("import"), docs});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.err.contains(QLatin1String("skipped secret.md")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("skipped closed: the folder cannot be read")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("Imported 1 file ")), qPrintable(result.err));
}

void TestCli::outputThatCannotBeWrittenFails()
{
    const QString w = wiki(QStringLiteral("full.folio"));
    folio({QStringLiteral("--wiki"), w, QStringLiteral("page"), QStringLiteral("write"),
           QStringLiteral("Some page")},
          "text");
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(FOLIO_EXECUTABLE),
                  {QStringLiteral("--wiki"), w, QStringLiteral("page"), QStringLiteral("list")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1); // was 0, with nothing written
    QVERIFY(process.readAllStandardError().contains("the output could not be written"));
}

void TestCli::mistakesInInputAreRefused()
{
    const QStringList write = {QStringLiteral("--wiki"), wiki(QStringLiteral("mistakes.folio")),
                               QStringLiteral("page"), QStringLiteral("write"),
                               QStringLiteral("Kept")};
    QCOMPARE(folio(write, "precious text").code, 0);
    Result result = folio(write, {});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QLatin1String("keeps its text")), qPrintable(result.err));
    result = folio(write + QStringList{QStringLiteral("--file"), QString()});
    QCOMPARE(result.code, 2);
    result = folio({QStringLiteral("--wiki"), wiki(QStringLiteral("mistakes.folio")),
                    QStringLiteral("page"), QStringLiteral("show"), QStringLiteral("Kept")});
    QCOMPARE(result.out, QStringLiteral("precious text\n"));
    QCOMPARE(folio(write, " \n\t\n").code, 1); // only white space is empty too
    QCOMPARE(folio(write + QStringList{QStringLiteral("--empty")}, {}).code, 0);
    // A command that fails on its arguments or input leaves no new wiki behind.
    const QString fresh = wiki(QStringLiteral("never-made.folio"));
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("page"), QStringLiteral("write"), QStringLiteral("X"),
                      QStringLiteral("--kind"), QStringLiteral("poem")},
          QStringList{QStringLiteral("page"), QStringLiteral("write"), QStringLiteral("[x]")},
          QStringList{QStringLiteral("page"), QStringLiteral("write"), QStringLiteral("X"),
                      QStringLiteral("--file"), QStringLiteral("/nonexistent")},
          QStringList{QStringLiteral("page"), QStringLiteral("import"),
                      QStringLiteral("/nonexistent")},
          QStringList{QStringLiteral("page"), QStringLiteral("list")},
          QStringList{QStringLiteral("search"), QStringLiteral("x")}}) {
        QVERIFY(folio(QStringList{QStringLiteral("--wiki"), fresh} + arguments).code != 0);
        QVERIFY2(!QFile::exists(fresh), qPrintable(arguments.join(u' ')));
    }
    QCOMPARE(folio({QStringLiteral("--wiki"), fresh, QStringLiteral("page"),
                    QStringLiteral("write"), QStringLiteral("Binary")},
                   QByteArray("a\0b", 3))
                 .code,
             1);
    QVERIFY(!QFile::exists(fresh));
}

void TestCli::theWindowWithoutADisplaySaysSo()
{
    // A wiki file as the only argument opens the window; with no display it says so.
    const QString w = wiki(QStringLiteral("window.folio"));
    const Result result = folio({w});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QLatin1String("there is no display")), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
