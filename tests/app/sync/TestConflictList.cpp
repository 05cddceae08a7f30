#include "store/Database.h"
#include "store/PageStore.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"
#include "sync/BundleImport.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"
#include "sync/ConflictList.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;
using namespace Qt::StringLiterals;

// The conflicted pages a merge leaves, both sides of each, and resolving them.
class TestConflictList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aConflictedMergeIsListedWithBothSides();
    void keepingOneSideEndsTheConflictAndTravels();
    void keepingTheMergedTextAsItIsEndsTheConflictToo();
    void aPageChangedMeanwhileIsNotOverwritten();

private:
    void edit(PageStore& pages, const QString& body, const QString& author);
    void exchange();
    void merge(Database& from, Database& to);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_laptop;
    std::unique_ptr<Database> m_desktop;
    int m_run = 0;
    int m_bundles = 0;
    qint64 m_page = 0;
};

void TestConflictList::init()
{
    ++m_run;
    m_laptop = WikiFile::open(m_dir.filePath(u"laptop-%1.folio"_s.arg(m_run))).database;
    m_desktop = WikiFile::open(m_dir.filePath(u"desktop-%1.folio"_s.arg(m_run))).database;
    PageStore laptop(*m_laptop);
    laptop.create({u"Printers"_s, PageKind::Guide, {}, u"one\ntwo\nthree\n"_s}, u"Ana"_s);
    merge(*m_laptop, *m_desktop);
    PageStore desktop(*m_desktop);
    edit(laptop, u"one\nlaptop's two\nthree\n"_s, u"Ana"_s);
    edit(desktop, u"one\ndesktop's two\nthree\n"_s, u"Bo"_s);
    exchange();
    m_page = desktop.find(u"Printers"_s)->id;
}

void TestConflictList::cleanup()
{
    m_laptop.reset();
    m_desktop.reset();
}

void TestConflictList::edit(PageStore& pages, const QString& body, const QString& author)
{
    const Page page = *pages.find(u"Printers"_s);
    PageContent content = page.content;
    content.body = body;
    pages.update(page.id, content, page.revisionId, author);
}

void TestConflictList::merge(Database& from, Database& to)
{
    const QString path = m_dir.filePath(u"b%1.foliobundle"_s.arg(++m_bundles));
    BundleWriter(from, u"m"_s).write(path);
    BundleReader reader(path);
    BundleImport(to).run(reader, path);
}

void TestConflictList::exchange()
{
    const QString fromLaptop = m_dir.filePath(u"b%1.foliobundle"_s.arg(++m_bundles));
    BundleWriter(*m_laptop, u"laptop"_s).write(fromLaptop);
    merge(*m_desktop, *m_laptop);
    BundleReader reader(fromLaptop);
    BundleImport(*m_desktop).run(reader, fromLaptop);
}

void TestConflictList::aConflictedMergeIsListedWithBothSides()
{
    ConflictList conflicts(*m_desktop);
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(conflicts.pages().size(), 1);
    QCOMPARE(conflicts.pages().first().title, u"Printers"_s);
    const std::optional<ConflictList::Conflict> conflict = conflicts.conflict(m_page);
    QVERIFY(conflict);
    QVERIFY(conflict->merged.content.body.contains(u"<<<<<<<"_s));
    QVERIFY(conflict->first.createdAt <= conflict->second.createdAt);
    QStringList sides{conflict->first.author + u": "_s + conflict->first.content.body,
                      conflict->second.author + u": "_s + conflict->second.content.body};
    sides.sort();
    QCOMPARE(sides, (QStringList{u"Ana: one\nlaptop's two\nthree\n"_s,
                                 u"Bo: one\ndesktop's two\nthree\n"_s}));
}

void TestConflictList::keepingOneSideEndsTheConflictAndTravels()
{
    ConflictList conflicts(*m_desktop);
    const ConflictList::Conflict conflict = *conflicts.conflict(m_page);
    const Page resolved = conflicts.resolve(conflict, u"one\ndesktop's two\nthree\n"_s, u"Bo"_s);
    QCOMPARE(resolved.content.body, u"one\ndesktop's two\nthree\n"_s);
    QCOMPARE(conflicts.count(), 0);
    QVERIFY(!conflicts.conflict(m_page));
    QVERIFY(!PageStore(*m_desktop).revision(resolved.revisionId)->summary.isEmpty());

    merge(*m_desktop, *m_laptop);
    QCOMPARE(ConflictList(*m_laptop).count(), 0);
    QCOMPARE(PageStore(*m_laptop).find(u"Printers"_s)->content.body,
             u"one\ndesktop's two\nthree\n"_s);
}

void TestConflictList::keepingTheMergedTextAsItIsEndsTheConflictToo()
{
    ConflictList conflicts(*m_desktop);
    const ConflictList::Conflict conflict = *conflicts.conflict(m_page);
    const Page kept = conflicts.resolve(conflict, conflict.merged.content.body, u"Bo"_s);
    QCOMPARE(kept.content.body, conflict.merged.content.body);
    QVERIFY(kept.revisionId != conflict.merged.id);
    QCOMPARE(conflicts.count(), 0);
}

void TestConflictList::aPageChangedMeanwhileIsNotOverwritten()
{
    ConflictList conflicts(*m_desktop);
    const ConflictList::Conflict conflict = *conflicts.conflict(m_page);
    PageStore desktop(*m_desktop);
    edit(desktop, u"written in another window"_s, u"Bo"_s);
    try {
        conflicts.resolve(conflict, conflict.first.content.body, u"Bo"_s);
        QFAIL("a resolution overwrote a newer edit");
    } catch (const StoreError& error) {
        QCOMPARE(error.code(), StoreError::Code::Conflict);
    }
    QCOMPARE(desktop.find(m_page)->content.body, u"written in another window"_s);
}

QTEST_GUILESS_MAIN(TestConflictList)
#include "TestConflictList.moc"
