#include "store/Database.h"
#include "store/PageStore.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace folio;
using namespace Qt::StringLiterals;

class TestPageStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsAndFindsPagesIgnoringCase();
    void rejectsDuplicateAndInvalidTitles();
    void updateAppendsRevisionWithParentHashAndAuthor();
    void unchangedSaveAddsNoRevision();
    void staleEditIsRefusedAsConflict();
    void renameOntoAnotherPageIsRefused();
    void tagsAreNormalizedAndSnapshotted();
    void writeCreatesUpdatesOrLeavesUnchanged();
    void writeAllIsOneTransaction();
    void listIsSortedByTitle();
    void removeHidesPageKeepsHistoryFreesTitle();
    void aPageThatLostItsTextIsDamageNotACrash();
    void statusChangesAreRevisionsOfTheirOwn();
    void listsPublishedOrInReviewPages();
    void countsTagsOfLivePagesAndListsTheirPages();
    void restoringARevisionKeepsTheTitleAndTheHistory();
    void deletedPagesComeBackSearchableUnderAFreeTitle();
    void movesArePageRevisionsThatEditsKeep();
    void aPageCannotGoUnderItselfOrItsChildren();
    void aDeletedOrLoopingParentLeavesChildrenAtTheTop();

private:
    PageContent content(const QString& title, const QString& body = QStringLiteral("Body")) const
    {
        return PageContent{title, PageKind::Guide, {}, body};
    }
    int revisionCount() const;
    // Page ids the search index finds for an FTS5 query, after checking the index against
    // the pages it was built from.
    QList<qint64> searchIds(const QString& match) const
    {
        m_db->exec(QStringLiteral(
            "INSERT INTO page_search (page_search, rank) VALUES ('integrity-check', 1)"));
        Statement query(*m_db, QStringLiteral("SELECT rowid FROM page_search WHERE page_search "
                                              "MATCH ? ORDER BY rowid"));
        query.bind(1, match);
        QList<qint64> ids;
        while (query.step())
            ids << query.int64(0);
        return ids;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageStore> m_store;
};

void TestPageStore::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("pages.folio")));
    m_db = WikiFile::open(m_dir.filePath(QStringLiteral("pages.folio"))).database;
    m_store = std::make_unique<PageStore>(*m_db);
}

void TestPageStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

int TestPageStore::revisionCount() const
{
    int total = 0;
    for (const PageSummary& page : m_store->list())
        total += int(m_store->history(page.id).size());
    return total;
}

void TestPageStore::createsAndFindsPagesIgnoringCase()
{
    const Page created =
        m_store->create(content(QStringLiteral("  Ärger   mit Druckern ")), QStringLiteral("ana"));
    QCOMPARE(created.content.title, QStringLiteral("Ärger mit Druckern"));
    QVERIFY(!created.uuid.isEmpty());
    QVERIFY(created.revisionId > 0);

    const std::optional<Page> found = m_store->find(QStringLiteral("ärger MIT druckern"));
    QVERIFY(found);
    QCOMPARE(found->id, created.id);
    QCOMPARE(found->content.kind, PageKind::Guide);
    QVERIFY(m_store->exists(QStringLiteral("ÄRGER MIT DRUCKERN")));
    QVERIFY(!m_store->find(QStringLiteral("Ärger")));
}

void TestPageStore::rejectsDuplicateAndInvalidTitles()
{
    m_store->create(content(QStringLiteral("Ärger")), QStringLiteral("ana"));
    for (const QString& bad :
         {QStringLiteral("ärger"), QStringLiteral(""), QStringLiteral("   "),
          QStringLiteral("a [[b]]"), QStringLiteral("x|y"), QString(201, u'x')}) {
        try {
            m_store->create(content(bad), QStringLiteral("ana"));
            QFAIL(qPrintable(QStringLiteral("accepted title '%1'").arg(bad)));
        } catch (const StoreError& error) {
            QCOMPARE(error.code(), StoreError::Code::InvalidInput);
            QVERIFY(!QString::fromUtf8(error.what()).isEmpty());
        }
    }
    QCOMPARE(m_store->count(), 1);
}

