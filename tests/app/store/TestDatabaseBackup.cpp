#include "store/Database.h"
#include "store/DatabaseBackup.h"
#include "store/PageStore.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;
using namespace Qt::StringLiterals;

// Whole-wiki copies (SQLite's online backup) and restoring one.
class TestDatabaseBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCopyHoldsTheWikiAsItWas();
    void aCopyTakenInsideAWriteTransactionHoldsWhatWasCommitted();
    void aCopyThatCannotBeWrittenLeavesTheOlderOne();
    void restoringPutsEverythingBack();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static qsizetype pageCount(Database& db) { return PageStore(db).list().size(); }

    QTemporaryDir m_dir;
};

void TestDatabaseBackup::aCopyHoldsTheWikiAsItWas()
{
    WikiFile::Opened wiki = WikiFile::open(path(u"copied.folio"_s));
    PageStore pages(*wiki.database);
    pages.create({u"Printers"_s, PageKind::Guide, {}, u"how to print"_s}, u"Ana"_s);
    DatabaseBackup::copy(*wiki.database, path(u"copy.folio"_s));
    pages.create({u"Scanners"_s, PageKind::Guide, {}, u"after the copy"_s}, u"Ana"_s);

    WikiFile::Opened copy = WikiFile::open(path(u"copy.folio"_s));
    PageStore copied(*copy.database);
    QCOMPARE(copied.list().size(), 1);
    QCOMPARE(copied.find(u"Printers"_s)->content.body, u"how to print"_s);
    QVERIFY(!QFile::exists(path(u"copy.folio.part"_s)));
}

void TestDatabaseBackup::aCopyTakenInsideAWriteTransactionHoldsWhatWasCommitted()
{
    WikiFile::Opened wiki = WikiFile::open(path(u"locked.folio"_s));
    PageStore pages(*wiki.database);
    pages.create({u"Printers"_s, PageKind::Guide, {}, u"x"_s}, u"Ana"_s);
    wiki.database->exec(u"BEGIN IMMEDIATE"_s);
    pages.create({u"Not committed"_s, PageKind::Guide, {}, u"y"_s}, u"Ana"_s);
    // The writer copies through a reader of its own.
    {
        Database reader(path(u"locked.folio"_s), Database::OpenMode::ReadOnly);
        DatabaseBackup::copy(reader, path(u"during.folio"_s));
    }
    wiki.database->exec(u"COMMIT"_s);
    WikiFile::Opened copy = WikiFile::open(path(u"during.folio"_s));
    QCOMPARE(pageCount(*copy.database), 1);
    QVERIFY(PageStore(*copy.database).find(u"Printers"_s));
}

void TestDatabaseBackup::aCopyThatCannotBeWrittenLeavesTheOlderOne()
{
    WikiFile::Opened wiki = WikiFile::open(path(u"kept.folio"_s));
    PageStore pages(*wiki.database);
    pages.create({u"Printers"_s, PageKind::Guide, {}, u"x"_s}, u"Ana"_s);
    DatabaseBackup::copy(*wiki.database, path(u"older.folio"_s));
    const QByteArray older = [&] {
        QFile file(path(u"older.folio"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!older.isEmpty());

    // The partial copy cannot be made: a folder stands where it would go.
    QVERIFY(QDir().mkpath(path(u"older.folio.part/inside"_s)));
    pages.create({u"Scanners"_s, PageKind::Guide, {}, u"y"_s}, u"Ana"_s);
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             DatabaseBackup::copy(*wiki.database, path(u"older.folio"_s)));
    QFile file(path(u"older.folio"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), older);

    // Into a folder that does not exist: a StoreError too, nothing left behind.
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             DatabaseBackup::copy(*wiki.database, path(u"missing/copy.folio"_s)));
    QVERIFY(!QFile::exists(path(u"missing"_s)));
}

void TestDatabaseBackup::restoringPutsEverythingBack()
{
    WikiFile::Opened wiki = WikiFile::open(path(u"restored.folio"_s));
    PageStore pages(*wiki.database);
    pages.create({u"Printers"_s, PageKind::Guide, {}, u"before"_s}, u"Ana"_s);
    DatabaseBackup::copy(*wiki.database, path(u"before.folio"_s));
    const Page printers = *pages.find(u"Printers"_s);
    pages.update(printers.id, {u"Printers"_s, PageKind::Guide, {}, u"after"_s}, printers.revisionId,
                 u"Ana"_s);
    pages.create({u"Scanners"_s, PageKind::Guide, {}, u"new"_s}, u"Ana"_s);

    // Another connection sees the restored wiki too.
    WikiFile::Opened other = WikiFile::open(path(u"restored.folio"_s));
    {
        WikiFile::Opened before = WikiFile::open(path(u"before.folio"_s));
        DatabaseBackup::restore(*wiki.database, *before.database);
    }
    for (Database* db : {wiki.database.get(), other.database.get()}) {
        PageStore seen(*db);
        QCOMPARE(seen.list().size(), 1);
        QCOMPARE(seen.find(u"Printers"_s)->content.body, u"before"_s);
        QCOMPARE(seen.history(seen.find(u"Printers"_s)->id).size(), 1);
    }
}

QTEST_GUILESS_MAIN(TestDatabaseBackup)
#include "TestDatabaseBackup.moc"
