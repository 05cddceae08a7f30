#include "TestFiles.h"
#include "importers/MarkdownFolderImporter.h"
#include "search/SearchEngine.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"
#include "wiki/PageDocument.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
    void filesTitledAlikeEachKeepTheirText();
    void reimportingAnUnchangedFolderChangesNothing();
    void addingAFileMovesNoText();
    void largeImportsKeepEveryFile();
    void specialFilesAreSkippedWithAReason();
    void tooLargeAndAlteredFilesAreReported();
    void pagesImportedBeforeSourcesWereKeptAreFound();
    void editsMadeInFolioAreNeverUndoneByAnImport();
    void aMovedFileKeepsItsPage();
    void manyFilesWithOneTitleImportQuickly();
    void oneBadFileNeverStopsTheOthers();
    void namesThatAreNotUtf8AreImportedAndReported();
    void utf16FilesAreRead();
    void titlesChangedToFitAreReported();
    void aDeletedPageStaysDeleted();
    void picturesBesideThePagesBecomeAttachments();
    void aCancelledImportWritesNothing();

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
        docs(), QStringLiteral("importer"), [&](int done, int) { progress << done; });
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
        QVERIFY2(error.message().contains(QLatin1String("There is no folder")),
                 qPrintable(error.message()));
    }
    QCOMPARE(m_store->count(), 0);

    // Bytes that are not UTF-8 are imported and reported; NUL bytes mean it is not text.
    test::writeFile(docs(QStringLiteral("latin.md")), QByteArray("# Bin\n\xFF\xFE\x01 text"));
    test::writeFile(docs(QStringLiteral("binary.md")),
                    QByteArray("# Bin2\n\xFF\xFE\0\x01 text", 17));
    test::writeFile(docs(QStringLiteral("utf16.md")), QByteArray("#\0 \0U\0\n\0", 8));
    const auto result = MarkdownFolderImporter(*m_store).import(docs(), QStringLiteral("a"));
    QCOMPARE(result.pages.created, 4);
    QVERIFY(m_store->exists(QStringLiteral("Bin")));
    QCOMPARE(result.altered.size(), 1);
    QCOMPARE(result.skipped.size(), 2);
    QVERIFY2(result.skipped.first().contains(QLatin1String("NUL bytes")),
             qPrintable(result.skipped.first()));
}

void TestMarkdownFolderImporter::filesTitledAlikeEachKeepTheirText()
{
    test::writeFile(docs(QStringLiteral("x1.md")), "# X\nalphaone text");
    test::writeFile(docs(QStringLiteral("x2.md")), "# X\nbetatwo text");
    test::writeFile(docs(QStringLiteral("x3.md")), "# X (2)\ngammathree text");
    const auto result = MarkdownFolderImporter(*m_store).import(docs(), QStringLiteral("a"));
    QCOMPARE(result.pages.created, 6);
    QStringList bodies;
    for (const PageSummary& page : m_store->list())
        bodies << m_store->find(page.id)->content.body;
    for (const char* text : {"alphaone text", "betatwo text", "gammathree text"})
        QVERIFY2(bodies.contains(QLatin1String(text)), text);
    // Each is found by search, not only kept in some page's history.
    SearchEngine engine(*m_db);
    for (const char* word : {"alphaone", "betatwo", "gammathree"})
        QCOMPARE(engine.search(SearchQuery::parse(QLatin1String(word), false)).hits.size(), 1);
}

void TestMarkdownFolderImporter::reimportingAnUnchangedFolderChangesNothing()
{
    test::writeFile(docs(QStringLiteral("x1.md")), "# X\nfirst text");
    test::writeFile(docs(QStringLiteral("x2.md")), "# X\nsecond text");
    test::writeFile(docs(QStringLiteral("x3.md")), "# X (2)\nthird text");
    MarkdownFolderImporter importer(*m_store);
    importer.import(docs(), QStringLiteral("a"));
    const auto again = importer.import(docs(), QStringLiteral("a"));
    QCOMPARE(again.pages.created, 0);
    QCOMPARE(again.pages.updated, 0);
    QCOMPARE(again.pages.unchanged, 6);
    for (const PageSummary& page : m_store->list())
        QCOMPARE(m_store->history(page.id).size(), 1);
    // Through another path to the same folder, too.
    const auto viaOtherPath =
        importer.import(docs(QStringLiteral("guides/..")), QStringLiteral("a"));
    QCOMPARE(viaOtherPath.pages.unchanged, 6);
}

