#include "TestArchives.h"
#include "TestBundles.h"
#include "TestFiles.h"
#include "core/Sha256.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/Statement.h"
#include "store/WikiFile.h"
#include "sync/BundleError.h"
#include "sync/BundleMerger.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

namespace {

// One machine: its wiki file and the stores over it.
struct Machine
{
    Machine(const QString& path, QString name)
        : db(WikiFile::open(path).database), pages(*db), name(std::move(name))
    {
    }
    Page page(const QString& title) { return *pages.find(title); }
    Page edit(const QString& title, const QString& body)
    {
        Page current = page(title);
        PageContent content = current.content;
        content.body = body;
        return pages.update(current.id, content, current.revisionId, name);
    }
    QStringList revisionUuids(const QString& title)
    {
        QStringList uuids;
        for (const Revision& revision : pages.history(page(title).id))
            uuids << revision.uuid;
        uuids.sort();
        return uuids;
    }

    std::unique_ptr<Database> db;
    PageStore pages;
    QString name;
};

} // namespace

// Two wiki files stand for two machines that exchange bundles.
class TestBundleMerger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newPagesArriveWithTheirHistory();
    void editsFromTheOtherSideFastForward();
    void editsOfDifferentLinesMergeTheSameOnBothSides();
    void editsOfTheSameLinesAreConflictedAndKeepBoth();
    void aDeletionLosesToAnEditMadeWithoutSeeingIt();
    void aDeletionOfAnUneditedPageTravels();
    void twoPagesWithOneTitleGetTwoTitlesOnBothSides();
    void aBadBundleLeavesTheWikiUntouched();
    void aLargeBundleIsIndexedForSearchOnceAndRight();
    void aBundleShowsThePageAsItsWikiDoesAfterAFilteredOne();
    void movesTravelAndMergeWithEdits();
    void anOlderFoliosEditsKeepThePageWhereItWas();

private:
    // `from` writes a bundle; `to` merges it.
    BundleMerger::Summary sync(Machine& from, Machine& to);
    // Both write a bundle, then each merges the other's: both merge the same edits on their
    // own. The laptop's summary first.
    std::pair<BundleMerger::Summary, BundleMerger::Summary> exchange();
    QString write(Machine& from);
    static BundleMerger::Summary merge(const QString& bundle, Machine& to);

    QTemporaryDir m_dir;
    std::unique_ptr<Machine> m_laptop;
    std::unique_ptr<Machine> m_desktop;
    int m_bundles = 0;
};

void TestBundleMerger::init()
{
    static int run = 0;
    ++run;
    m_laptop = std::make_unique<Machine>(m_dir.filePath(QStringLiteral("laptop-%1.folio").arg(run)),
                                         QStringLiteral("Ana"));
    m_desktop = std::make_unique<Machine>(
        m_dir.filePath(QStringLiteral("desktop-%1.folio").arg(run)), QStringLiteral("Bo"));
    m_laptop->pages.create({QStringLiteral("Printers"),
                            PageKind::Guide,
                            {QStringLiteral("office")},
                            QStringLiteral("one\ntwo\nthree\n")},
                           QStringLiteral("Ana"));
    sync(*m_laptop, *m_desktop);
}

void TestBundleMerger::cleanup()
{
    m_laptop.reset();
    m_desktop.reset();
}

QString TestBundleMerger::write(Machine& from)
{
    const QString path = m_dir.filePath(QStringLiteral("bundle-%1.foliobundle").arg(++m_bundles));
    BundleWriter(*from.db, from.name).write(path);
    return path;
}

BundleMerger::Summary TestBundleMerger::merge(const QString& bundle, Machine& to)
{
    BundleReader reader(bundle);
    return BundleMerger(*to.db).merge(reader);
}

BundleMerger::Summary TestBundleMerger::sync(Machine& from, Machine& to)
{
    return merge(write(from), to);
}

