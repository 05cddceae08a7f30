#include "TestPages.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/Statement.h"
#include "store/WikiFile.h"
#include "sync/BundleError.h"
#include "sync/BundleImport.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"
#include "sync/ImportLog.h"
#include "sync/ImportUndo.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;
using namespace Qt::StringLiterals;

namespace {

struct Machine
{
    explicit Machine(const QString& path) : db(WikiFile::open(path).database), pages(*db) {}
    QString wikiId() const
    {
        Statement query(*db, u"SELECT uuid FROM wiki"_s);
        return query.step() ? query.text(0) : QString();
    }
    void write(const QString& title, const QString& body)
    {
        test::writePage(pages, title, body, u"A"_s);
    }
    QString body(const QString& title) const { return test::pageBody(pages, title); }

    std::unique_ptr<Database> db;
    PageStore pages;
};

} // namespace

// Importing a bundle: only of this wiki unless a person agrees, a copy taken first, recorded
// in the import log; and undoing the last import.
class TestBundleImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aNewWikiJoinsTheWikiItFirstImports();
    void aBundleOfAnotherWikiIsMergedOnlyWhenAllowed();
    void anImportIsRecordedWithACopyOfTheWikiBefore();
    void undoPutsTheWikiBackAsItWasBeforeTheLastImport();
    void undoRefusesToLoseEditsMadeSinceUnlessForced();
    void aDeletionSinceTheImportCountsAsAChange();
    void importingTheSameBundleAgainKeepsTheUndo();
    void aRoundSharesItsCopyOnlyWhileNothingElseIsWritten();
    void undoRefusesACopyThatIsNotTheWikiBefore();
    void aCancelledImportKeepsTheLastImportsUndo();

private:
    QString bundleOf(Machine& machine);
    static BundleMerger::Summary import(Machine& into, const QString& bundle,
                                        bool otherWiki = false);

    QTemporaryDir m_dir;
    std::unique_ptr<Machine> m_laptop;
    std::unique_ptr<Machine> m_desktop;
    int m_run = 0;
    int m_bundles = 0;
};

void TestBundleImport::init()
{
    ++m_run;
    m_laptop = std::make_unique<Machine>(m_dir.filePath(u"laptop-%1.folio"_s.arg(m_run)));
    m_desktop = std::make_unique<Machine>(m_dir.filePath(u"desktop-%1.folio"_s.arg(m_run)));
}

void TestBundleImport::cleanup()
{
    m_laptop.reset();
    m_desktop.reset();
}

QString TestBundleImport::bundleOf(Machine& machine)
{
    const QString path = m_dir.filePath(u"b%1.foliobundle"_s.arg(++m_bundles));
    BundleWriter(*machine.db, u"m"_s).write(path);
    return path;
}

BundleMerger::Summary TestBundleImport::import(Machine& into, const QString& bundle, bool otherWiki)
{
    BundleReader reader(bundle);
    BundleImport import(*into.db);
    import.setOtherWikiAllowed(otherWiki);
    return import.run(reader, bundle);
}

void TestBundleImport::aNewWikiJoinsTheWikiItFirstImports()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    QVERIFY(m_laptop->wikiId() != m_desktop->wikiId());
    QCOMPARE(import(*m_desktop, bundleOf(*m_laptop)).added, 1);
    QCOMPARE(m_desktop->wikiId(), m_laptop->wikiId());
    // From then on they are one wiki, both ways.
    m_desktop->write(u"Scanners"_s, u"two"_s);
    QCOMPARE(import(*m_laptop, bundleOf(*m_desktop)).added, 1);
}

void TestBundleImport::aBundleOfAnotherWikiIsMergedOnlyWhenAllowed()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    m_desktop->write(u"Desk"_s, u"mine"_s);
    const QString bundle = bundleOf(*m_laptop);
    const QString desktopId = m_desktop->wikiId();
    try {
        import(*m_desktop, bundle);
        QFAIL("a bundle of another wiki was merged without asking");
    } catch (const BundleError& error) {
        QCOMPARE(error.code(), BundleError::Code::OtherWiki);
        QVERIFY2(error.message().contains(QFileInfo(bundle).fileName()),
                 qPrintable(error.message()));
    }
    QVERIFY(!m_desktop->pages.find(u"Printers"_s));
    QVERIFY(ImportLog(*m_desktop->db).isEmpty());
    QVERIFY(!QFile::exists(BundleImport::backupPathFor(m_desktop->db->path())));

    QCOMPARE(import(*m_desktop, bundle, true).added, 1);
    QCOMPARE(m_desktop->wikiId(), desktopId); // it keeps its own id...
    m_laptop->write(u"Printers"_s, u"one, two"_s);
    QCOMPARE(import(*m_desktop, bundleOf(*m_laptop)).updated, 1); // ...and knows the other
    // The desktop's bundles say it merged the laptop's wiki: the laptop takes them unasked.
    QCOMPARE(import(*m_laptop, bundleOf(*m_desktop)).added, 1);
    QCOMPARE(m_laptop->body(u"Desk"_s), u"mine"_s);
}