void TestPageStore::updateAppendsRevisionWithParentHashAndAuthor()
{
    const Page first = m_store->create(content(QStringLiteral("VPN"), QStringLiteral("v1")),
                                       QStringLiteral("ana"));
    const Page second =
        m_store->update(first.id, content(QStringLiteral("VPN"), QStringLiteral("v2 ✓")),
                        first.revisionId, QStringLiteral("ben"));
    QCOMPARE(second.content.body, QStringLiteral("v2 ✓"));
    QVERIFY(second.revisionId != first.revisionId);
    QCOMPARE(second.uuid, first.uuid);

    const QList<Revision> history = m_store->history(first.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).id, second.revisionId); // newest first
    QCOMPARE(history.at(0).parentId, std::optional<qint64>(first.revisionId));
    QCOMPARE(history.at(1).parentId, std::nullopt);
    QCOMPARE(history.at(0).author, QStringLiteral("ben"));
    QCOMPARE(history.at(1).author, QStringLiteral("ana"));
    QCOMPARE(history.at(1).content.body, QStringLiteral("v1"));
    const QString expected = QString::fromLatin1(
        QCryptographicHash::hash(QStringLiteral("v2 ✓").toUtf8(), QCryptographicHash::Sha256)
            .toHex());
    QCOMPARE(history.at(0).contentHash, expected);
}

void TestPageStore::unchangedSaveAddsNoRevision()
{
    const Page page = m_store->create(content(QStringLiteral("Same")), QStringLiteral("ana"));
    const Page again = m_store->update(page.id, content(QStringLiteral("Same")), page.revisionId,
                                       QStringLiteral("ana"));
    QCOMPARE(again.revisionId, page.revisionId);
    QCOMPARE(m_store->history(page.id).size(), 1);
}

void TestPageStore::staleEditIsRefusedAsConflict()
{
    const Page page = m_store->create(content(QStringLiteral("Shared"), QStringLiteral("base")),
                                      QStringLiteral("ana"));
    m_store->update(page.id, content(QStringLiteral("Shared"), QStringLiteral("ben's edit")),
                    page.revisionId, QStringLiteral("ben"));
    try {
        m_store->update(page.id, content(QStringLiteral("Shared"), QStringLiteral("ana's edit")),
                        page.revisionId, QStringLiteral("ana"));
        QFAIL("a stale edit must not overwrite a newer revision");
    } catch (const StoreError& error) {
        QCOMPARE(error.code(), StoreError::Code::Conflict);
    }
    QCOMPARE(m_store->find(page.id)->content.body, QStringLiteral("ben's edit"));
    QCOMPARE(m_store->history(page.id).size(), 2);
}

void TestPageStore::renameOntoAnotherPageIsRefused()
{
    m_store->create(content(QStringLiteral("Taken")), QStringLiteral("ana"));
    const Page page = m_store->create(content(QStringLiteral("Mine")), QStringLiteral("ana"));
    QVERIFY_THROWS_EXCEPTION(StoreError, m_store->update(page.id, content(QStringLiteral("TAKEN")),
                                                         page.revisionId, QStringLiteral("ana")));
    QCOMPARE(m_store->find(page.id)->content.title, QStringLiteral("Mine"));

    const Page renamed = m_store->update(page.id, content(QStringLiteral("Renamed")),
                                         page.revisionId, QStringLiteral("ana"));
    QCOMPARE(renamed.content.title, QStringLiteral("Renamed"));
    QVERIFY(!m_store->exists(QStringLiteral("Mine")));
    QCOMPARE(m_store->find(QStringLiteral("renamed"))->uuid, page.uuid);
}

void TestPageStore::tagsAreNormalizedAndSnapshotted()
{
    PageContent tagged = content(QStringLiteral("Tagged"));
    tagged.tags = {QStringLiteral("Release Notes"), QStringLiteral("vpn"), QStringLiteral("VPN"),
                   QStringLiteral(" ")};
    const Page page = m_store->create(tagged, QStringLiteral("ana"));
    QCOMPARE(page.content.tags,
             (QStringList{QStringLiteral("release-notes"), QStringLiteral("vpn")}));
    QCOMPARE(m_store->history(page.id).first().content.tags, page.content.tags);

    tagged.tags = {QStringLiteral("other")};
    m_store->update(page.id, tagged, page.revisionId, QStringLiteral("ana"));
    QCOMPARE(m_store->find(page.id)->content.tags, QStringList{QStringLiteral("other")});
    QCOMPARE(m_store->history(page.id).last().content.tags, page.content.tags);
}