std::pair<BundleMerger::Summary, BundleMerger::Summary> TestBundleMerger::exchange()
{
    const QString fromLaptop = write(*m_laptop), fromDesktop = write(*m_desktop);
    return {merge(fromDesktop, *m_laptop), merge(fromLaptop, *m_desktop)};
}

void TestBundleMerger::newPagesArriveWithTheirHistory()
{
    m_laptop->edit(QStringLiteral("Printers"), QStringLiteral("one\ntwo\nthree\nfour\n"));
    m_laptop->pages.create({QStringLiteral("Scanners"),
                            PageKind::Faq,
                            {QStringLiteral("office"), QStringLiteral("hardware")},
                            QStringLiteral("s glows")},
                           QStringLiteral("Ana"), {PageStatus::Review, PageVisibility::Public});
    const BundleMerger::Summary summary = sync(*m_laptop, *m_desktop);
    QCOMPARE(summary.added, 1);
    QCOMPARE(summary.updated, 1);
    const Page scanners = m_desktop->page(QStringLiteral("Scanners"));
    QCOMPARE(scanners.uuid, m_laptop->page(QStringLiteral("Scanners")).uuid);
    QCOMPARE(scanners.content.body, QStringLiteral("s glows"));
    QCOMPARE(scanners.content.kind, PageKind::Faq);
    QCOMPARE(scanners.content.tags, m_laptop->page(QStringLiteral("Scanners")).content.tags);
    QCOMPARE(scanners.state.status, PageStatus::Review);
    QCOMPARE(scanners.state.visibility, PageVisibility::Public);
    QCOMPARE(m_desktop->revisionUuids(QStringLiteral("Printers")),
             m_laptop->revisionUuids(QStringLiteral("Printers")));
    const Revision first = m_desktop->pages.history(scanners.id).last();
    QCOMPARE(first.author, QStringLiteral("Ana"));
    // Found by search like any page.
    Statement found(*m_desktop->db, QStringLiteral("SELECT count(*) FROM page_search "
                                                   "WHERE page_search MATCH 'four'"));
    QVERIFY(found.step());
    QCOMPARE(found.int64(0), 1);
    Statement added(*m_desktop->db, QStringLiteral("SELECT count(*) FROM page_search "
                                                   "WHERE page_search MATCH 'glows hardware'"));
    QVERIFY(added.step());
    QCOMPARE(added.int64(0), 1);
}

void TestBundleMerger::editsFromTheOtherSideFastForward()
{
    m_laptop->edit(QStringLiteral("Printers"), QStringLiteral("one\nTWO\nthree\n"));
    QCOMPARE(sync(*m_laptop, *m_desktop).updated, 1);
    QCOMPARE(m_desktop->page(QStringLiteral("Printers")).content.body,
             QStringLiteral("one\nTWO\nthree\n"));
    // Again: nothing new, nothing written.
    const qsizetype revisions = m_desktop->revisionUuids(QStringLiteral("Printers")).size();
    const BundleMerger::Summary again = sync(*m_laptop, *m_desktop);
    QCOMPARE(again.unchanged, 1);
    QCOMPARE(again.updated, 0);
    QCOMPARE(m_desktop->revisionUuids(QStringLiteral("Printers")).size(), revisions);
    // The desktop is ahead of an old bundle: it stays ahead.
    m_desktop->edit(QStringLiteral("Printers"), QStringLiteral("one\nTWO\nthree\nfour\n"));
    QCOMPARE(sync(*m_laptop, *m_desktop).unchanged, 1);
    QCOMPARE(m_desktop->page(QStringLiteral("Printers")).content.body,
             QStringLiteral("one\nTWO\nthree\nfour\n"));
}

