#include "TestFiles.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace folio;

class TestWikiFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsNewWikiAndItsFolder();
    void reopensExistingWiki();
    void emptyFileBecomesWiki();
    void upgradesOlderWiki();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesReadOnlyFile();
    void refusesFolder();
    void refusesUnknownFormats_data();
    void refusesUnknownFormats();
    void refusesWhatIsNotAFile();
    void refusesEmptyPath();
    void saysWhenTheFolderIsReadOnly();
    void leavesNothingBehindWhenTheDiskIsFull();
    void saysWhoHoldsTheLock();
    void aLinkToNothingIsNeverReplaced();
    void readingNeitherCreatesNorNeedsWriting();
    void defaultPathIsInUserDataFolder();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString makeWiki(const QString& name) const;
    QTemporaryDir m_dir;
};

QString TestWikiFile::makeWiki(const QString& name) const
{
    const QString file = path(name);
    WikiFile::open(file); // closing checkpoints the WAL back into the file
    return file;
}

void TestWikiFile::createsNewWikiAndItsFolder()
{
    const QString file = path(QStringLiteral("deep/er/new.folio"));
    const WikiFile::Opened opened = WikiFile::open(file);
    QVERIFY(opened.created);
    QVERIFY(QFile::exists(file));
    QCOMPARE(opened.database->pragmaInt("user_version"), Schema::currentVersion());
    Statement mode(*opened.database, QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode.step());
    QCOMPARE(mode.text(0), QStringLiteral("wal"));
    QCOMPARE(opened.database->pragmaInt("foreign_keys"), 1);
}

void TestWikiFile::reopensExistingWiki()
{
    const QString file = makeWiki(QStringLiteral("again.folio"));
    QVERIFY(!WikiFile::open(file).created);
}

void TestWikiFile::emptyFileBecomesWiki()
{
    const QString file = path(QStringLiteral("empty.folio"));
    test::writeFile(file, {});
    QVERIFY(WikiFile::open(file).created);
    QVERIFY(!WikiFile::open(file).created);
}

void TestWikiFile::upgradesOlderWiki()
{
    const QString file = path(QStringLiteral("v1.folio"));
    {
        Database db(file, Database::OpenMode::ReadWriteCreate);
        db.exec(
            QString::fromUtf8(test::readAll(QStringLiteral(FOLIO_TEST_DATA_DIR "/wiki-v1.sql"))));
    }
    const WikiFile::Opened opened = WikiFile::open(file);
    QVERIFY(!opened.created);
    QCOMPARE(opened.database->pragmaInt("user_version"), Schema::currentVersion());
    Statement count(*opened.database, QStringLiteral("SELECT count(*) FROM pages"));
    QVERIFY(count.step());
    QCOMPARE(count.int64(0), 2);
}

void TestWikiFile::refusesBadFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("phrase");

    test::writeFile(path(QStringLiteral("notes.txt")), "These are my notes, not a wiki.\n");
    QTest::newRow("text file") << QStringLiteral("notes.txt") << int(StoreError::Code::NotAWiki)
                               << QStringLiteral("not an SQLite database");

    {
        Database other(path(QStringLiteral("other.db")), Database::OpenMode::ReadWriteCreate);
        other.exec(
            QStringLiteral("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x')"));
    }
    QTest::newRow("another program's database")
        << QStringLiteral("other.db") << int(StoreError::Code::NotAWiki)
        << QStringLiteral("another program");

    {
        Database newer(path(QStringLiteral("newer.folio")), Database::OpenMode::ReadWriteCreate);
        Schema::migrate(newer);
        newer.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    QTest::newRow("newer format") << QStringLiteral("newer.folio") << int(StoreError::Code::TooNew)
                                  << QStringLiteral("newer version of Folio");

    QByteArray damaged = test::readAll(makeWiki(QStringLiteral("damaged.folio")));
    damaged.replace(100, 3000, QByteArray(3000, '\xA5')); // keeps the header, ruins the schema page
    test::writeFile(path(QStringLiteral("damaged.folio")), damaged);
    QTest::newRow("damaged") << QStringLiteral("damaged.folio") << int(StoreError::Code::Corrupt)
                             << QStringLiteral("damaged");

    test::writeFile(path(QStringLiteral("truncated.folio")),
                    test::readAll(makeWiki(QStringLiteral("whole.folio"))).left(60));
    QTest::newRow("truncated") << QStringLiteral("truncated.folio")
                               << int(StoreError::Code::Corrupt) << QStringLiteral("damaged");
}

void TestWikiFile::refusesBadFiles()
{
    QFETCH(QString, name);
    QFETCH(int, code);
    QFETCH(QString, phrase);
    const QString file = path(name);
    const QByteArray before = test::fingerprint(file);
    try {
        WikiFile::open(file);
        QFAIL("opening must fail");
    } catch (const StoreError& error) {
        QCOMPARE(int(error.code()), code);
        QVERIFY2(error.message().contains(phrase), qPrintable(error.message()));
        QVERIFY2(error.message().contains(name), qPrintable(error.message()));
    }
    QCOMPARE(test::fingerprint(file), before);
    QVERIFY(!QFile::exists(file + QLatin1String("-wal")));
}

