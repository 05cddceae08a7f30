#include "TestFiles.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFileGetsCurrentVersionAndApplicationId();
    void stepwiseMigrationEqualsFreshSchema();
    void upgradesFormatOneFileKeepingData();
    void revisionsCannotBeChangedOrDeleted();
    void formatFourKeysTitlesInFormC();
    void formatTenNamesEveryRevisionAndTheWiki();

private:
    static QStringList schemaOf(Database& db);
    QTemporaryDir m_dir;
};

QStringList TestSchema::schemaOf(Database& db)
{
    Statement query(db,
                    QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM sqlite_schema "
                                   "WHERE sql IS NOT NULL ORDER BY name"));
    QStringList result;
    while (query.step())
        result << query.text(0).simplified();
    return result;
}

void TestSchema::newFileGetsCurrentVersionAndApplicationId()
{
    Database db(m_dir.filePath(QStringLiteral("new.db")), Database::OpenMode::ReadWriteCreate);
    Schema::migrate(db);
    QCOMPARE(db.pragmaInt("user_version"), Schema::currentVersion());
    QCOMPARE(db.pragmaInt("application_id"), Schema::kApplicationId);
    QVERIFY(Schema::currentVersion() >= 2);
}

void TestSchema::stepwiseMigrationEqualsFreshSchema()
{
    Database fresh(m_dir.filePath(QStringLiteral("fresh.db")), Database::OpenMode::ReadWriteCreate);
    Schema::migrate(fresh);
    Database stepwise(m_dir.filePath(QStringLiteral("step.db")),
                      Database::OpenMode::ReadWriteCreate);
    for (int version = 1; version <= Schema::currentVersion(); ++version) {
        Schema::migrate(stepwise, version);
        QCOMPARE(stepwise.pragmaInt("user_version"), version);
    }
    QCOMPARE(schemaOf(stepwise), schemaOf(fresh));
}

void TestSchema::upgradesFormatOneFileKeepingData()
{
    Database db(m_dir.filePath(QStringLiteral("v1.db")), Database::OpenMode::ReadWriteCreate);
    db.exec(QString::fromUtf8(test::readAll(QStringLiteral(FOLIO_TEST_DATA_DIR "/wiki-v1.sql"))));
    QCOMPARE(db.pragmaInt("user_version"), 1);

    Schema::migrate(db);

    QCOMPARE(db.pragmaInt("user_version"), Schema::currentVersion());
    Statement pages(db, QStringLiteral("SELECT pages.title, body FROM pages JOIN revisions "
                                       "ON revisions.id = revision_id ORDER BY pages.id"));
    QVERIFY(pages.step());
    QCOMPARE(pages.text(0), QStringLiteral("VPN setup"));
    QCOMPARE(pages.text(1), QStringLiteral("Install the client, then sign in."));
    Statement revisions(db, QStringLiteral("SELECT count(*) FROM revisions"));
    QVERIFY(revisions.step());
    QCOMPARE(revisions.int64(0), 3);
    // Format 2 added attachments: the table exists and works on the upgraded file.
    db.exec(QStringLiteral("INSERT INTO attachments VALUES ('%1', 'text/plain', 1, x'41', 0)")
                .arg(QString(64, u'a')));
}

void TestSchema::revisionsCannotBeChangedOrDeleted()
{
    Database db(m_dir.filePath(QStringLiteral("append.db")), Database::OpenMode::ReadWriteCreate);
    db.exec(QString::fromUtf8(test::readAll(QStringLiteral(FOLIO_TEST_DATA_DIR "/wiki-v1.sql"))));
    Schema::migrate(db);
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             db.exec(QStringLiteral("UPDATE revisions SET body = 'x'")));
    QVERIFY_THROWS_EXCEPTION(StoreError, db.exec(QStringLiteral("DELETE FROM revisions")));
    Statement body(db, QStringLiteral("SELECT body FROM revisions WHERE id = 1"));
    QVERIFY(body.step());
    QCOMPARE(body.text(0), QStringLiteral("Install the client."));
}

void TestSchema::formatTenNamesEveryRevisionAndTheWiki()
{
    Database db(m_dir.filePath(QStringLiteral("v9.db")), Database::OpenMode::ReadWriteCreate);
    db.exec(QString::fromUtf8(test::readAll(QStringLiteral(FOLIO_TEST_DATA_DIR "/wiki-v1.sql"))));
    Schema::migrate(db);
    Statement named(db, QStringLiteral("SELECT count(*), count(DISTINCT uuid), "
                                       "min(length(uuid)) FROM revisions"));
    QVERIFY(named.step());
    QCOMPARE(named.int64(0), 3);
    QCOMPARE(named.int64(1), 3);
    QCOMPARE(named.int64(2), 36);
    Statement wiki(db, QStringLiteral("SELECT uuid FROM wiki"));
    QVERIFY(wiki.step());
    QCOMPARE(wiki.text(0).size(), 36);
    // Names are for good: the history is append-only again.
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             db.exec(QStringLiteral("UPDATE revisions SET uuid = 'x'")));
}

void TestSchema::formatFourKeysTitlesInFormC()
{
    Database db(m_dir.filePath(QStringLiteral("v3.db")), Database::OpenMode::ReadWriteCreate);
    Schema::migrate(db, 3);
    // As format 3 keyed them: case-folded, but not normalised.
    db.exec(QStringLiteral(
        "INSERT INTO pages (id, uuid, title, title_key, created_at, updated_at) VALUES "
        "(1, 'u1', 'Cafe\u0301', 'cafe\u0301', 0, 0), (2, 'u2', 'Plain', 'plain', 0, 0)"));
    Schema::migrate(db);
    Statement key(db, QStringLiteral("SELECT title_key FROM pages WHERE id = 1"));
    QVERIFY(key.step());
    QCOMPARE(key.text(0), QStringLiteral("caf\u00e9"));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"