void TestBundleImport::anImportIsRecordedWithACopyOfTheWikiBefore()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    const QString bundle = bundleOf(*m_laptop);
    import(*m_desktop, bundle);
    const std::optional<ImportLog::Entry> entry = ImportLog(*m_desktop->db).last();
    QVERIFY(entry);
    QCOMPARE(entry->bundle, QFileInfo(bundle).absoluteFilePath());
    QCOMPARE(entry->summary.added, 1);
    QCOMPARE(entry->fromWiki, m_laptop->wikiId());
    QCOMPARE(entry->backup, BundleImport::backupPathFor(m_desktop->db->path()));
    QVERIFY(ImportLog(*m_desktop->db).contains(entry->bundle, ImportLog::fileStampOf(bundle)));
    WikiFile::Opened copy = WikiFile::open(entry->backup);
    QCOMPARE(PageStore(*copy.database).list().size(), 0);
    QVERIFY(!QFile::exists(entry->backup + u".new"_s));
}

void TestBundleImport::undoPutsTheWikiBackAsItWasBeforeTheLastImport()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    import(*m_desktop, bundleOf(*m_laptop));
    m_laptop->write(u"Printers"_s, u"one, two"_s);
    m_laptop->write(u"Scanners"_s, u"s"_s);
    import(*m_desktop, bundleOf(*m_laptop));
    QCOMPARE(m_desktop->body(u"Printers"_s), u"one, two"_s);

    const ImportUndo::Plan plan = ImportUndo(*m_desktop->db).undo(0);
    QCOMPARE(plan.import.summary.added, 1);
    QCOMPARE(m_desktop->body(u"Printers"_s), u"one"_s);
    QVERIFY(!m_desktop->pages.find(u"Scanners"_s));
    QCOMPARE(m_desktop->pages.history(m_desktop->pages.find(u"Printers"_s)->id).size(), 1);
    QVERIFY(!QFile::exists(plan.import.backup));
    // The wiki as it was before the undo is kept: an undo can be taken back too.
    WikiFile::Opened kept = WikiFile::open(plan.keptAt);
    QCOMPARE(PageStore(*kept.database).find(u"Printers"_s)->content.body, u"one, two"_s);

    // Once.
    try {
        ImportUndo(*m_desktop->db).undo(0);
        QFAIL("an import was undone twice");
    } catch (const BundleError& error) {
        QCOMPARE(error.code(), BundleError::Code::NoUndo);
    }
    QCOMPARE(m_desktop->body(u"Printers"_s), u"one"_s);

    try {
        ImportUndo(*m_laptop->db).check();
        QFAIL("a wiki with no import offered an undo");
    } catch (const BundleError& error) {
        QCOMPARE(error.code(), BundleError::Code::NoUndo);
    }
}

void TestBundleImport::undoRefusesToLoseEditsMadeSinceUnlessForced()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    import(*m_desktop, bundleOf(*m_laptop));
    m_desktop->write(u"Printers"_s, u"edited after the import"_s);
    const ImportUndo::Plan plan = ImportUndo(*m_desktop->db).check();
    QCOMPARE(plan.revisionsSince, 1);
    try {
        ImportUndo(*m_desktop->db).undo(0);
        QFAIL("an undo lost an edit made after the import");
    } catch (const BundleError& error) {
        QCOMPARE(error.code(), BundleError::Code::EditedSince);
        QVERIFY2(error.message().contains(u"1 change"_s), qPrintable(error.message()));
    }
    QCOMPARE(m_desktop->body(u"Printers"_s), u"edited after the import"_s);
    // Agreeing to lose one change is enough for one, not for two.
    m_desktop->write(u"Scanners"_s, u"also after"_s);
    QVERIFY_THROWS_EXCEPTION(BundleError, ImportUndo(*m_desktop->db).undo(1));
    QCOMPARE(ImportUndo(*m_desktop->db).check().changesSince(), 2);
    ImportUndo(*m_desktop->db).undo(2);
    QVERIFY(!m_desktop->pages.find(u"Printers"_s));
}

