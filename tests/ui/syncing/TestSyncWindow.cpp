#include "ModalAnswer.h"
#include "TestPages.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "core/Settings.h"
#include "store/PageStore.h"
#include "sync/BundleImport.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"
#include "sync/SyncScheduler.h"
#include "syncing/ConflictsDialog.h"
#include "syncing/SyncController.h"
#include "syncing/SyncDialog.h"
#include "wiki/Wiki.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace folio;
using namespace Qt::StringLiterals;

namespace {

// One machine with its window's sync side: a wiki (started with the starter pages, as the
// window's is), its settings, and the SyncController driving dialogs over a plain widget.
struct Machine
{
    Machine(const QString& wikiPath, const QString& settingsPath, const QString& id)
        : wiki(Wiki::open(wikiPath)), settings(Settings::inFile(settingsPath)),
          window(std::make_unique<QWidget>())
    {
        qputenv("FOLIO_MACHINE_ID", id.toUtf8()); // read when the wiki is set
        sync = new SyncController(window.get(), *settings, [id] { return id; });
        sync->scheduler()->setDelays(200, 200, 60000);
        sync->setWiki(wiki.get());
    }
    ~Machine()
    {
        window.reset(); // dialogs and the scheduler's worker go before the wiki
    }
    void write(const QString& title, const QString& body)
    {
        test::writePage(wiki->pages(), title, body, u"me"_s);
    }
    QString body(const QString& title) const { return test::pageBody(wiki->pages(), title); }
    template <typename Dialog> Dialog* dialog() const { return window->findChild<Dialog*>(); }

    std::unique_ptr<Wiki> wiki;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<QWidget> window;
    SyncController* sync = nullptr;
};

} // namespace

// The window's sync side driven as a person would: Export and Import through their dialog,
// another wiki's bundle asked about, Undo Last Import, the Conflicts view, a sync folder.
class TestSyncWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportAndImportThroughTheDialogs();
    void anotherWikisBundleIsMergedOnlyWhenThePersonAgrees();
    void undoLastImportSaysWhatItTakesBack();
    void conflictsAreCountedComparedAndResolved();
    void closingTheDialogCancelsTheImport();
    void aSyncFolderCarriesEditsBetweenMachines();

private:
    std::unique_ptr<Machine> machine(const QString& name);
    // Runs the dialog's job with the path and waits until it is done.
    static void runDialog(SyncDialog* dialog, const QString& path);
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    int m_run = 0;
};

void TestSyncWindow::init()
{
    ++m_run;
}

void TestSyncWindow::cleanup()
{
    QVERIFY(!MessageBox::hasQueuedAnswers());
}

std::unique_ptr<Machine> TestSyncWindow::machine(const QString& name)
{
    return std::make_unique<Machine>(path(u"%1-%2.folio"_s.arg(name).arg(m_run)),
                                     path(u"%1-%2.ini"_s.arg(name).arg(m_run)), name);
}

void TestSyncWindow::runDialog(SyncDialog* dialog, const QString& path)
{
    QVERIFY(dialog);
    if (dialog->pathEdit())
        dialog->setPath(path);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    // A question (another wiki's bundle) is answered at once, and the job starts again.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
}

void TestSyncWindow::exportAndImportThroughTheDialogs()
{
    auto laptop = machine(u"laptop"_s);
    laptop->write(u"Printers"_s, u"how to print"_s);
    laptop->sync->exportWiki();
    auto* exporting = laptop->dialog<SyncDialog>();
    QVERIFY(exporting && exporting->isVisible());
    const QString bundle = path(u"team-%1.foliobundle"_s.arg(m_run));
    runDialog(exporting, bundle);
    QVERIFY2(exporting->statusLabel()->text().contains(u"Exported"_s),
             qPrintable(exporting->statusLabel()->text()));
    QVERIFY(QFile::exists(bundle));
    test::screenshot(*exporting, u"sync-export-dialog"_s);

    // A new machine, starter pages only: it joins the laptop's wiki.
    auto desktop = machine(u"desktop"_s);
    QSignalSpy changed(desktop->sync, &SyncController::wikiChanged);
    desktop->sync->importBundle();
    auto* importing = desktop->dialog<SyncDialog>();
    runDialog(importing, bundle);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(desktop->body(u"Printers"_s), u"how to print"_s);
    QVERIFY2(importing->reportView()->toPlainText().contains(u"New pages: 1"_s),
             qPrintable(importing->reportView()->toPlainText()));
    QVERIFY(importing->conflictsButton()->isHidden());
    test::screenshot(*importing, u"sync-import-dialog"_s);
}