void TestPageStore::writeCreatesUpdatesOrLeavesUnchanged()
{
    QCOMPARE(
        m_store->write(content(QStringLiteral("W"), QStringLiteral("1")), QStringLiteral("cli")),
        PageStore::WriteResult::Created);
    QCOMPARE(
        m_store->write(content(QStringLiteral("w"), QStringLiteral("1")), QStringLiteral("cli")),
        PageStore::WriteResult::Updated); // the title's case changed
    QCOMPARE(
        m_store->write(content(QStringLiteral("w"), QStringLiteral("1")), QStringLiteral("cli")),
        PageStore::WriteResult::Unchanged);
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(revisionCount(), 2);
}

void TestPageStore::writeAllIsOneTransaction()
{
    m_store->create(content(QStringLiteral("Existing"), QStringLiteral("old")),
                    QStringLiteral("ana"));
    // A write that fails half-way (here: a trigger refusing one title) must leave no trace.
    m_db->exec(
        QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON pages WHEN NEW.title = 'Boom' "
                       "BEGIN SELECT RAISE(ABORT, 'refused'); END"));
    const QList<PageContent> batch = {content(QStringLiteral("A")),
                                      content(QStringLiteral("Existing"), QStringLiteral("new")),
                                      content(QStringLiteral("Boom"))};
    QVERIFY_THROWS_EXCEPTION(StoreError, m_store->writeAll(batch, QStringLiteral("import")));
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(m_store->find(QStringLiteral("Existing"))->content.body, QStringLiteral("old"));
    QCOMPARE(revisionCount(), 1);

    // An invalid title is found before anything is written.
    QVERIFY_THROWS_EXCEPTION(StoreError, m_store->writeAll({content(QStringLiteral("B")),
                                                            content(QStringLiteral("[bad]"))},
                                                           QStringLiteral("import")));
    QCOMPARE(m_store->count(), 1);

    m_db->exec(QStringLiteral("DROP TRIGGER refuse"));
    int lastProgress = 0;
    const auto result =
        m_store->writeAll(batch, QStringLiteral("import"),
                          [&](int done, int total) { lastProgress = done * 100 / total; });
    QCOMPARE(result.created, 2);
    QCOMPARE(result.updated, 1);
    QCOMPARE(lastProgress, 100);
}

void TestPageStore::listIsSortedByTitle()
{
    for (const QString& title :
         {QStringLiteral("beta"), QStringLiteral("Alpha"), QStringLiteral("gamma")})
        m_store->create(content(title), QStringLiteral("ana"));
    QStringList titles;
    for (const PageSummary& page : m_store->list())
        titles << page.title;
    QCOMPARE(titles, (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"),
                                  QStringLiteral("gamma")}));
}

void TestPageStore::removeHidesPageKeepsHistoryFreesTitle()
{
    const Page page = m_store->create(content(QStringLiteral("Old plan"), QStringLiteral("v1")),
                                      QStringLiteral("ana"));
    m_store->remove(page.id);
    QVERIFY(!m_store->exists(QStringLiteral("old plan")));
    QVERIFY(!m_store->find(page.id));
    QCOMPARE(m_store->count(), 0);
    QCOMPARE(m_store->history(page.id).size(), 1); // history is never deleted
    QVERIFY_THROWS_EXCEPTION(StoreError, m_store->remove(page.id));
    const Page again = m_store->create(content(QStringLiteral("Old plan"), QStringLiteral("v2")),
                                       QStringLiteral("ana"));
    QVERIFY(again.uuid != page.uuid);
    QCOMPARE(m_store->find(QStringLiteral("Old plan"))->content.body, QStringLiteral("v2"));
}

void TestPageStore::aPageThatLostItsTextIsDamageNotACrash()
{
    m_store->create(content(QStringLiteral("Mine")), QStringLiteral("ana"));
    // Another program broke the page's link to its current revision.
    m_db->exec(QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE pages SET revision_id = 9999 "
                              "WHERE title = 'Mine'; PRAGMA foreign_keys = ON;"));
    for (const auto& step : std::initializer_list<std::function<void()>>{
             [&] {
                 m_store->write(content(QStringLiteral("Mine"), QStringLiteral("new")),
                                QStringLiteral("ana"));
             },                                              // crashed
             [&] { m_store->find(QStringLiteral("Mine")); }, // "no page titled"
         }) {
        try {
            step();
            QFAIL("must report the damage");
        } catch (const StoreError& error) {
            QCOMPARE(error.code(), StoreError::Code::Corrupt);
            QVERIFY2(QString::fromUtf8(error.what()).contains(QLatin1String("lost its text")),
                     qPrintable(QString::fromUtf8(error.what())));
        }
    }
}