void TestWikiFile::refusesReadOnlyFile()
{
    const QString file = makeWiki(QStringLiteral("readonly.folio"));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const QByteArray before = test::fingerprint(file);
    try {
        WikiFile::open(file);
        QFAIL("opening a read-only wiki must fail");
    } catch (const StoreError& error) {
        QCOMPARE(error.code(), StoreError::Code::ReadOnly);
        QVERIFY(error.message().contains(QLatin1String("read-only")));
    }
    QCOMPARE(test::fingerprint(file), before);
}

void TestWikiFile::refusesFolder()
{
    QVERIFY_THROWS_EXCEPTION(StoreError, WikiFile::open(m_dir.path()));
}

void TestWikiFile::refusesUnknownFormats_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("-1") << -1;
    QTest::newRow("-1000") << -1000;
    QTest::newRow("-100000") << -100000;
    QTest::newRow("minimum") << int(INT_MIN);
    QTest::newRow("0 in a wiki") << 0;
    QTest::newRow("1 on a newer schema") << 1; // "table attachments already exists"
}

void TestWikiFile::refusesUnknownFormats()
{
    QFETCH(int, version);
    const QString file = makeWiki(QStringLiteral("format%1.folio").arg(version));
    {
        Database db(file, Database::OpenMode::ReadWrite);
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }
    const QByteArray before = test::fingerprint(file);
    try {
        WikiFile::open(file); // crashed, or ran garbage as SQL
        QFAIL("opening must fail");
    } catch (const StoreError& error) {
        QVERIFY2(error.message().contains(QLatin1String("unknown format")) ||
                     error.message().contains(QLatin1String("does not match its tables")),
                 qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QLatin1String("already exists")),
                 qPrintable(error.message()));
    }
    QCOMPARE(test::fingerprint(file), before);
    // The migration itself refuses too, whoever calls it.
    Database db(file, Database::OpenMode::ReadWrite);
    QVERIFY_THROWS_EXCEPTION(StoreError, Schema::migrate(db));
    QCOMPARE(db.pragmaInt("user_version"), version);
}

void TestWikiFile::refusesWhatIsNotAFile()
{
    const QString fifo = path(QStringLiteral("pipe.folio"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // A named pipe used to make the open wait forever for a writer.
    try {
        WikiFile::open(fifo);
        QFAIL("opening a named pipe must fail");
    } catch (const StoreError& error) {
        QVERIFY2(error.message().contains(QLatin1String("named pipe")),
                 qPrintable(error.message()));
    }
    QVERIFY(!QFile::exists(fifo + QLatin1String("-wal")));
    for (const char* device : {"/dev/null", "/dev/zero", "/dev/full"}) {
        const bool hadJournal = QFile::exists(QLatin1String(device) + QLatin1String("-journal"));
        try {
            WikiFile::open(QLatin1String(device));
            QFAIL("opening a device must fail");
        } catch (const StoreError& error) {
            QVERIFY2(error.message().contains(QLatin1String("a device")),
                     qPrintable(error.message()));
        }
        QCOMPARE(QFile::exists(QLatin1String(device) + QLatin1String("-journal")), hadJournal);
    }
}

void TestWikiFile::refusesEmptyPath()
{
    const QString current = QDir::currentPath();
    QDir::setCurrent(m_dir.path());
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    QVERIFY_THROWS_EXCEPTION(StoreError, WikiFile::open(QString()));
    QVERIFY_THROWS_EXCEPTION(StoreError, WikiFile::open(QStringLiteral("  ")));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    QDir::setCurrent(current);
}

void TestWikiFile::saysWhenTheFolderIsReadOnly()
{
    // As root nothing is read-only by permissions; an immutable folder is, for root too.
    const QString folder = path(QStringLiteral("locked-folder"));
    QDir().mkpath(folder);
    const QString file = makeWiki(QStringLiteral("locked-folder/team.folio"));
    if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) != 0)
        QSKIP("chattr +i is not available here");
    const auto unlock = qScopeGuard([&] {
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
    });
    if (::geteuid() != 0)
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const QByteArray before = test::fingerprint(file);
    for (const QString& wiki : {file, QString(folder + QLatin1String("/new.folio"))}) {
        try {
            WikiFile::open(wiki);
            QFAIL("opening must fail");
        } catch (const StoreError& error) {
            QCOMPARE(error.code(), StoreError::Code::ReadOnly);
            QVERIFY2(error.message().contains(QLatin1String("read-only folder")) ||
                         error.message().contains(QLatin1String("the folder is read-only")),
                     qPrintable(error.message()));
            QVERIFY2(!error.message().contains(QLatin1String("damaged")),
                     qPrintable(error.message()));
        }
    }
    QCOMPARE(test::fingerprint(file), before);
}