void TestSyncWindow::anotherWikisBundleIsMergedOnlyWhenThePersonAgrees()
{
    auto laptop = machine(u"laptop"_s);
    laptop->write(u"Printers"_s, u"how to print"_s);
    const QString bundle = path(u"other-%1.foliobundle"_s.arg(m_run));
    BundleWriter(laptop->wiki->database(), u"laptop"_s).write(bundle);
    auto desktop = machine(u"desktop"_s);
    desktop->write(u"Desk"_s, u"a wiki of its own"_s);

    desktop->sync->importBundle();
    MessageBox::setNextAnswer(QMessageBox::No);
    runDialog(desktop->dialog<SyncDialog>(), bundle);
    QVERIFY2(MessageBox::lastText().contains(u"another wiki"_s),
             qPrintable(MessageBox::lastText()));
    QVERIFY(desktop->body(u"Printers"_s).isEmpty());
    QVERIFY2(desktop->dialog<SyncDialog>()->statusLabel()->text().contains(u"another wiki"_s),
             qPrintable(desktop->dialog<SyncDialog>()->statusLabel()->text()));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    runDialog(desktop->dialog<SyncDialog>(), bundle);
    QTRY_COMPARE_WITH_TIMEOUT(desktop->body(u"Printers"_s), u"how to print"_s, 30000);
}

void TestSyncWindow::undoLastImportSaysWhatItTakesBack()
{
    auto laptop = machine(u"laptop"_s);
    laptop->write(u"Printers"_s, u"how to print"_s);
    const QString bundle = path(u"undo-%1.foliobundle"_s.arg(m_run));
    BundleWriter(laptop->wiki->database(), u"laptop"_s).write(bundle);
    auto desktop = machine(u"desktop"_s);
    {
        BundleReader reader(bundle);
        BundleImport(desktop->wiki->database()).run(reader, bundle);
    }
    desktop->write(u"Printers"_s, u"edited after the import"_s);

    desktop->sync->undoLastImport();
    auto* undo = desktop->dialog<SyncDialog>();
    QVERIFY(undo);
    const QString said = undo->statusLabel()->text();
    QVERIFY2(said.contains(u"undo-%1.foliobundle"_s.arg(m_run)), qPrintable(said));
    QVERIFY2(said.contains(u"1 change"_s), qPrintable(said));
    test::screenshot(*undo, u"sync-undo-dialog"_s);
    QSignalSpy changed(desktop->sync, &SyncController::wikiChanged);
    runDialog(undo, {});
    QCOMPARE(changed.size(), 1);
    QVERIFY(desktop->body(u"Printers"_s).isEmpty());
    QVERIFY(!undo->startButton()->isEnabled());

    // Nothing left to undo: the dialog says so and offers nothing.
    desktop->sync->undoLastImport();
    const QList<SyncDialog*> dialogs = desktop->window->findChildren<SyncDialog*>();
    SyncDialog* again = dialogs.last();
    QVERIFY2(again->statusLabel()->text().contains(u"cannot be undone"_s),
             qPrintable(again->statusLabel()->text()));
    QVERIFY(!again->startButton()->isEnabled());
}