void TestBundleMerger::editsOfDifferentLinesMergeTheSameOnBothSides()
{
    m_laptop->edit(QStringLiteral("Printers"), QStringLiteral("ONE\ntwo\nthree\n"));
    m_desktop->edit(QStringLiteral("Printers"), QStringLiteral("one\ntwo\nTHREE\n"));
    const auto [onLaptop, onDesktop] = exchange();
    QCOMPARE(onLaptop.merged, 1);
    QCOMPARE(onDesktop.merged, 1);
    const Page laptop = m_laptop->page(QStringLiteral("Printers"));
    const Page desktop = m_desktop->page(QStringLiteral("Printers"));
    QCOMPARE(laptop.content.body, QStringLiteral("ONE\ntwo\nTHREE\n"));
    QCOMPARE(desktop.content.body, laptop.content.body);
    // Both wrote the same merge revision: their histories are the same, and stay so.
    QCOMPARE(m_laptop->revisionUuids(QStringLiteral("Printers")),
             m_desktop->revisionUuids(QStringLiteral("Printers")));
    const Revision merge = *m_laptop->pages.revision(laptop.revisionId);
    QVERIFY(merge.mergeParentId);
    QVERIFY(!merge.conflicted);
    QCOMPARE(sync(*m_laptop, *m_desktop).unchanged, 1);
}

void TestBundleMerger::editsOfTheSameLinesAreConflictedAndKeepBoth()
{
    m_laptop->edit(QStringLiteral("Printers"), QStringLiteral("one\nlaptop's two\nthree\n"));
    m_desktop->edit(QStringLiteral("Printers"), QStringLiteral("one\ndesktop's two\nthree\n"));
    const auto [onLaptop, onDesktop] = exchange();
    QCOMPARE(onLaptop.conflicted, 1);
    QCOMPARE(onDesktop.conflicted, 1);
    for (Machine* machine : {m_laptop.get(), m_desktop.get()}) {
        const Page page = machine->page(QStringLiteral("Printers"));
        QVERIFY(machine->pages.revision(page.revisionId)->conflicted);
        QVERIFY(page.content.body.contains(QLatin1String("laptop's two")));
        QVERIFY(page.content.body.contains(QLatin1String("desktop's two")));
    }
    QCOMPARE(m_laptop->page(QStringLiteral("Printers")).content.body,
             m_desktop->page(QStringLiteral("Printers")).content.body);
    // Resolved on one side, the resolution reaches the other as a fast-forward.
    m_desktop->edit(QStringLiteral("Printers"), QStringLiteral("one\nresolved two\nthree\n"));
    QCOMPARE(sync(*m_desktop, *m_laptop).updated, 1);
    const Page resolved = m_laptop->page(QStringLiteral("Printers"));
    QCOMPARE(resolved.content.body, QStringLiteral("one\nresolved two\nthree\n"));
    QVERIFY(!m_laptop->pages.revision(resolved.revisionId)->conflicted);
}

void TestBundleMerger::aDeletionLosesToAnEditMadeWithoutSeeingIt()
{
    m_laptop->pages.remove(m_laptop->page(QStringLiteral("Printers")).id);
    m_desktop->edit(QStringLiteral("Printers"), QStringLiteral("one\ntwo\nthree\nfour\n"));
    // The desktop keeps its edit; the laptop gets the page back with it.
    const BundleMerger::Summary onDesktop = sync(*m_laptop, *m_desktop);
    QCOMPARE(onDesktop.deleted, 0);
    QVERIFY(m_desktop->pages.exists(QStringLiteral("Printers")));
    const BundleMerger::Summary onLaptop = sync(*m_desktop, *m_laptop);
    QCOMPARE(onLaptop.restored, 1);
    QCOMPARE(m_laptop->page(QStringLiteral("Printers")).content.body,
             QStringLiteral("one\ntwo\nthree\nfour\n"));
}

