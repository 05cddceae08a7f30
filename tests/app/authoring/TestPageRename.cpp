#include "authoring/PageRename.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;
using namespace Qt::StringLiterals;

// Renaming rewrites the links to a page in every other page, in one transaction, and can be
// undone.
class TestPageRename : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void renameRewritesLinksEverywhereAsRevisions();
    void aChangeOfCaseRewritesNothing();
    void undoBringsBackTitleAndLinksKeepingLaterEdits();
    void aFailedRenameChangesNoPage();
    void staleSaveIsAConflictAndChangesNothing();

private:
    Page create(const QString& title, const QString& body)
    {
        return m_pages->create({title, PageKind::Guide, {}, body}, u"ana"_s);
    }
    QString body(const QString& title) const { return m_pages->find(title)->content.body; }
    int revisions() const
    {
        int total = 0;
        for (const PageSummary& page : m_pages->list())
            total += int(m_pages->history(page.id).size());
        return total;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageStore> m_pages;
};

void TestPageRename::init()
{
    QFile::remove(m_dir.filePath(u"rename.folio"_s));
    m_db = WikiFile::open(m_dir.filePath(u"rename.folio"_s)).database;
    m_pages = std::make_unique<PageStore>(*m_db);
}

void TestPageRename::cleanup()
{
    m_pages.reset();
    m_db.reset();
}

void TestPageRename::renameRewritesLinksEverywhereAsRevisions()
{
    create(u"Printers"_s, u"Back to [[Printers#Top|the top]]."_s);
    create(u"Setup"_s, u"See [[Printers]], [[printers|them]] and [[Printers#Toner]]."_s);
    create(u"Code"_s, u"Type `[[Printers]]` to link; [[Printers 2]] is another page."_s);
    create(u"Plain"_s, u"No links at all, printers."_s);
    const int before = revisions();

    const PageRename::Result result =
        PageRename(*m_db).rename(u"printers"_s, u"Printing and scanning"_s, u"ben"_s);
    QVERIFY(result.renamed());
    QCOMPARE(result.oldTitle, u"Printers"_s);
    QCOMPARE(result.page.content.title, u"Printing and scanning"_s);
    QCOMPARE(result.rewritten.size(), 1); // Setup; the page's own link is in its own revision
    QCOMPARE(result.links, 4);
    QCOMPARE(body(u"Setup"_s), u"See [[Printing and scanning]], [[Printing and scanning|them]] "
                               u"and [[Printing and scanning#Toner]]."_s);
    QCOMPARE(body(u"Printing and scanning"_s), u"Back to [[Printing and scanning#Top|the top]]."_s);
    QCOMPARE(body(u"Code"_s), u"Type `[[Printers]]` to link; [[Printers 2]] is another page."_s);
    QVERIFY(!m_pages->exists(u"Printers"_s));
    // Each changed page has a revision by the person who renamed, saying why.
    const Revision setup = m_pages->history(m_pages->find(u"Setup"_s)->id).first();
    QCOMPARE(setup.author, u"ben"_s);
    QVERIFY(setup.summary.contains(u"Printing and scanning"_s));
    QCOMPARE(revisions(), before + 3); // renamed page: title, then its own link; and Setup
}

void TestPageRename::aChangeOfCaseRewritesNothing()
{
    const Page page = create(u"faq"_s, u"x"_s);
    create(u"Home"_s, u"[[faq]]"_s);
    PageContent content = page.content;
    content.title = u"FAQ"_s;
    const PageRename::Result result =
        PageRename(*m_db).save(page.id, content, page.revisionId, u"ana"_s);
    QVERIFY(!result.renamed());
    QCOMPARE(result.page.content.title, u"FAQ"_s);
    QCOMPARE(body(u"Home"_s), u"[[faq]]"_s); // still finds the page
}

void TestPageRename::undoBringsBackTitleAndLinksKeepingLaterEdits()
{
    create(u"Old"_s, u"self [[Old]]"_s);
    create(u"A"_s, u"[[Old]] and [[New]] (a page to write later)"_s);
    const Page b = create(u"B"_s, u"[[Old|label]]"_s);
    PageRename rename(*m_db);
    const PageRename::Result done = rename.rename(u"Old"_s, u"Renamed"_s, u"ana"_s);
    QCOMPARE(done.rewritten.size(), 2);
    // B is edited after the rename: the edit stays when the rename is undone.
    const Page edited = *m_pages->find(b.id);
    m_pages->update(b.id, {u"B"_s, PageKind::Guide, {}, edited.content.body + u" more"_s},
                    edited.revisionId, u"cy"_s);

    const PageRename::Result undone = rename.undo(done, u"ana"_s);
    QCOMPARE(undone.page.content.title, u"Old"_s);
    QCOMPARE(body(u"Old"_s), u"self [[Old]]"_s);
    QCOMPARE(body(u"A"_s), u"[[Old]] and [[New]] (a page to write later)"_s);
    QCOMPARE(body(u"B"_s), u"[[Old|label]] more"_s);
    QVERIFY(!m_pages->exists(u"Renamed"_s));
    // Nothing was rewritten in history: the rename and its undoing are both there.
    QCOMPARE(m_pages->history(b.id).size(), 4);
}

void TestPageRename::aFailedRenameChangesNoPage()
{
    create(u"One"_s, u"x"_s);
    create(u"Two"_s, u"[[One]]"_s);
    const int before = revisions();
    for (const QString& bad : {u"Two"_s, u"Has # hash"_s, QString()}) {
        try {
            PageRename(*m_db).rename(u"One"_s, bad, u"ana"_s);
            QFAIL("a bad title was accepted");
        } catch (const StoreError& error) {
            QCOMPARE(error.code(), StoreError::Code::InvalidInput);
        }
    }
    try {
        PageRename(*m_db).rename(u"Nobody"_s, u"Three"_s, u"ana"_s);
        QFAIL("renamed a page that does not exist");
    } catch (const StoreError& error) {
        QCOMPARE(error.code(), StoreError::Code::NotFound);
    }
    QCOMPARE(revisions(), before);
    QCOMPARE(body(u"Two"_s), u"[[One]]"_s);
}

void TestPageRename::staleSaveIsAConflictAndChangesNothing()
{
    const Page page = create(u"One"_s, u"x"_s);
    create(u"Two"_s, u"[[One]]"_s);
    m_pages->update(page.id, {u"One"_s, PageKind::Guide, {}, u"y"_s}, page.revisionId, u"cy"_s);
    try {
        PageRename(*m_db).save(page.id, {u"Uno"_s, PageKind::Guide, {}, u"z"_s}, page.revisionId,
                               u"ana"_s);
        QFAIL("a stale save was accepted");
    } catch (const StoreError& error) {
        QCOMPARE(error.code(), StoreError::Code::Conflict);
    }
    QCOMPARE(body(u"Two"_s), u"[[One]]"_s);
    QCOMPARE(body(u"One"_s), u"y"_s);
}

QTEST_GUILESS_MAIN(TestPageRename)
#include "TestPageRename.moc"