void TestBundleImport::aDeletionSinceTheImportCountsAsAChange()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    import(*m_desktop, bundleOf(*m_laptop));
    m_desktop->pages.remove(m_desktop->pages.find(u"Printers"_s)->id);
    const ImportUndo::Plan plan = ImportUndo(*m_desktop->db).check();
    QCOMPARE(plan.revisionsSince, 0);
    QVERIFY(plan.otherChanges);
    QCOMPARE(plan.changesSince(), 1);
    QVERIFY_THROWS_EXCEPTION(BundleError, ImportUndo(*m_desktop->db).undo(0));
}

void TestBundleImport::importingTheSameBundleAgainKeepsTheUndo()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    const QString bundle = bundleOf(*m_laptop);
    import(*m_desktop, bundle);
    QCOMPARE(import(*m_desktop, bundle).unchanged, 1);
    // The second import changed nothing: Undo still takes back the first.
    const ImportUndo::Plan plan = ImportUndo(*m_desktop->db).undo(0);
    QCOMPARE(plan.import.summary.added, 1);
    QVERIFY(!m_desktop->pages.find(u"Printers"_s));
}

void TestBundleImport::aRoundSharesItsCopyOnlyWhileNothingElseIsWritten()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    const QString first = bundleOf(*m_laptop);
    m_laptop->write(u"Scanners"_s, u"two"_s);
    const QString second = bundleOf(*m_laptop);
    BundleImport round(*m_desktop->db);
    {
        BundleReader reader(first);
        round.run(reader, first);
    }
    // Written between the round's two imports: the second takes a copy of its own, so an undo
    // goes back only to before the second, and keeps this.
    m_desktop->write(u"Desk"_s, u"written mid-round"_s);
    {
        BundleReader reader(second);
        round.run(reader, second);
    }
    const ImportUndo::Plan plan = ImportUndo(*m_desktop->db).undo(0);
    QCOMPARE(plan.round.size(), 1);
    QCOMPARE(m_desktop->body(u"Desk"_s), u"written mid-round"_s);
    QCOMPARE(m_desktop->body(u"Printers"_s), u"one"_s);
    QVERIFY(!m_desktop->pages.find(u"Scanners"_s));
}

void TestBundleImport::undoRefusesACopyThatIsNotTheWikiBefore()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    import(*m_desktop, bundleOf(*m_laptop));
    const QString backup = ImportLog(*m_desktop->db).last()->backup;
    // Someone put another wiki where the copy was.
    QVERIFY(QFile::remove(backup));
    QVERIFY(QFile::copy(m_laptop->db->path(), backup));
    try {
        ImportUndo(*m_desktop->db).undo(ImportUndo::kAnyChanges);
        QFAIL("a copy that is not the wiki before the import was restored");
    } catch (const BundleError& error) {
        QCOMPARE(error.code(), BundleError::Code::NoUndo);
    }
    QCOMPARE(m_desktop->body(u"Printers"_s), u"one"_s);
    QVERIFY(QFile::exists(backup));
}

void TestBundleImport::aCancelledImportKeepsTheLastImportsUndo()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    import(*m_desktop, bundleOf(*m_laptop));
    m_laptop->write(u"Printers"_s, u"one, two"_s);
    const QString second = bundleOf(*m_laptop);
    {
        BundleReader reader(second);
        BundleImport cancelled(*m_desktop->db);
        const std::atomic<bool> cancel = true;
        cancelled.setCancelFlag(&cancel);
        QVERIFY_THROWS_EXCEPTION(BundleMerger::Cancelled, cancelled.run(reader, second));
    }
    QCOMPARE(m_desktop->body(u"Printers"_s), u"one"_s);
    // The copy is still the one from before the first import: undoing it empties the wiki.
    ImportUndo(*m_desktop->db).undo(0);
    QVERIFY(!m_desktop->pages.find(u"Printers"_s));
}

QTEST_GUILESS_MAIN(TestBundleImport)
#include "TestBundleImport.moc"