void TestBundleMerger::aDeletionOfAnUneditedPageTravels()
{
    m_laptop->pages.remove(m_laptop->page(QStringLiteral("Printers")).id);
    QCOMPARE(sync(*m_laptop, *m_desktop).deleted, 1);
    QVERIFY(!m_desktop->pages.exists(QStringLiteral("Printers")));
    QCOMPARE(m_desktop->pages.deleted().size(), 1);
    // And it does not come back from the desktop's next bundle.
    QCOMPARE(sync(*m_desktop, *m_laptop).restored, 0);
    QVERIFY(!m_laptop->pages.exists(QStringLiteral("Printers")));
}

void TestBundleMerger::twoPagesWithOneTitleGetTwoTitlesOnBothSides()
{
    m_laptop->pages.create({QStringLiteral("Toner"), PageKind::Note, {}, QStringLiteral("laptop")},
                           QStringLiteral("Ana"));
    m_desktop->pages.create(
        {QStringLiteral("Toner"), PageKind::Note, {}, QStringLiteral("desktop")},
        QStringLiteral("Bo"));
    const auto [onLaptop, onDesktop] = exchange();
    QCOMPARE(onLaptop.renamed, 1);
    QCOMPARE(onDesktop.renamed, 1);
    for (Machine* machine : {m_laptop.get(), m_desktop.get()}) {
        QVERIFY(machine->pages.exists(QStringLiteral("Toner")));
        QVERIFY(machine->pages.exists(QStringLiteral("Toner (2)")));
    }
    // The same page gave way on both.
    QCOMPARE(m_laptop->page(QStringLiteral("Toner")).uuid,
             m_desktop->page(QStringLiteral("Toner")).uuid);
    QCOMPARE(m_laptop->revisionUuids(QStringLiteral("Toner (2)")),
             m_desktop->revisionUuids(QStringLiteral("Toner (2)")));
}

void TestBundleMerger::aBadBundleLeavesTheWikiUntouched()
{
    m_laptop->edit(QStringLiteral("Printers"), QStringLiteral("changed\n"));
    for (int i = 0; i < 5; ++i)
        m_laptop->pages.create(
            {QStringLiteral("Page %1").arg(i), PageKind::Note, {}, QStringLiteral("text")},
            QStringLiteral("Ana"));
    const QString good = m_dir.filePath(QStringLiteral("good.foliobundle"));
    BundleWriter(*m_laptop->db, QStringLiteral("laptop")).write(good);
    // The last page's history holds a kind no Folio writes: found only on reading, after
    // the other pages were merged; none of them may stay.
    const test::ReadArchive read = test::readArchive(good);
    std::vector<test::ArchiveEntry> entries;
    QString lastHistory;
    for (const QString& name : read.order)
        if (name.startsWith(QLatin1String("history/")))
            lastHistory = name;
    for (const QString& name : read.order) {
        QByteArray data = read.entries.value(name);
        if (name == lastHistory)
            data.replace("\"kind\":\"note\"", "\"kind\":\"poem\"");
        entries.push_back({name.toUtf8(), data, {}, 0});
    }
    // Checksums made to match, so only the reading finds it.
    QJsonObject manifest = QJsonDocument::fromJson(entries.back().data).object();
    QJsonObject sums;
    for (const test::ArchiveEntry& entry : entries)
        if (entry.name != "manifest.json")
            sums.insert(QString::fromUtf8(entry.name), Sha256::hex(entry.data));
    manifest.insert(QStringLiteral("entries"), sums);
    entries.back().data = QJsonDocument(manifest).toJson();
    const QString bad = m_dir.filePath(QStringLiteral("bad.foliobundle"));
    QVERIFY(test::writeArchive(bad, entries));

    const int pagesBefore = m_desktop->pages.count();
    const QString bodyBefore = m_desktop->page(QStringLiteral("Printers")).content.body;
    BundleReader reader(bad);
    try {
        BundleMerger(*m_desktop->db).merge(reader);
        QFAIL("a bad bundle was merged");
    } catch (const BundleError& error) {
        QVERIFY2(error.message().contains(lastHistory), qPrintable(error.message()));
    }
    QCOMPARE(m_desktop->pages.count(), pagesBefore);
    QCOMPARE(m_desktop->page(QStringLiteral("Printers")).content.body, bodyBefore);
}

