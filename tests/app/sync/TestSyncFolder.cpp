#include "TestPages.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/WikiFile.h"
#include "sync/BundleWriter.h"
#include "sync/ImportUndo.h"
#include "sync/SyncFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;
using namespace Qt::StringLiterals;

namespace {

struct Machine
{
    Machine(const QString& path, QString id)
        : db(WikiFile::open(path).database), pages(*db), id(std::move(id))
    {
    }
    void write(const QString& title, const QString& body)
    {
        test::writePage(pages, title, body, id);
    }
    QString body(const QString& title) const { return test::pageBody(pages, title); }

    std::unique_ptr<Database> db;
    PageStore pages;
    QString id;
};

} // namespace

// Machines syncing through one shared folder, as Syncthing or a network share would keep it.
class TestSyncFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void machinesConvergeThroughTheFolder();
    void onlyChangedBundlesAreMergedAndOnlyAChangedWikiIsWritten();
    void aBadBundleIsSkippedAndTheOthersStillMerge();
    void aBundleOfAnotherWikiWaitsForConsent();
    void oneUndoTakesBackAWholeRound();
    void aMissingFolderIsNamed();

private:
    SyncFolder::Round sync(Machine& machine, bool otherWiki = false);

    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<Machine> m_laptop;
    std::unique_ptr<Machine> m_desktop;
    std::unique_ptr<Machine> m_tablet;
    int m_run = 0;
};

void TestSyncFolder::init()
{
    ++m_run;
    m_folder = m_dir.filePath(u"shared-%1"_s.arg(m_run));
    QVERIFY(QDir().mkpath(m_folder));
    const auto machine = [this](const char* name) {
        return std::make_unique<Machine>(
            m_dir.filePath(u"%1-%2.folio"_s.arg(QLatin1String(name)).arg(m_run)),
            QLatin1String(name));
    };
    m_laptop = machine("laptop");
    m_desktop = machine("desktop");
    m_tablet = machine("tablet");
}

void TestSyncFolder::cleanup()
{
    m_laptop.reset();
    m_desktop.reset();
    m_tablet.reset();
}

SyncFolder::Round TestSyncFolder::sync(Machine& machine, bool otherWiki)
{
    SyncFolder folder(*machine.db, m_folder, machine.id);
    folder.setOtherWikiAllowed(otherWiki);
    return folder.run();
}

void TestSyncFolder::machinesConvergeThroughTheFolder()
{
    m_laptop->write(u"Printers"_s, u"one\nkeep\nthree\n"_s);
    const SyncFolder::Round first = sync(*m_laptop);
    QVERIFY(first.wrote);
    QCOMPARE(first.bundlesMerged, 0);
    QCOMPARE(QFileInfo(first.ownBundle).fileName(), u"laptop.foliobundle"_s);
    QVERIFY(QFileInfo(first.ownBundle).isFile());

    // New machines join by syncing.
    QCOMPARE(sync(*m_desktop).summary.added, 1);
    QCOMPARE(sync(*m_tablet).summary.added, 1);
    QCOMPARE(m_tablet->body(u"Printers"_s), u"one\nkeep\nthree\n"_s);

    // Edits on two machines meet on the third and travel back.
    m_laptop->write(u"Printers"_s, u"ONE\nkeep\nthree\n"_s);
    m_desktop->write(u"Printers"_s, u"one\nkeep\nTHREE\n"_s);
    m_tablet->write(u"Tablet notes"_s, u"t"_s);
    for (int round = 0; round < 3; ++round)
        for (Machine* machine : {m_laptop.get(), m_desktop.get(), m_tablet.get()})
            sync(*machine);
    for (Machine* machine : {m_laptop.get(), m_desktop.get(), m_tablet.get()}) {
        QCOMPARE(machine->body(u"Printers"_s), u"ONE\nkeep\nTHREE\n"_s);
        QCOMPARE(machine->body(u"Tablet notes"_s), u"t"_s);
    }
}

