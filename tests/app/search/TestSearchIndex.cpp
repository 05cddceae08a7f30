#include "TestFiles.h"
#include "search/SearchEngine.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/Schema.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// The full-text index can never drift from the pages: after every kind of write, FTS5's own
// integrity check (which compares the index with the content it was built from) passes and
// searches find exactly what the pages say.
class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followsCreatesEditsRenamesAndDeletes();
    void bulkWritesAndRolledBackWritesStayInStep();
    void upgradedWikiIsIndexed();

private:
    QStringList titlesFor(const QString& text);
    void verifyIntegrity();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageStore> m_store;
};

void TestSearchIndex::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("index.folio")));
    m_db = WikiFile::open(m_dir.filePath(QStringLiteral("index.folio"))).database;
    m_store = std::make_unique<PageStore>(*m_db);
}

void TestSearchIndex::cleanup()
{
    m_store.reset();
    m_db.reset();
}

QStringList TestSearchIndex::titlesFor(const QString& text)
{
    QStringList titles;
    for (const SearchHit& hit : SearchEngine(*m_db).search(SearchQuery::parse(text, false)).hits)
        titles << hit.title;
    titles.sort();
    return titles;
}

void TestSearchIndex::verifyIntegrity()
{
    try {
        m_db->exec(QStringLiteral(
            "INSERT INTO page_search (page_search, rank) VALUES ('integrity-check', 1)"));
    } catch (const StoreError& error) {
        QFAIL(qPrintable(QStringLiteral("index drifted: ") + error.message()));
    }
}

void TestSearchIndex::followsCreatesEditsRenamesAndDeletes()
{
    const Page page = m_store->create(PageContent{QStringLiteral("Printer setup"),
                                                  PageKind::Guide,
                                                  {QStringLiteral("office")},
                                                  QStringLiteral("Install the toner.")},
                                      QStringLiteral("ana"));
    verifyIntegrity();
    QCOMPARE(titlesFor(QStringLiteral("toner")), QStringList{QStringLiteral("Printer setup")});

    const Page edited = m_store->update(page.id,
                                        PageContent{QStringLiteral("Printer setup"),
                                                    PageKind::Guide,
                                                    {QStringLiteral("hardware")},
                                                    QStringLiteral("Replace the drum.")},
                                        page.revisionId, QStringLiteral("ben"));
    verifyIntegrity();
    QCOMPARE(titlesFor(QStringLiteral("toner")), QStringList());
    QCOMPARE(titlesFor(QStringLiteral("drum")), QStringList{QStringLiteral("Printer setup")});
    QCOMPARE(titlesFor(QStringLiteral("tag:hardware")),
             QStringList{QStringLiteral("Printer setup")});

    const Page renamed = m_store->update(page.id,
                                         PageContent{QStringLiteral("Copier setup"),
                                                     PageKind::Guide,
                                                     {QStringLiteral("hardware")},
                                                     QStringLiteral("Replace the drum.")},
                                         edited.revisionId, QStringLiteral("ben"));
    verifyIntegrity();
    QCOMPARE(titlesFor(QStringLiteral("title:printer")), QStringList());
    QCOMPARE(titlesFor(QStringLiteral("title:copier")),
             QStringList{QStringLiteral("Copier setup")});

    m_store->remove(renamed.id);
    verifyIntegrity();
    QCOMPARE(titlesFor(QStringLiteral("drum")), QStringList());
    QCOMPARE(titlesFor(QStringLiteral("copier")), QStringList());
    // The title is free again, and the new page is found, not the deleted one.
    m_store->create(
        PageContent{
            QStringLiteral("Copier setup"), PageKind::Note, {}, QStringLiteral("New text.")},
        QStringLiteral("ana"));
    verifyIntegrity();
    QCOMPARE(titlesFor(QStringLiteral("copier")), QStringList{QStringLiteral("Copier setup")});
    QCOMPARE(titlesFor(QStringLiteral("drum")), QStringList());
}