void TestBundleMerger::aLargeBundleIsIndexedForSearchOnceAndRight()
{
    // Enough pages for the merge to index the new ones at the end; among them one the merge
    // renames (its title is taken here) and one it deletes, both created in the same batch.
    QList<PageContent> pages;
    for (int i = 0; i < 300; ++i)
        pages.append({QStringLiteral("Bulk %1").arg(i),
                      PageKind::Note,
                      {},
                      QStringLiteral("walrus number %1").arg(i)});
    pages.append({QStringLiteral("Clash"), PageKind::Note, {}, QStringLiteral("walrus clash")});
    pages.append({QStringLiteral("Gone"), PageKind::Note, {}, QStringLiteral("walrus gone")});
    m_laptop->pages.writeAll(pages, QStringLiteral("Ana"));
    m_laptop->pages.remove(m_laptop->page(QStringLiteral("Gone")).id);
    m_desktop->pages.create({QStringLiteral("Clash"), PageKind::Note, {}, QStringLiteral("mine")},
                            QStringLiteral("Bo"));
    const BundleMerger::Summary summary = sync(*m_laptop, *m_desktop);
    QCOMPARE(summary.added, 302);
    QCOMPARE(summary.renamed, 1);
    // The index is whole, and finds each live page once.
    m_desktop->db->exec(QStringLiteral(
        "INSERT INTO page_search (page_search, rank) VALUES ('integrity-check', 1)"));
    Statement found(*m_desktop->db, QStringLiteral("SELECT count(*) FROM page_search "
                                                   "WHERE page_search MATCH 'walrus'"));
    QVERIFY(found.step());
    QCOMPARE(found.int64(0), 301);
    Statement clash(*m_desktop->db, QStringLiteral("SELECT count(*) FROM page_search "
                                                   "WHERE page_search MATCH 'clash'"));
    QVERIFY(clash.step());
    QCOMPARE(clash.int64(0), 2); // the renamed page's title is "Clash (2)"
}

void TestBundleMerger::aBundleShowsThePageAsItsWikiDoesAfterAFilteredOne()
{
    // Published, then a draft in between, then published again.
    PageStore& pages = m_laptop->pages;
    Page faxes = pages.create({QStringLiteral("Faxes"), PageKind::Guide, {}, QStringLiteral("v1")},
                              QStringLiteral("Ana"));
    faxes = pages.setState(faxes.id, {PageStatus::Draft, PageVisibility::Internal},
                           QStringLiteral("Ana"));
    faxes =
        pages.update(faxes.id, {QStringLiteral("Faxes"), PageKind::Guide, {}, QStringLiteral("v2")},
                     faxes.revisionId, QStringLiteral("Ana"));
    faxes = pages.setState(faxes.id, {PageStatus::Published, PageVisibility::Internal},
                           QStringLiteral("Ana"));
    // The desktop gets the published revisions first, the drafts later: stored after the
    // page's current revision, they are newer there by id than what the page shows.
    const QString published = m_dir.filePath(QStringLiteral("published.foliobundle"));
    BundleWriter filtered(*m_laptop->db, m_laptop->name);
    BundleFilter filter;
    filter.publishedOnly = true;
    filtered.setFilter(filter);
    filtered.write(published);
    merge(published, *m_desktop);
    sync(*m_laptop, *m_desktop);
    QCOMPARE(m_desktop->page(QStringLiteral("Faxes")).content.body, QStringLiteral("v2"));
    // The desktop's bundle shows the page as the desktop does, and a new machine takes that.
    Machine third(m_dir.filePath(QStringLiteral("third.folio")), QStringLiteral("Cy"));
    sync(*m_desktop, third);
    const Page arrived = third.page(QStringLiteral("Faxes"));
    QCOMPARE(arrived.content.body, QStringLiteral("v2"));
    QCOMPARE(arrived.state.status, PageStatus::Published);
    QCOMPARE(third.pages.history(arrived.id).first().uuid,
             m_laptop->pages.history(faxes.id).first().uuid);
}

