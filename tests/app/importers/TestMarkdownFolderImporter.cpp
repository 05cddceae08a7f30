#include "TestFiles.h"
#include "importers/MarkdownFolderImporter.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestMarkdownFolderImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsEveryMarkdownFileUnderFolder();
    void reimportOnlyRevisesChangedPages();
    void duplicateTitlesAreNumbered();
    void badInputIsReportedAndKeepsStoreUntouched();

private:
    QString docs(const QString& relative = {}) const
    {
        return m_dir.filePath(QStringLiteral("docs/") + relative);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageStore> m_store;
};

void TestMarkdownFolderImporter::init()
{
    QDir(docs()).removeRecursively();
    QFile::remove(m_dir.filePath(QStringLiteral("import.folio")));
    m_db = WikiFile::open(m_dir.filePath(QStringLiteral("import.folio"))).database;
    m_store = std::make_unique<PageStore>(*m_db);
    test::writeFile(docs(QStringLiteral("install.md")), "# Installing Folio\n\nRun `make run`.\n");
    test::writeFile(docs(QStringLiteral("guides/vpn-setup.markdown")), "Connect first.\n");
    test::writeFile(docs(QStringLiteral("guides/deep/er/faq.MD")),
                    "FAQ\n===\n\n## Why?\nBecause.\n");
    test::writeFile(docs(QStringLiteral("notes.txt")), "not markdown");
    test::writeFile(docs(QStringLiteral("image.png")), "\x89PNG");
}

void TestMarkdownFolderImporter::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestMarkdownFolderImporter::importsEveryMarkdownFileUnderFolder()
{
    QList<int> progress;
    const auto result = MarkdownFolderImporter(*m_store).import(
        docs(), QStringLiteral("importer"),
        [&](MarkdownFolderImporter::Phase, int done, int) { progress << done; });
    QCOMPARE(result.files, 3);
    QCOMPARE(result.pages.created, 3);
    QVERIFY(result.skipped.isEmpty());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(m_store->find(QStringLiteral("Installing Folio"))->content.body,
             QStringLiteral("Run `make run`.\n"));
    QCOMPARE(m_store->find(QStringLiteral("vpn-setup"))->content.body,
             QStringLiteral("Connect first.\n"));
    QVERIFY(m_store->exists(QStringLiteral("FAQ")));
    QCOMPARE(m_store->history(m_store->find(QStringLiteral("FAQ"))->id).first().author,
             QStringLiteral("importer"));
}

void TestMarkdownFolderImporter::reimportOnlyRevisesChangedPages()
{
    MarkdownFolderImporter importer(*m_store);
    importer.import(docs(), QStringLiteral("a"));
    test::writeFile(docs(QStringLiteral("install.md")),
                    "# Installing Folio\n\nRun `make run` twice.\n");
    const auto again = importer.import(docs(), QStringLiteral("a"));
    QCOMPARE(again.pages.created, 0);
    QCOMPARE(again.pages.updated, 1);
    QCOMPARE(again.pages.unchanged, 2);
    QCOMPARE(m_store->history(m_store->find(QStringLiteral("Installing Folio"))->id).size(), 2);
}

void TestMarkdownFolderImporter::duplicateTitlesAreNumbered()
{
    test::writeFile(docs(QStringLiteral("a/readme.md")), "# Readme\nfirst");
    test::writeFile(docs(QStringLiteral("b/readme.md")), "# README\nsecond");
    test::writeFile(docs(QStringLiteral("c/[odd]|name.md")), "no heading");
    MarkdownFolderImporter(*m_store).import(docs(), QStringLiteral("a"));
    QCOMPARE(m_store->find(QStringLiteral("Readme"))->content.body, QStringLiteral("first"));
    QCOMPARE(m_store->find(QStringLiteral("README (2)"))->content.body, QStringLiteral("second"));
    QVERIFY(m_store->exists(QStringLiteral("(odd) name")));
}

void TestMarkdownFolderImporter::badInputIsReportedAndKeepsStoreUntouched()
{
    try {
        MarkdownFolderImporter(*m_store).import(docs(QStringLiteral("missing")),
                                                QStringLiteral("a"));
        QFAIL("importing a missing folder must fail");
    } catch (const StoreError& error) {
        QVERIFY(error.message().contains(QLatin1String("not a folder")));
    }
    QCOMPARE(m_store->count(), 0);

    // Invalid UTF-8 and NUL bytes are imported, not fatal.
    test::writeFile(docs(QStringLiteral("binary.md")),
                    QByteArray("# Bin\n\xFF\xFE\0\x01 text", 16));
    const auto result = MarkdownFolderImporter(*m_store).import(docs(), QStringLiteral("a"));
    QCOMPARE(result.pages.created, 4);
    QVERIFY(m_store->exists(QStringLiteral("Bin")));
}

QTEST_GUILESS_MAIN(TestMarkdownFolderImporter)
#include "TestMarkdownFolderImporter.moc"