void TestSyncFolder::onlyChangedBundlesAreMergedAndOnlyAChangedWikiIsWritten()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    sync(*m_laptop);
    sync(*m_desktop);
    // The laptop merges the desktop's bundle once; it has nothing new, so the laptop's own
    // bundle is not written again.
    const QDateTime written =
        QFileInfo(m_dir.filePath(u"shared-%1/laptop.foliobundle"_s.arg(m_run))).lastModified();
    const SyncFolder::Round once = sync(*m_laptop);
    QCOMPARE(once.bundlesMerged, 1);
    QCOMPARE(once.summary.unchanged, 1);
    QVERIFY(!once.wrote);
    QCOMPARE(QFileInfo(once.ownBundle).lastModified(), written);
    const SyncFolder::Round again = sync(*m_laptop);
    QCOMPARE(again.bundlesMerged, 0);
    QVERIFY(!again.wrote);

    // An edit: written again. A removed bundle file: written again too.
    m_laptop->write(u"Printers"_s, u"two"_s);
    QVERIFY(sync(*m_laptop).wrote);
    QVERIFY(QFile::remove(once.ownBundle));
    QVERIFY(sync(*m_laptop).wrote);
}

void TestSyncFolder::aBadBundleIsSkippedAndTheOthersStillMerge()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    sync(*m_laptop);
    // A bundle a sync tool is still copying, and a file that only has the name.
    QFile partial(QDir(m_folder).filePath(u"desktop.foliobundle"_s));
    QVERIFY(partial.open(QIODevice::WriteOnly));
    QFile laptopBundle(QDir(m_folder).filePath(u"laptop.foliobundle"_s));
    QVERIFY(laptopBundle.open(QIODevice::ReadOnly));
    partial.write(laptopBundle.read(laptopBundle.size() / 2));
    partial.close();

    const SyncFolder::Round round = sync(*m_tablet);
    QCOMPARE(round.bundlesMerged, 1);
    QCOMPARE(round.skipped.size(), 1);
    QCOMPARE(QFileInfo(round.skipped.first().bundle).fileName(), u"desktop.foliobundle"_s);
    QVERIFY2(round.skipped.first().reason.contains(u"desktop.foliobundle"_s),
             qPrintable(round.skipped.first().reason));
    QCOMPARE(m_tablet->body(u"Printers"_s), u"one"_s);
    // Tried again next round, since it was not merged.
    QCOMPARE(sync(*m_tablet).skipped.size(), 1);
}

void TestSyncFolder::aBundleOfAnotherWikiWaitsForConsent()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    sync(*m_laptop);
    m_desktop->write(u"Desk"_s, u"a wiki of its own"_s);
    const SyncFolder::Round refused = sync(*m_desktop);
    QCOMPARE(refused.skipped.size(), 1);
    QCOMPARE(refused.skipped.first().code, BundleError::Code::OtherWiki);
    QVERIFY(!m_desktop->pages.find(u"Printers"_s));
    QVERIFY(refused.wrote);

    const SyncFolder::Round agreed = sync(*m_desktop, true);
    QCOMPARE(agreed.bundlesMerged, 1);
    QCOMPARE(m_desktop->body(u"Printers"_s), u"one"_s);
    // The desktop agreed for both: the laptop takes its bundle without asking.
    const SyncFolder::Round back = sync(*m_laptop);
    QVERIFY(back.skipped.isEmpty());
    QCOMPARE(m_laptop->body(u"Desk"_s), u"a wiki of its own"_s);
}

void TestSyncFolder::oneUndoTakesBackAWholeRound()
{
    m_laptop->write(u"Printers"_s, u"one"_s);
    sync(*m_laptop);
    m_desktop->write(u"Desk"_s, u"d"_s);
    sync(*m_desktop, true);
    m_tablet->write(u"Tablet"_s, u"t"_s);
    // The tablet merges two bundles in one round.
    const SyncFolder::Round round = sync(*m_tablet, true);
    QCOMPARE(round.bundlesMerged, 2);
    QCOMPARE(m_tablet->pages.list().size(), 3);
    QCOMPARE(ImportUndo(*m_tablet->db).undo(0).round.size(), 2);
    QCOMPARE(m_tablet->pages.list().size(), 1);
    QCOMPARE(m_tablet->body(u"Tablet"_s), u"t"_s);
    // The undone bundles are not merged again by the next round; changed ones would be.
    QCOMPARE(sync(*m_tablet, true).bundlesMerged, 0);
    QCOMPARE(m_tablet->pages.list().size(), 1);
}

void TestSyncFolder::aMissingFolderIsNamed()
{
    SyncFolder folder(*m_laptop->db, m_dir.filePath(u"nowhere"_s), m_laptop->id);
    try {
        folder.run();
        QFAIL("a missing folder was synced");
    } catch (const BundleError& error) {
        QVERIFY2(error.message().contains(u"nowhere"_s), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestSyncFolder)
#include "TestSyncFolder.moc"