void TestSearchIndex::bulkWritesAndRolledBackWritesStayInStep()
{
    QList<PageContent> pages;
    for (int i = 0; i < PageStore::kBulkIndexing + 44; ++i)
        pages << PageContent{QStringLiteral("Page %1").arg(i),
                             PageKind::Note,
                             {},
                             QStringLiteral("word%1 common").arg(i)};
    m_store->writeAll(pages, QStringLiteral("import"));
    verifyIntegrity();
    QCOMPARE(titlesFor(QStringLiteral("word42")), QStringList{QStringLiteral("Page 42")});

    m_db->exec(
        QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON pages WHEN NEW.title = 'Boom' "
                       "BEGIN SELECT RAISE(ABORT, 'refused'); END"));
    pages = {PageContent{QStringLiteral("Page 1"), PageKind::Note, {}, QStringLiteral("changed")},
             PageContent{QStringLiteral("Boom"), PageKind::Note, {}, QStringLiteral("boom")}};
    QVERIFY_THROWS_EXCEPTION(StoreError, m_store->writeAll(pages, QStringLiteral("import")));
    verifyIntegrity();
    QCOMPARE(titlesFor(QStringLiteral("changed")), QStringList());
    QCOMPARE(titlesFor(QStringLiteral("word1")), QStringList{QStringLiteral("Page 1")});

    // A large batch, which indexes its new pages at the end, rolled back half-way.
    pages.clear();
    for (int i = 0; i < PageStore::kBulkIndexing + 10; ++i)
        pages << PageContent{
            QStringLiteral("Bulk %1").arg(i), PageKind::Note, {}, QStringLiteral("bulkword")};
    pages << PageContent{
        QStringLiteral("Page 2"), PageKind::Note, {}, QStringLiteral("edited in bulk")};
    pages << PageContent{QStringLiteral("Boom"), PageKind::Note, {}, QStringLiteral("boom")};
    QVERIFY_THROWS_EXCEPTION(StoreError, m_store->writeAll(pages, QStringLiteral("import")));
    verifyIntegrity();
    QCOMPARE(titlesFor(QStringLiteral("bulkword")), QStringList());
    m_db->exec(QStringLiteral("DROP TRIGGER refuse"));
    pages.removeLast();
    m_store->writeAll(pages, QStringLiteral("import"));
    verifyIntegrity();
    QCOMPARE(SearchEngine(*m_db)
                 .search(SearchQuery::parse(QStringLiteral("bulkword"), false), 1000)
                 .hits.size(),
             PageStore::kBulkIndexing + 10);
    QCOMPARE(titlesFor(QStringLiteral("edited bulk")), QStringList{QStringLiteral("Page 2")});
    QCOMPARE(titlesFor(QStringLiteral("word2")), QStringList());
    // Indexing is not left paused.
    m_store->create(
        PageContent{QStringLiteral("After"), PageKind::Note, {}, QStringLiteral("afterword")},
        QStringLiteral("ana"));
    QCOMPARE(titlesFor(QStringLiteral("afterword")), QStringList{QStringLiteral("After")});
}

void TestSearchIndex::upgradedWikiIsIndexed()
{
    cleanup();
    const QString path = m_dir.filePath(QStringLiteral("v1.folio"));
    {
        Database db(path, Database::OpenMode::ReadWriteCreate);
        db.exec(
            QString::fromUtf8(test::readAll(QStringLiteral(FOLIO_TEST_DATA_DIR "/wiki-v1.sql"))));
    }
    m_db = WikiFile::open(path).database;
    m_store = std::make_unique<PageStore>(*m_db);
    verifyIntegrity();
    QCOMPARE(titlesFor(QStringLiteral("sign")), QStringList{QStringLiteral("VPN setup")});
    QCOMPARE(titlesFor(QStringLiteral("probably")), QStringList{QStringLiteral("Printer FAQ")});
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "TestSearchIndex.moc"