void TestMarkdownFolderImporter::addingAFileMovesNoText()
{
    test::writeFile(docs(QStringLiteral("b/readme.md")), "# README\nbee");
    test::writeFile(docs(QStringLiteral("c/readme.md")), "# README\ncee");
    MarkdownFolderImporter importer(*m_store);
    importer.import(docs(), QStringLiteral("a"));
    QCOMPARE(m_store->find(QStringLiteral("README"))->content.body, QStringLiteral("bee"));
    QCOMPARE(m_store->find(QStringLiteral("README (2)"))->content.body, QStringLiteral("cee"));
    // A file sorting before the others arrives: it gets a title of its own.
    test::writeFile(docs(QStringLiteral("a/readme.md")), "# README\nay");
    const auto result = importer.import(docs(), QStringLiteral("a"));
    QCOMPARE(result.pages.created, 1);
    QCOMPARE(result.pages.updated, 0);
    QCOMPARE(m_store->find(QStringLiteral("README"))->content.body, QStringLiteral("bee"));
    QCOMPARE(m_store->find(QStringLiteral("README (2)"))->content.body, QStringLiteral("cee"));
    QCOMPARE(m_store->find(QStringLiteral("README (3)"))->content.body, QStringLiteral("ay"));
    // A page someone wrote by hand is never taken over by an import.
    m_store->create(
        PageContent{
            QStringLiteral("Handbook"), PageKind::Guide, {}, QStringLiteral("written by hand")},
        QStringLiteral("ana"));
    test::writeFile(docs(QStringLiteral("handbook.md")), "# Handbook\nfrom a file");
    importer.import(docs(), QStringLiteral("a"));
    QCOMPARE(m_store->find(QStringLiteral("Handbook"))->content.body,
             QStringLiteral("written by hand"));
    QCOMPARE(m_store->find(QStringLiteral("Handbook (2)"))->content.body,
             QStringLiteral("from a file"));
}

void TestMarkdownFolderImporter::largeImportsKeepEveryFile()
{
    // Past PageStore::kBulkIndexing the write takes its bulk path.
    for (int i = 0; i < 301; ++i)
        test::writeFile(docs(QStringLiteral("many/%1.md").arg(i, 3, 10, QLatin1Char('0'))),
                        QStringLiteral("# Same\nunique%1").arg(i).toUtf8());
    MarkdownFolderImporter importer(*m_store);
    const auto result = importer.import(docs(QStringLiteral("many")), QStringLiteral("a"));
    QCOMPARE(result.pages.created, 301);
    QCOMPARE(m_store->count(), 301);
    SearchEngine engine(*m_db);
    QCOMPARE(engine.search(SearchQuery::parse(QStringLiteral("unique300"), false)).hits.size(), 1);
    const auto again = importer.import(docs(QStringLiteral("many")), QStringLiteral("a"));
    QCOMPARE(again.pages.unchanged, 301);
    QCOMPARE(again.pages.updated, 0);
}

void TestMarkdownFolderImporter::aCancelledImportWritesNothing()
{
    const int files = 3 + MarkdownFolderImporter::kBatchFiles * 2; // and the three of init()
    for (int i = 3; i < files; ++i)
        test::writeFile(docs(QStringLiteral("%1.md").arg(i)), QByteArray("# Page\ntext"));
    MarkdownFolderImporter importer(*m_store);
    std::atomic<bool> cancelled = false;
    importer.setCancelFlag(&cancelled);
    // Ctrl+C arrives once the first batch has been read and written.
    int batches = 0;
    QVERIFY_THROWS_EXCEPTION(MarkdownFolderImporter::Cancelled,
                             importer.import(docs(), QStringLiteral("a"), [&](int, int) {
                                 ++batches;
                                 cancelled = true;
                             }));
    QCOMPARE(batches, 1);
    QCOMPARE(m_store->count(), 0);

    cancelled = false;
    QCOMPARE(importer.import(docs(), QStringLiteral("a")).pages.created, files);
}