void TestPageStore::countsTagsOfLivePagesAndListsTheirPages()
{
    const QString ana = QStringLiteral("ana");
    const auto tagged = [&](const QString& title, const QStringList& tags, PageStatus status) {
        return m_store->create(PageContent{title, PageKind::Guide, tags, QStringLiteral("x")}, ana,
                               {status, PageVisibility::Internal});
    };
    tagged(QStringLiteral("VPN"), {QStringLiteral("network"), QStringLiteral("Remote Work")},
           PageStatus::Published);
    tagged(QStringLiteral("Wi-Fi"), {QStringLiteral("network")}, PageStatus::Draft);
    const Page gone =
        tagged(QStringLiteral("Modem"), {QStringLiteral("network"), QStringLiteral("legacy")},
               PageStatus::Published);
    m_store->remove(gone.id);
    const auto counts = [](const QList<TagCount>& list) {
        QStringList result;
        for (const TagCount& count : list)
            result << QStringLiteral("%1=%2").arg(count.tag).arg(count.pages);
        return result;
    };
    // Deleted pages do not count; tags are as PageTags writes them.
    QCOMPARE(counts(m_store->tagCounts()),
             (QStringList{QStringLiteral("network=2"), QStringLiteral("remote-work=1")}));
    QCOMPARE(counts(m_store->tagCounts(PageFilter::Published)),
             (QStringList{QStringLiteral("network=1"), QStringLiteral("remote-work=1")}));
    QCOMPARE(m_store->withTag(QStringLiteral("network")).size(), 2);
    const QList<PageSummary> published =
        m_store->withTag(QStringLiteral("network"), PageFilter::Published);
    QCOMPARE(published.size(), 1);
    QCOMPARE(published.first().title, QStringLiteral("VPN"));
    QVERIFY(m_store->withTag(QStringLiteral("legacy")).isEmpty());
}

void TestPageStore::statusChangesAreRevisionsOfTheirOwn()
{
    const QString ana = QStringLiteral("ana"), ben = QStringLiteral("ben");
    const Page draft = m_store->create(content(QStringLiteral("Printers")), ana,
                                       {PageStatus::Draft, PageVisibility::Internal});
    QCOMPARE(draft.state.status, PageStatus::Draft);
    QVERIFY(!m_store->lastPublished(draft.id));

    const Page review = m_store->setState(draft.id, {PageStatus::Review, PageVisibility::Public},
                                          ana, QStringLiteral("ready"));
    QCOMPARE(review.state, (PageState{PageStatus::Review, PageVisibility::Public}));
    QCOMPARE(review.content, draft.content);
    const Page published =
        m_store->setState(draft.id, {PageStatus::Published, PageVisibility::Public}, ben);
    // The same state again writes nothing.
    QCOMPARE(m_store->setState(draft.id, published.state, ben).revisionId, published.revisionId);

    const QList<Revision> history = m_store->history(draft.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).author, ben);
    QCOMPARE(history.at(0).state.status, PageStatus::Published);
    QCOMPARE(history.at(1).summary, QStringLiteral("ready"));
    QCOMPARE(history.at(2).state.status, PageStatus::Draft);
    QCOMPARE(m_store->lastPublished(draft.id)->id, published.revisionId);

    // An edit keeps the state it was made in.
    const Page edited =
        m_store->update(draft.id, content(QStringLiteral("Printers"), QStringLiteral("New")),
                        published.revisionId, ana, QStringLiteral("typo"));
    QCOMPARE(edited.state, published.state);
    QCOMPARE(m_store->revision(edited.revisionId)->summary, QStringLiteral("typo"));
    QVERIFY(!m_store->revision(edited.revisionId + 100));
}

void TestPageStore::listsPublishedOrInReviewPages()
{
    const QString ana = QStringLiteral("ana");
    m_store->create(content(QStringLiteral("Old guide")), ana); // published: the default
    m_store->create(content(QStringLiteral("Draft")), ana, {PageStatus::Draft, {}});
    m_store->create(content(QStringLiteral("Asked")), ana, {PageStatus::Review, {}});
    const auto titles = [](const QList<PageSummary>& pages) {
        QStringList result;
        for (const PageSummary& page : pages)
            result << page.title;
        return result;
    };
    QCOMPARE(titles(m_store->list()), QStringList({u"Asked"_s, u"Draft"_s, u"Old guide"_s}));
    QCOMPARE(titles(m_store->list(PageFilter::Published)), QStringList{u"Old guide"_s});
    QCOMPARE(titles(m_store->list(PageFilter::InReview)), QStringList{u"Asked"_s});
    QCOMPARE(m_store->list().at(1).status, PageStatus::Draft);
    // Only the titles: the same pages, in the same order.
    QCOMPARE(m_store->titles(), titles(m_store->list()));
    m_store->remove(m_store->find(QStringLiteral("Draft"))->id);
    QCOMPARE(m_store->titles(), QStringList({u"Asked"_s, u"Old guide"_s}));
}