void TestSyncWindow::conflictsAreCountedComparedAndResolved()
{
    auto laptop = machine(u"laptop"_s);
    auto desktop = machine(u"desktop"_s);
    laptop->write(u"Printers"_s, u"one\ntwo\nthree\n"_s);
    const auto carry = [this](Machine& from, Machine& to) {
        static int bundles = 0;
        const QString bundle = path(u"c%1.foliobundle"_s.arg(++bundles));
        BundleWriter(from.wiki->database(), u"x"_s).write(bundle);
        BundleReader reader(bundle);
        BundleImport(to.wiki->database()).run(reader, bundle);
    };
    carry(*laptop, *desktop);
    laptop->write(u"Printers"_s, u"one\nlaptop's two\nthree\n"_s);
    desktop->write(u"Printers"_s, u"one\ndesktop's two\nthree\n"_s);
    carry(*laptop, *desktop);
    Q_EMIT desktop->sync->wikiChanged(); // as an import does

    QToolButton* button = desktop->sync->conflictsButton();
    QVERIFY(!button->isHidden());
    QVERIFY2(button->text().startsWith(u"1 conflict"_s), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
    auto* view = desktop->dialog<ConflictsDialog>();
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->pageList()->count(), 1);
    QCOMPARE(view->pageList()->currentItem()->text(), u"Printers"_s);
    QStringList sides{view->firstText()->toPlainText(), view->secondText()->toPlainText()};
    sides.sort();
    QCOMPARE(sides,
             (QStringList{u"one\ndesktop's two\nthree\n"_s, u"one\nlaptop's two\nthree\n"_s}));
    QVERIFY(view->mergedText()->toPlainText().contains(u"<<<<<<<"_s));
    QVERIFY(view->firstHeading()->text().contains(u"me"_s));
    test::screenshot(*view, u"sync-conflicts-view"_s);

    // Saving the text with both versions still in it asks first.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(view->saveMergedButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"Save it as it is"_s));
    QCOMPARE(desktop->sync->conflictCount(), 1);

    // Editing the merged text and saving it resolves the page.
    QSignalSpy resolved(view, &ConflictsDialog::resolved);
    view->mergedText()->setPlainText(u"one\nboth machines' two\nthree\n"_s);
    QTest::mouseClick(view->saveMergedButton(), Qt::LeftButton);
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(desktop->body(u"Printers"_s), u"one\nboth machines' two\nthree\n"_s);
    QCOMPARE(desktop->sync->conflictCount(), 0);
    QVERIFY(button->isHidden());
    QCOMPARE(view->pageList()->count(), 0);
}

void TestSyncWindow::closingTheDialogCancelsTheImport()
{
    auto laptop = machine(u"laptop"_s);
    QList<PageContent> pages;
    for (int i = 0; i < 3000; ++i)
        pages.append({u"Page %1"_s.arg(i), PageKind::Note, {}, u"text %1"_s.arg(i)});
    laptop->wiki->pages().writeAll(pages, u"me"_s);
    const QString bundle = path(u"big-%1.foliobundle"_s.arg(m_run));
    BundleWriter(laptop->wiki->database(), u"laptop"_s).write(bundle);
    auto desktop = machine(u"desktop"_s);
    const int before = desktop->wiki->pages().count();

    desktop->sync->importBundle();
    auto* dialog = desktop->dialog<SyncDialog>();
    dialog->setPath(bundle);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    dialog->reject(); // Cancel
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QVERIFY2(dialog->statusLabel()->text().contains(u"Cancelled"_s),
             qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(desktop->wiki->pages().count(), before);
}

void TestSyncWindow::aSyncFolderCarriesEditsBetweenMachines()
{
    const QString folder = path(u"shared-%1"_s.arg(m_run));
    QVERIFY(QDir().mkpath(folder));
    auto laptop = machine(u"laptop"_s);
    laptop->write(u"Printers"_s, u"one"_s);
    QSignalSpy laptopRounds(laptop->sync->scheduler(), &SyncScheduler::roundFinished);
    FileDialog::setNextPath(folder);
    laptop->sync->chooseSyncFolder();
    QCOMPARE(laptop->sync->syncFolder(), folder);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(folder + u"/laptop.foliobundle"_s), 30000);

    // The desktop joins through the folder, and hears of the laptop's later edits.
    auto desktop = machine(u"desktop"_s);
    QSignalSpy messages(desktop->sync, &SyncController::message);
    FileDialog::setNextPath(folder);
    desktop->sync->chooseSyncFolder();
    QTRY_COMPARE_WITH_TIMEOUT(desktop->body(u"Printers"_s), u"one"_s, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(folder + u"/desktop.foliobundle"_s), 30000);

    laptop->write(u"Printers"_s, u"one, then two"_s);
    laptop->sync->noteLocalChange();
    QTRY_COMPARE_WITH_TIMEOUT(desktop->body(u"Printers"_s), u"one, then two"_s, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(messages.cbegin(), messages.cend(),
                                         [](const QList<QVariant>& m) {
                                             return m.first().toString().contains(u"Synced"_s);
                                         }),
                             30000);

    // Stopped: the setting is gone, and the folder is left alone.
    desktop->sync->stopSyncing();
    QVERIFY(desktop->sync->syncFolder().isEmpty());
    QVERIFY(desktop->settings->value(Settings::Key::SyncFolder).toString().isEmpty());
}

QTEST_MAIN(TestSyncWindow)
#include "TestSyncWindow.moc"
