#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bindsAndReadsEveryType();
    void transactionRollsBackUnlessCommitted();
    void errorsSpeakToPeopleAndLogSqlite();
    void openingMissingFileWithoutCreateFails();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::bindsAndReadsEveryType()
{
    Database db(m_dir.filePath(QStringLiteral("types.db")), Database::OpenMode::ReadWriteCreate);
    db.exec(QStringLiteral("CREATE TABLE t (i INTEGER, s TEXT, b BLOB, n INTEGER)"));
    Statement insert(db, QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?)"));
    const QString text = QStringLiteral("Grüße, 日本語 🚀");
    insert.bind(1, qint64(1) << 40)
        .bind(2, text)
        .bind(3, QByteArray("\0\1\2", 3))
        .bindNull(4)
        .run();

    Statement select(db, QStringLiteral("SELECT i, s, b, n FROM t"));
    QVERIFY(select.step());
    QCOMPARE(select.int64(0), qint64(1) << 40);
    QCOMPARE(select.text(1), text);
    QCOMPARE(select.blob(2), QByteArray("\0\1\2", 3));
    QVERIFY(select.isNull(3));
    QCOMPARE(select.optionalInt64(3), std::nullopt);
    QVERIFY(!select.step());
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    Database db(m_dir.filePath(QStringLiteral("tx.db")), Database::OpenMode::ReadWriteCreate);
    db.exec(QStringLiteral("CREATE TABLE t (x INTEGER)"));
    {
        Transaction transaction(db);
        db.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        // no commit: leaving the scope rolls back
    }
    {
        Transaction transaction(db);
        db.exec(QStringLiteral("INSERT INTO t VALUES (2)"));
        transaction.commit();
    }
    Statement count(db, QStringLiteral("SELECT group_concat(x) FROM t"));
    QVERIFY(count.step());
    QCOMPARE(count.text(0), QStringLiteral("2"));
}

void TestDatabase::errorsSpeakToPeopleAndLogSqlite()
{
    QStringList logged;
    QLoggingCategory::setFilterRules(QStringLiteral("folio.store.warning=true"));
    static QStringList* sink = nullptr;
    sink = &logged;
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext&, const QString& text) { *sink << text; });
    Database db(m_dir.filePath(QStringLiteral("err.db")), Database::OpenMode::ReadWriteCreate);
    try {
        Statement bad(db, QStringLiteral("SELECT * FROM no_such_table"));
        QFAIL("preparing a statement on a missing table must throw");
    } catch (const StoreError& error) {
        QVERIFY2(!error.message().contains(QLatin1String("no_such_table")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("changed by another program")),
                 qPrintable(error.message()));
    }
    // SQLite's own words go to the log, for whoever investigates.
    QVERIFY2(logged.join(u'\n').contains(QLatin1String("no such table: no_such_table")),
             qPrintable(logged.join(u'\n')));

    // A file that may not grow fails as a full disk does.
    db.exec(QStringLiteral("CREATE TABLE big (b BLOB); PRAGMA max_page_count = 3;"));
    try {
        Statement insert(db, QStringLiteral("INSERT INTO big VALUES (zeroblob(100000))"));
        insert.run();
        QFAIL("the insert must fail");
    } catch (const StoreError& error) {
        QCOMPARE(error.code(), StoreError::Code::DiskFull);
        QVERIFY2(error.message().contains(QLatin1String("disk is full")),
                 qPrintable(error.message()));
        QVERIFY(!error.message().contains(QLatin1String("database or disk is full")));
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
}

void TestDatabase::openingMissingFileWithoutCreateFails()
{
    const QString path = m_dir.filePath(QStringLiteral("absent.db"));
    QVERIFY_THROWS_EXCEPTION(StoreError, Database(path, Database::OpenMode::ReadWrite));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
