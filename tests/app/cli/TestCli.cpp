#include "TestFiles.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

private:
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
    QProcess process;
    // No display at all: the command line must never need one.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("FOLIO_AUTHOR"), QStringLiteral("cli-tester"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FOLIO_EXECUTABLE), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
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
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("--wiki"), w, QStringLiteral("frobnicate")} << 2
        << QStringLiteral("Unknown command");
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
        << 1 << QStringLiteral("not a folder");
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

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