void TestMarkdownFolderImporter::specialFilesAreSkippedWithAReason()
{
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), docs(QStringLiteral("zero.md"))));
    QVERIFY(QFile::link(docs(QStringLiteral("nowhere")), docs(QStringLiteral("broken.md"))));
    QCOMPARE(::mkfifo(QFile::encodeName(docs(QStringLiteral("pipe.md"))).constData(), 0600), 0);
    const auto result = MarkdownFolderImporter(*m_store).import(docs(), QStringLiteral("a"));
    QCOMPARE(result.pages.created, 3);
    const QString skipped = result.skipped.join(u'\n');
    QCOMPARE(result.skipped.size(), 3);
    QVERIFY2(skipped.contains(QLatin1String("zero.md: a device")), qPrintable(skipped));
    QVERIFY2(skipped.contains(QLatin1String("pipe.md: a named pipe")), qPrintable(skipped));
    QVERIFY2(skipped.contains(QLatin1String("broken.md: a link to something that does not exist")),
             qPrintable(skipped));
}

void TestMarkdownFolderImporter::tooLargeAndAlteredFilesAreReported()
{
    test::writeFile(docs(QStringLiteral("log.md")), QByteArray(PageStore::kMaxBodyBytes + 1, 'a'));
    test::writeFile(docs(QStringLiteral("latin1.md")), "# Caf\xe9\nline two\nna\xefve\n");
    const auto result = MarkdownFolderImporter(*m_store).import(docs(), QStringLiteral("a"));
    QCOMPARE(result.pages.created, 4);
    QCOMPARE(result.skipped,
             QStringList{QStringLiteral("log.md: larger than the 4 MiB a page can hold")});
    QCOMPARE(result.altered.size(), 1);
    QVERIFY2(result.altered.first().startsWith(QLatin1String("latin1.md: line 1 ")),
             qPrintable(result.altered.first()));
    QVERIFY(!m_store->exists(QStringLiteral("log")));
}

void TestMarkdownFolderImporter::pagesImportedBeforeSourcesWereKeptAreFound()
{
    // Format 3 wikis imported by title; the same text under the same title is the same page.
    m_store->writeAll({MarkdownFolderImporter::pageFrom(QStringLiteral("install.md"),
                                                        QStringLiteral("# Installing Folio\n\n"
                                                                       "Run `make run`.\n"))},
                      QStringLiteral("a"));
    const auto result = MarkdownFolderImporter(*m_store).import(docs(), QStringLiteral("a"));
    QCOMPARE(result.pages.created, 2);
    QCOMPARE(result.pages.unchanged, 1);
    QCOMPARE(m_store->count(), 3);
}

void TestMarkdownFolderImporter::editsMadeInFolioAreNeverUndoneByAnImport()
{
    test::writeFile(docs(QStringLiteral("handbook.md")), "# Handbook\nfile version");
    MarkdownFolderImporter importer(*m_store);
    importer.import(docs(), QStringLiteral("a"));
    const Page imported = *m_store->find(QStringLiteral("Handbook"));
    m_store->update(
        imported.id,
        PageContent{
            QStringLiteral("Handbook"), PageKind::Note, {}, QStringLiteral("edited by hand")},
        imported.revisionId, QStringLiteral("ana"));
    // The file did not change: the edit stands (it was reverted to the file's text).
    auto again = importer.import(docs(), QStringLiteral("a"));
    QCOMPARE(again.pages.updated, 0);
    QCOMPARE(m_store->find(QStringLiteral("Handbook"))->content.body,
             QStringLiteral("edited by hand"));
    // The file changed too: the edit is still kept, and the import says so.
    test::writeFile(docs(QStringLiteral("handbook.md")), "# Handbook\nnew file version");
    again = importer.import(docs(), QStringLiteral("a"));
    QCOMPARE(again.pages.updated, 0);
    QCOMPARE(again.keptEdits, QStringList{QStringLiteral("handbook.md")});
    QCOMPARE(m_store->find(QStringLiteral("Handbook"))->content.body,
             QStringLiteral("edited by hand"));
    // A page nobody edited follows its file.
    test::writeFile(docs(QStringLiteral("install.md")), "# Installing Folio\n\nNewer.\n");
    again = importer.import(docs(), QStringLiteral("a"));
    QCOMPARE(again.pages.updated, 1);
    QCOMPARE(m_store->find(QStringLiteral("Installing Folio"))->content.body,
             QStringLiteral("Newer.\n"));
}

