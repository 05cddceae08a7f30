#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/DraftStore.h"
#include "store/PageStore.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"

#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

using namespace folio;

// The drafts table: unsaved text kept while a writer types, offered back after a crash.
class TestDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepsAndUpdatesOneRowPerEdit();
    void aPageHasOneDraftAtMost();
    void newPagesGetDraftsOfTheirOwn();
    void discardedDraftsAreGone();
    void aNewPageDraftKeepsThePicturesPastedIntoIt();
    void aDraftKeptAfterItWasDiscardedComesBack();
    void aReadOnlyWikiRefusesWithAStoreError();
    void aWikiBusyElsewhereFailsSoonAndOtherWritesStillWait();

private:
    Draft draftOf(const Page& page, const QString& body) const
    {
        Draft draft;
        draft.pageId = page.id;
        draft.baseRevision = page.revisionId;
        draft.content = page.content;
        draft.content.body = body;
        return draft;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageStore> m_pages;
    std::unique_ptr<DraftStore> m_drafts;
    Page m_page;
};

void TestDraftStore::init()
{
    static int run = 0;
    m_path = m_dir.filePath(QStringLiteral("drafts-%1.folio").arg(++run));
    m_db = WikiFile::open(m_path).database;
    m_pages = std::make_unique<PageStore>(*m_db);
    m_drafts = std::make_unique<DraftStore>(*m_db);
    m_page = m_pages->create({QStringLiteral("Printers"),
                              PageKind::Guide,
                              {QStringLiteral("office")},
                              QStringLiteral("Start.")},
                             QStringLiteral("Ana"));
}

void TestDraftStore::cleanup()
{
    m_drafts.reset();
    m_pages.reset();
    m_db.reset();
}

void TestDraftStore::keepsAndUpdatesOneRowPerEdit()
{
    Draft draft = draftOf(m_page, QStringLiteral("Start. More"));
    draft.id = m_drafts->keep(draft);
    QVERIFY(draft.id > 0);
    draft.content.body = QStringLiteral("Start. More and more");
    QCOMPARE(m_drafts->keep(draft), draft.id);
    const QList<Draft> all = m_drafts->all();
    QCOMPARE(all.size(), 1);
    const Draft& kept = all.first();
    QCOMPARE(kept.pageId, m_page.id);
    QCOMPARE(kept.baseRevision, m_page.revisionId);
    QCOMPARE(kept.content.title, QStringLiteral("Printers"));
    QCOMPARE(kept.content.kind, PageKind::Guide);
    QCOMPARE(kept.content.tags, QStringList{QStringLiteral("office")});
    QCOMPARE(kept.content.body, QStringLiteral("Start. More and more"));
    QVERIFY(qAbs(kept.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // Keeping a draft changes no page.
    QCOMPARE(m_pages->find(m_page.id)->content.body, QStringLiteral("Start."));
    QCOMPARE(m_pages->history(m_page.id).size(), 1);
}

void TestDraftStore::aPageHasOneDraftAtMost()
{
    m_drafts->keep(draftOf(m_page, QStringLiteral("first window")));
    const qint64 second = m_drafts->keep(draftOf(m_page, QStringLiteral("second window")));
    const QList<Draft> all = m_drafts->all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().id, second);
    QCOMPARE(all.first().content.body, QStringLiteral("second window"));
}

void TestDraftStore::newPagesGetDraftsOfTheirOwn()
{
    Draft one;
    one.content = {QStringLiteral("Scanners"), PageKind::Note, {}, QStringLiteral("a")};
    Draft two;
    two.content = {QStringLiteral("Toner"), PageKind::Note, {}, QStringLiteral("b")};
    const qint64 first = m_drafts->keep(one);
    const qint64 second = m_drafts->keep(two);
    QVERIFY(first != second);
    const QList<Draft> all = m_drafts->all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).content.title, QStringLiteral("Toner")); // newest first
    QCOMPARE(all.at(1).pageId, 0);
    QCOMPARE(all.at(1).baseRevision, 0);
}