void TestWikiFile::leavesNothingBehindWhenTheDiskIsFull()
{
    // A file size limit makes writes fail part-way, as a full disk does.
    const QString file = path(QStringLiteral("full/new.folio"));
    QDir().mkpath(path(QStringLiteral("full")));
    rlimit old = {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 4096;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    bool failed = false;
    QString message;
    try {
        WikiFile::open(file);
    } catch (const StoreError& error) {
        failed = true;
        message = error.message();
    }
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(failed);
    QVERIFY2(!message.contains(QLatin1String("damaged")), qPrintable(message));
    // No empty file that the next start would take for a new wiki, and no journal.
    QCOMPARE(QDir(path(QStringLiteral("full"))).entryList(QDir::Files | QDir::Hidden),
             QStringList());
}

void TestWikiFile::saysWhoHoldsTheLock()
{
    const QString file = makeWiki(QStringLiteral("busy.folio"));
    QProcess other;
    other.start(QStringLiteral("sqlite3"), {file});
    if (!other.waitForStarted())
        QSKIP("the sqlite3 shell is not installed");
    // Another program takes the wiki for itself, and says when it has it.
    other.write("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT 'locked';\n");
    QVERIFY(
        QTest::qWaitFor([&] { return other.readAllStandardOutput().contains("locked"); }, 10000));
    const QByteArray before = test::fingerprint(file);
    try {
        WikiFile::open(file);
        QFAIL("opening a locked wiki must fail");
    } catch (const StoreError& error) {
        QCOMPARE(error.code(), StoreError::Code::Busy);
        QVERIFY2(error.message().contains(QLatin1String("busy")), qPrintable(error.message()));
        QVERIFY2(
            error.message().contains(QStringLiteral("sqlite3 (process %1)").arg(other.processId())),
            qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QLatin1String("damaged")), qPrintable(error.message()));
    }
    other.closeWriteChannel();
    QVERIFY(other.waitForFinished());
    QCOMPARE(test::fingerprint(file), before);
    QVERIFY(!WikiFile::open(file).created);
}

void TestWikiFile::aLinkToNothingIsNeverReplaced()
{
    // A link to a wiki on a drive that is not connected, and a link loop.
    const QString usb = path(QStringLiteral("usb.folio"));
    QVERIFY(QFile::link(path(QStringLiteral("not-mounted/drive/wiki.folio")), usb));
    const QString loop = path(QStringLiteral("loop.folio"));
    QVERIFY(QFile::link(path(QStringLiteral("loop2.folio")), loop));
    QVERIFY(QFile::link(loop, path(QStringLiteral("loop2.folio"))));
    for (const auto& [link, phrase] : {std::pair{usb, QStringLiteral("which does not exist")},
                                       std::pair{loop, QStringLiteral("leads back to itself")}}) {
        try {
            WikiFile::open(link);
            QFAIL("opening must fail");
        } catch (const StoreError& error) {
            QVERIFY2(error.message().contains(phrase), qPrintable(error.message()));
        }
        QVERIFY(QFileInfo(link).isSymLink()); // was deleted
    }
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("not-mounted"))));
}

void TestWikiFile::readingNeitherCreatesNorNeedsWriting()
{
    WikiFile::Options reading;
    reading.readOnly = true;
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             WikiFile::open(path(QStringLiteral("typo.folio")), reading));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("typo.folio"))));
    WikiFile::Options noFolders;
    noFolders.createFolders = false;
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             WikiFile::open(path(QStringLiteral("nodir/a/b.folio")), noFolders));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("nodir"))));
    // A read-only file can be read.
    const QString file = makeWiki(QStringLiteral("shelf.folio"));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const QByteArray before = test::fingerprint(file);
    {
        const WikiFile::Opened opened = WikiFile::open(file, reading);
        QCOMPARE(opened.database->pragmaInt("user_version"), Schema::currentVersion());
    }
    QCOMPARE(test::fingerprint(file), before);
    // As a thread's own connection opens it.
    QCOMPARE(WikiFile::openForReading(file).database->pragmaInt("user_version"),
             Schema::currentVersion());
    QCOMPARE(test::fingerprint(file), before);
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             WikiFile::openForReading(path(QStringLiteral("typo2.folio"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("typo2.folio"))));
    // As a folder path whose part is a file says so.
    test::writeFile(path(QStringLiteral("notes.txt")), "notes");
    try {
        WikiFile::open(path(QStringLiteral("notes.txt/team.folio")));
        QFAIL("must fail");
    } catch (const StoreError& error) {
        QVERIFY2(error.message().contains(QLatin1String("is a file, not a folder")),
                 qPrintable(error.message()));
    }
}

void TestWikiFile::defaultPathIsInUserDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(WikiFile::defaultPath().endsWith(QLatin1String("/wiki.folio")));
    QVERIFY(WikiFile::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

QTEST_GUILESS_MAIN(TestWikiFile)
#include "TestWikiFile.moc"
