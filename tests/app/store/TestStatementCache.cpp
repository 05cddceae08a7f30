#include "store/Database.h"
#include "store/Statement.h"
#include "store/StatementCache.h"
#include "store/StoreError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestStatementCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void reusesAStatementForTheSameText();
    void interruptedPrepareLeavesNothingBehind();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStatementCache::init()
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("cache.db")),
                                      Database::OpenMode::ReadWriteCreate);
    m_db->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t (x); DELETE FROM t; "
                              "INSERT INTO t VALUES (1), (2), (3);"));
}

void TestStatementCache::reusesAStatementForTheSameText()
{
    StatementCache cache(*m_db);
    Statement& first = cache.get(QStringLiteral("SELECT x FROM t ORDER BY x"));
    QVERIFY(first.step());
    // Asked again, the same statement comes back reset: it starts from the first row.
    Statement& again = cache.get(QStringLiteral("SELECT x FROM t ORDER BY x"));
    QCOMPARE(&again, &first);
    QVERIFY(again.step());
    QCOMPARE(again.int64(0), 1);
    QCOMPARE(cache.size(), 1);
}

void TestStatementCache::interruptedPrepareLeavesNothingBehind()
{
    StatementCache cache(*m_db);
    // While a statement runs, an interrupt also stops the next prepare (as when a keystroke
    // cancels a search on the search thread).
    Statement& running = cache.get(QStringLiteral("SELECT x FROM t"));
    QVERIFY(running.step());
    m_db->interrupt();
    try {
        cache.get(QStringLiteral("SELECT count(*) FROM t"));
        QFAIL("the prepare should have been interrupted");
    } catch (const StoreError& error) {
        QCOMPARE(error.code(), StoreError::Code::Interrupted);
    }
    QCOMPARE(cache.size(), 1);
    cache.resetAll(); // crashed here on the empty entry the failed prepare left
    Statement& count = cache.get(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(count.step());
    QCOMPARE(count.int64(0), 3);
}

QTEST_GUILESS_MAIN(TestStatementCache)
#include "TestStatementCache.moc"