void TestBundleMerger::movesTravelAndMergeWithEdits()
{
    const QString printers = QStringLiteral("Printers");
    const Page office = m_laptop->pages.create({QStringLiteral("Office"), PageKind::Guide, {}, {}},
                                               QStringLiteral("Ana"));
    sync(*m_laptop, *m_desktop);
    // The laptop puts Printers under Office; the desktop, not knowing, edits its text.
    m_laptop->pages.move(m_laptop->page(printers).id, office.id, QStringLiteral("Ana"));
    m_desktop->edit(printers, QStringLiteral("one\ntwo\nthree\nfour\n"));
    const auto [onLaptop, onDesktop] = exchange();
    QCOMPARE(onLaptop.merged, 1);
    QCOMPARE(onDesktop.merged, 1);
    for (Machine* machine : {m_laptop.get(), m_desktop.get()}) {
        const Page page = machine->page(printers);
        QCOMPARE(page.parentPage, office.uuid);
        QCOMPARE(page.content.body, QStringLiteral("one\ntwo\nthree\nfour\n"));
        QCOMPARE(machine->pages.ancestors(page.id).size(), 1);
        QCOMPARE(machine->pages.ancestors(page.id).first().title, QStringLiteral("Office"));
    }
    // Moved back to the top on one side: that travels too, by fast-forward.
    m_desktop->pages.move(m_desktop->page(printers).id, std::nullopt, QStringLiteral("Bo"));
    QCOMPARE(sync(*m_desktop, *m_laptop).updated, 1);
    QVERIFY(m_laptop->page(printers).parentPage.isEmpty());
    QVERIFY(m_laptop->pages.list().first().parentId == 0);
}

void TestBundleMerger::anOlderFoliosEditsKeepThePageWhereItWas()
{
    const QString printers = QStringLiteral("Printers");
    const Page office = m_laptop->pages.create({QStringLiteral("Office"), PageKind::Guide, {}, {}},
                                               QStringLiteral("Ana"));
    m_laptop->pages.move(m_laptop->page(printers).id, office.id, QStringLiteral("Ana"));
    sync(*m_laptop, *m_desktop);
    // The desktop runs a Folio from before pages had parents: its bundle (format 2.0) says
    // nothing of where its edit puts the page.
    m_desktop->edit(printers, QStringLiteral("one\ntwo\nthree\nfour\n"));
    const QString older = m_dir.filePath(QStringLiteral("older.foliobundle"));
    QVERIFY(test::rewriteBundle(write(*m_desktop), older, [](test::BundleEntries& entries) {
        for (test::ArchiveEntry& entry : entries) {
            if (entry.name == "manifest.json")
                entry.data.replace("\"version\": \"2.1\"", "\"version\": \"2.0\"")
                    .replace("\"version\":\"2.1\"", "\"version\":\"2.0\"");
            entry.data =
                QString::fromUtf8(entry.data)
                    .remove(QRegularExpression(QStringLiteral(",?\"parentPage\":\"[^\"]*\"")))
                    .toUtf8();
        }
    }));
    const QByteArray manifest =
        test::readArchive(older).entries.value(QStringLiteral("manifest.json"));
    QVERIFY2(manifest.contains("\"version\": \"2.0\"") || manifest.contains("\"version\":\"2.0\""),
             manifest.constData());
    QCOMPARE(merge(older, *m_laptop).updated, 1);
    const Page page = m_laptop->page(printers);
    QCOMPARE(page.content.body, QStringLiteral("one\ntwo\nthree\nfour\n"));
    QCOMPARE(page.parentPage, office.uuid);
}

QTEST_GUILESS_MAIN(TestBundleMerger)
#include "TestBundleMerger.moc"