void TestPageStore::restoringARevisionKeepsTheTitleAndTheHistory()
{
    const QString ana = QStringLiteral("ana");
    const Page first =
        m_store->create(content(QStringLiteral("Printers"), QStringLiteral("One")), ana);
    const Page second =
        m_store->update(first.id, PageContent{u"Printing"_s, PageKind::Faq, {u"x"_s}, u"Two"_s},
                        first.revisionId, ana);
    const Page restored =
        m_store->restoreRevision(first.id, first.revisionId, QStringLiteral("ben"));
    QCOMPARE(restored.content.title, QStringLiteral("Printing"));
    QCOMPARE(restored.content.body, QStringLiteral("One"));
    QCOMPARE(restored.content.kind, PageKind::Guide);
    QVERIFY(restored.content.tags.isEmpty());
    QCOMPARE(m_store->history(first.id).size(), 3);
    QVERIFY(m_store->history(first.id).first().summary.contains(QString::number(first.revisionId)));
    QCOMPARE(searchIds(QStringLiteral("one")), QList<qint64>{first.id});

    // A revision of another page is not this page's.
    const Page other = m_store->create(content(QStringLiteral("Other")), ana);
    try {
        m_store->restoreRevision(first.id, other.revisionId, ana);
        QFAIL("restored another page's revision");
    } catch (const StoreError& error) {
        QCOMPARE(error.code(), StoreError::Code::NotFound);
    }
    QCOMPARE(m_store->find(first.id)->revisionId, restored.revisionId);
}

void TestPageStore::deletedPagesComeBackSearchableUnderAFreeTitle()
{
    const QString ana = QStringLiteral("ana");
    const Page page = m_store->create(content(QStringLiteral("Printers"), QStringLiteral("toner")),
                                      ana, {PageStatus::Review, PageVisibility::Public});
    m_store->remove(page.id);
    QCOMPARE(m_store->deleted().size(), 1);
    QCOMPARE(m_store->deleted().first().title, QStringLiteral("Printers"));
    QVERIFY(searchIds(QStringLiteral("toner")).isEmpty());

    // Meanwhile a new page took the title: the old one comes back beside it.
    const Page newer =
        m_store->create(content(QStringLiteral("printers"), QStringLiteral("paper")), ana);
    const Page back = m_store->undelete(page.id, QStringLiteral("ben"));
    QCOMPARE(back.id, page.id);
    QCOMPARE(back.content.title, QStringLiteral("Printers (restored)"));
    QCOMPARE(back.content.body, QStringLiteral("toner"));
    QCOMPARE(back.state, page.state);
    QVERIFY(m_store->deleted().isEmpty());
    QCOMPARE(m_store->find(QStringLiteral("Printers"))->id, newer.id);
    QCOMPARE(searchIds(QStringLiteral("toner")), QList<qint64>{page.id});
    QCOMPARE(m_store->history(page.id).size(), 2);

    // Deleted and restored again, with its own title free: it gets it back.
    m_store->remove(newer.id);
    m_store->remove(page.id);
    QCOMPARE(m_store->undelete(newer.id, ana).content.title, QStringLiteral("printers"));
    try {
        m_store->undelete(newer.id, ana);
        QFAIL("restored a page that is not deleted");
    } catch (const StoreError& error) {
        QCOMPARE(error.code(), StoreError::Code::NotFound);
    }
    QCOMPARE(searchIds(QStringLiteral("paper")), QList<qint64>{newer.id});
}

