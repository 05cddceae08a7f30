#include "TestFiles.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

void TestWikiFile::defaultPathIsInUserDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(WikiFile::defaultPath().endsWith(QLatin1String("/wiki.folio")));
    QVERIFY(WikiFile::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

QTEST_GUILESS_MAIN(TestWikiFile)
#include "TestWikiFile.moc"