void TestMarkdownFolderImporter::aMovedFileKeepsItsPage()
{
    MarkdownFolderImporter importer(*m_store);
    importer.import(docs(), QStringLiteral("a"));
    const qint64 id = m_store->find(QStringLiteral("Installing Folio"))->id;
    QVERIFY(QFile::rename(docs(QStringLiteral("install.md")), docs(QStringLiteral("setup.md"))));
    const auto result = importer.import(docs(), QStringLiteral("a"));
    QCOMPARE(result.pages.created, 0);
    QCOMPARE(m_store->count(), 3);
    QCOMPARE(m_store->find(QStringLiteral("Installing Folio"))->id, id);
    // A copy (its original still there) is a page of its own.
    QVERIFY(QFile::copy(docs(QStringLiteral("setup.md")), docs(QStringLiteral("copy.md"))));
    QCOMPARE(importer.import(docs(), QStringLiteral("a")).pages.created, 1);
}

void TestMarkdownFolderImporter::manyFilesWithOneTitleImportQuickly()
{
    // Numbering used to start at "(2)" for every file: quadratic, 44 s for 10,000 READMEs.
    for (int i = 0; i < 3000; ++i)
        test::writeFile(docs(QStringLiteral("same/%1.md").arg(i, 4, 10, QLatin1Char('0'))),
                        QStringLiteral("# Same\ntext %1").arg(i).toUtf8());
    const auto result =
        MarkdownFolderImporter(*m_store).import(docs(QStringLiteral("same")), QStringLiteral("a"));
    QCOMPARE(result.pages.created, 3000);
    QVERIFY(m_store->exists(QStringLiteral("Same (3000)")));
}

void TestMarkdownFolderImporter::oneBadFileNeverStopsTheOthers()
{
    // 4 MiB of bytes that are not UTF-8 become 12 MB of text once replaced: too large for a
    // page. That file is left out, with its name; the others are imported.
    test::writeFile(docs(QStringLiteral("ff.md")), QByteArray(PageStore::kMaxBodyBytes, '\xff'));
    const auto result = MarkdownFolderImporter(*m_store).import(docs(), QStringLiteral("a"));
    QCOMPARE(result.pages.created, 3);
    QCOMPARE(result.skipped.size(), 1);
    QVERIFY2(result.skipped.first().startsWith(QLatin1String("ff.md: ")),
             qPrintable(result.skipped.first()));
    QVERIFY(result.altered.isEmpty()); // skipped, not also "changed"
}

void TestMarkdownFolderImporter::namesThatAreNotUtf8AreImportedAndReported()
{
    const QByteArray folder = QFile::encodeName(docs(QStringLiteral("latin")));
    QDir().mkpath(docs(QStringLiteral("latin")));
    for (const QByteArray& name : {QByteArray("/caf\xe9.md"), QByteArray("/caf\xe8.md")}) {
        QFile file;
        const int fd = ::open(QByteArray(folder + name).constData(), O_WRONLY | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        QVERIFY(file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle));
        file.write("plain text");
    }
    // QDir cannot remove what it cannot name: the test removes its files itself.
    const auto removeFiles = qScopeGuard([&folder] {
        for (const char* name : {"/caf\xe9.md", "/caf\xe8.md"})
            ::unlink(QByteArray(folder + name).constData());
    });
    MarkdownFolderImporter importer(*m_store);
    const auto result = importer.import(docs(QStringLiteral("latin")), QStringLiteral("a"));
    QCOMPARE(result.pages.created, 2); // two names, two pages, though both read as "caf?"
    QCOMPARE(result.altered.size(), 2);
    QCOMPARE(importer.import(docs(QStringLiteral("latin")), QStringLiteral("a")).pages.unchanged,
             2);
}