void TestDraftStore::aNewPageDraftKeepsThePicturesPastedIntoIt()
{
    AttachmentStore attachments(*m_db);
    const QString red = attachments.add("red", QStringLiteral("image/png"));
    const QString blue = attachments.add("blue", QStringLiteral("image/png"));
    Draft draft;
    draft.content = {QStringLiteral("Scanners"), PageKind::Note, {}, QStringLiteral("![](a.png)")};
    draft.attachments = {{QStringLiteral("a.png"), red}, {QStringLiteral("b.png"), blue}};
    draft.id = m_drafts->keep(draft);
    QCOMPARE(m_drafts->find(draft.id)->attachments, draft.attachments);

    // Kept again: the names as they are now, not as they were.
    draft.attachments = {{QStringLiteral("a.png"), blue}};
    QCOMPARE(m_drafts->keep(draft), draft.id);
    QCOMPARE(m_drafts->all().first().attachments, draft.attachments);

    m_drafts->discard(draft.id);
    Statement left(*m_db, QStringLiteral("SELECT count(*) FROM draft_attachments"));
    QVERIFY(left.step());
    QCOMPARE(left.int64(0), 0);
}

void TestDraftStore::discardedDraftsAreGone()
{
    const qint64 id = m_drafts->keep(draftOf(m_page, QStringLiteral("x")));
    m_drafts->discard(id);
    QVERIFY(m_drafts->all().isEmpty());
    QVERIFY(!m_drafts->find(id));
    m_drafts->discard(id); // twice is harmless
}

void TestDraftStore::aDraftKeptAfterItWasDiscardedComesBack()
{
    // Another window discarded it meanwhile: the writer's text still has to land somewhere.
    Draft draft = draftOf(m_page, QStringLiteral("mine"));
    draft.id = m_drafts->keep(draft);
    m_drafts->discard(draft.id);
    const qint64 again = m_drafts->keep(draft);
    QCOMPARE(m_drafts->find(again)->content.body, QStringLiteral("mine"));
}

void TestDraftStore::aReadOnlyWikiRefusesWithAStoreError()
{
    cleanup();
    Database readOnly(m_path, Database::OpenMode::ReadOnly);
    DraftStore drafts(readOnly);
    QVERIFY_THROWS_EXCEPTION(StoreError, drafts.keep(draftOf(m_page, QStringLiteral("x"))));
    QVERIFY(drafts.all().isEmpty());
}

void TestDraftStore::aWikiBusyElsewhereFailsSoonAndOtherWritesStillWait()
{
    // Another process writing the wiki (a long import) holds the write lock.
    auto other = std::make_unique<Database>(m_path, Database::OpenMode::ReadWrite);
    other->exec(QStringLiteral("BEGIN IMMEDIATE"));
    try {
        m_drafts->keep(draftOf(m_page, QStringLiteral("typed")));
        QFAIL("a draft was kept while another connection held the lock");
    } catch (const StoreError& error) {
        QCOMPARE(error.code(), StoreError::Code::Busy);
    }
    // The brief wait was for the draft only: a page save still waits its usual seconds for
    // the lock, which is given back after one.
    std::thread releaser([&other] {
        std::this_thread::sleep_for(std::chrono::seconds(1));
        other->exec(QStringLiteral("ROLLBACK"));
    });
    PageContent content = m_page.content;
    content.body = QStringLiteral("Saved after the import.");
    const Page saved = m_pages->update(m_page.id, content, m_page.revisionId, QStringLiteral("Bo"));
    releaser.join();
    QCOMPARE(saved.content.body, QStringLiteral("Saved after the import."));
    QVERIFY(m_drafts->keep(draftOf(saved, QStringLiteral("typed"))) > 0);
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "TestDraftStore.moc"