void TestPageStore::movesArePageRevisionsThatEditsKeep()
{
    const QString ana = QStringLiteral("ana");
    const Page printing = m_store->create(content(QStringLiteral("Printing")), ana);
    const Page printers = m_store->create(content(QStringLiteral("Printers")), ana);
    const Page moved = m_store->move(printers.id, printing.id, ana);
    QCOMPARE(moved.parentPage, printing.uuid);
    QCOMPARE(moved.content, printers.content);
    QCOMPARE(m_store->history(printers.id).first().summary,
             QStringLiteral("Moved under “Printing”"));
    QCOMPARE(m_store->history(printers.id).first().parentPage, printing.uuid);
    QVERIFY(m_store->history(printers.id).last().parentPage.isEmpty());
    // The same place again writes nothing.
    QCOMPARE(m_store->move(printers.id, printing.id, ana).revisionId, moved.revisionId);

    // An edit, a review step and a rename of the parent keep the page where it is.
    const Page edited = m_store->update(printers.id, content(QStringLiteral("Printers"), u"New"_s),
                                        moved.revisionId, ana);
    QCOMPARE(edited.parentPage, printing.uuid);
    QCOMPARE(m_store->revision(edited.revisionId)->parentPage, printing.uuid);
    m_store->setState(printers.id, {PageStatus::Review, PageVisibility::Internal}, ana);
    m_store->update(printing.id, content(QStringLiteral("Printing at the office")),
                    printing.revisionId, ana);
    const QList<PageSummary> pages = m_store->list();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).title, QStringLiteral("Printers"));
    QCOMPARE(pages.at(0).parentId, printing.id);
    QCOMPARE(pages.at(1).parentId, 0);
    QCOMPARE(m_store->ancestors(printers.id).size(), 1);
    QCOMPARE(m_store->ancestors(printers.id).first().title,
             QStringLiteral("Printing at the office"));

    const Page top = m_store->move(printers.id, std::nullopt, ana);
    QVERIFY(top.parentPage.isEmpty());
    QCOMPARE(m_store->history(printers.id).first().summary,
             QStringLiteral("Moved to the top level"));
    QVERIFY(m_store->ancestors(printers.id).isEmpty());
}

void TestPageStore::aPageCannotGoUnderItselfOrItsChildren()
{
    const QString ana = QStringLiteral("ana");
    const Page a = m_store->create(content(QStringLiteral("A")), ana);
    const Page b = m_store->create(content(QStringLiteral("B")), ana);
    const Page c = m_store->create(content(QStringLiteral("C")), ana);
    m_store->move(b.id, a.id, ana);
    m_store->move(c.id, b.id, ana);
    const int before = revisionCount();
    for (const qint64 parent : {a.id, c.id}) {
        try {
            m_store->move(a.id, parent, ana);
            QFAIL("a loop was stored");
        } catch (const StoreError& error) {
            QCOMPARE(error.code(), StoreError::Code::InvalidInput);
            // Under itself: said so, not "A is part of A".
            const QString expected = parent == a.id
                                         ? u"“A” cannot go under itself."_s
                                         : u"“A” cannot go under “C”: “C” is part of it."_s;
            QCOMPARE(QString::fromUtf8(error.what()), expected);
        }
    }
    try {
        m_store->move(a.id, c.id + 1000, ana);
        QFAIL("a missing parent was accepted");
    } catch (const StoreError& error) {
        QCOMPARE(error.code(), StoreError::Code::NotFound);
    }
    QCOMPARE(revisionCount(), before);
    const QList<PageSummary> path = m_store->ancestors(c.id);
    QCOMPARE(path.size(), 2);
    QCOMPARE(path.at(0).title, QStringLiteral("A"));
    QCOMPARE(path.at(1).title, QStringLiteral("B"));
}

void TestPageStore::aDeletedOrLoopingParentLeavesChildrenAtTheTop()
{
    const QString ana = QStringLiteral("ana");
    const Page a = m_store->create(content(QStringLiteral("A")), ana);
    const Page b = m_store->create(content(QStringLiteral("B")), ana);
    m_store->move(b.id, a.id, ana);
    m_store->remove(a.id);
    QCOMPARE(m_store->list().first().parentId, 0);
    QVERIFY(m_store->ancestors(b.id).isEmpty());
    m_store->undelete(a.id, ana);
    QCOMPARE(m_store->ancestors(b.id).size(), 1);

    // Two machines each put one page under the other: the merge loops. Reading stops.
    m_db->exec(u"UPDATE pages SET parent_page = (SELECT uuid FROM pages WHERE title = 'B') "
               "WHERE title = 'A'"_s);
    QCOMPARE(m_store->ancestors(b.id).size(), 1);
    QCOMPARE(m_store->ancestors(a.id).size(), 1);
}

QTEST_GUILESS_MAIN(TestPageStore)
#include "TestPageStore.moc"