void TestMarkdownFolderImporter::utf16FilesAreRead()
{
    QByteArray notepad("\xFF\xFE");
    for (const QChar c : QStringLiteral("# Notizen\nÄrger über Umlaute\n"))
        notepad += char(c.unicode() & 0xff) + QByteArray(1, char(c.unicode() >> 8));
    test::writeFile(docs(QStringLiteral("notepad.md")), notepad);
    const auto result = MarkdownFolderImporter(*m_store).import(docs(), QStringLiteral("a"));
    QVERIFY2(result.altered.isEmpty(), qPrintable(result.altered.join(u'\n')));
    QCOMPARE(m_store->find(QStringLiteral("Notizen"))->content.body,
             QStringLiteral("Ärger über Umlaute\n"));
}

void TestMarkdownFolderImporter::titlesChangedToFitAreReported()
{
    test::writeFile(docs(QStringLiteral("csharp.md")), "# C# tips\n");
    const auto result = MarkdownFolderImporter(*m_store).import(docs(), QStringLiteral("a"));
    QVERIFY(m_store->exists(QStringLiteral("C tips")));
    QCOMPARE(result.altered.size(), 1);
    QVERIFY2(result.altered.first().contains(QStringLiteral("“C# tips” became “C tips”")),
             qPrintable(result.altered.first()));
}

void TestMarkdownFolderImporter::aDeletedPageStaysDeleted()
{
    MarkdownFolderImporter importer(*m_store);
    importer.import(docs(), QStringLiteral("a"));
    m_store->remove(m_store->find(QStringLiteral("FAQ"))->id);
    const auto result = importer.import(docs(), QStringLiteral("a"));
    QCOMPARE(result.pages.created, 0);
    QCOMPARE(result.pages.kept, 1);
    QCOMPARE(result.deletedPages, QStringList{QStringLiteral("guides/deep/er/faq.MD")});
    QVERIFY(!m_store->exists(QStringLiteral("FAQ")));
}

void TestMarkdownFolderImporter::picturesBesideThePagesBecomeAttachments()
{
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    test::writeFile(docs(QStringLiteral("guides/img/setup 1.png")), png);
    test::writeFile(m_dir.filePath(QStringLiteral("secret.png")), "outside");
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("secret.png")),
                        docs(QStringLiteral("guides/img/link.png"))));
    test::writeFile(docs(QStringLiteral("guides/printers.md")),
                    "# Printers\n\n![Setup](img/setup%201.png) ![again](<img/setup 1.png>)\n"
                    "![up](../../secret.png) ![link](img/link.png) ![gone](img/none.png)\n"
                    "![web](https://example.org/a.png) `![code](img/code.png)` ![dir](img)\n");
    const auto result = MarkdownFolderImporter(*m_store).import(docs(), QStringLiteral("ana"));
    const Page page = *m_store->find(QStringLiteral("Printers"));
    AttachmentStore attachments(*m_db);
    const QList<AttachmentStore::Named> named = attachments.forPage(page.id);
    QCOMPARE(named.size(), 1);
    QCOMPARE(named.first().name, QStringLiteral("img/setup 1.png"));
    QCOMPARE(attachments.blob(named.first().sha256)->data, png);
    const QString problems = result.skipped.join(u'\n');
    QVERIFY2(problems.contains(QStringLiteral("“../../secret.png”: outside the imported folder")),
             qPrintable(problems));
    QVERIFY(problems.contains(QStringLiteral("“img/link.png”: outside the imported folder")));
    QVERIFY(problems.contains(QStringLiteral("“img/none.png”: not found")));
    QVERIFY(problems.contains(QStringLiteral("guides/printers.md: picture “img”: “")));
    QVERIFY(!problems.contains(QLatin1String("code.png")));
    // The page shows it from Folio's scheme.
    const QString html = QString::fromUtf8(PageDocument(*m_store).forPage(page));
    QVERIFY(html.contains(QStringLiteral("src=\"folio://wiki/attachment/") + named.first().sha256));

    // The picture changed: imported again, its name stands for the new bytes.
    test::writeFile(docs(QStringLiteral("guides/img/setup 1.png")), png + "more");
    MarkdownFolderImporter(*m_store).import(docs(), QStringLiteral("ana"));
    const QList<AttachmentStore::Named> again = attachments.forPage(page.id);
    QCOMPARE(again.size(), 1);
    QCOMPARE(attachments.blob(again.first().sha256)->data, png + "more");
}

QTEST_GUILESS_MAIN(TestMarkdownFolderImporter)
#include "TestMarkdownFolderImporter.moc"
