#include "FolioProcess.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;
using namespace Qt::StringLiterals;

// `folio export` and `folio import` through the real executable: two wiki files stand for two
// machines, each started from the starter wiki as a new user's would be.
class TestSyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundlesCarryEditsBothWays();
    void aBadBundleChangesNothingAndCreatesNoWiki();
    void undoTakesBackTheLastImportOnly();
    void syncThroughAFolderJoinsAndConverges();
    void mistakesAreExplained();

private:
    test::ProcessResult on(const QString& wiki, const QStringList& arguments,
                           const QByteArray& input = {})
    {
        return test::runFolio(QStringList{u"--wiki"_s, m_dir.filePath(wiki)} + arguments, input);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // `folio sync` as the machine named `machine`.
    test::ProcessResult syncAs(const QString& machine, const QString& wiki, const QString& folder)
    {
        QProcessEnvironment environment;
        environment.insert(u"FOLIO_MACHINE_ID"_s, machine);
        return test::runFolio({u"--wiki"_s, path(wiki), u"sync"_s, path(folder)}, {}, environment);
    }

    QTemporaryDir m_dir;
};

void TestSyncCli::bundlesCarryEditsBothWays()
{
    QCOMPARE(
        on(u"laptop.folio"_s, {u"page"_s, u"write"_s, u"Printers"_s}, "one\nkeep\nthree\n").code,
        0);
    const test::ProcessResult exported =
        on(u"laptop.folio"_s, {u"export"_s, path(u"laptop.foliobundle"_s)});
    QCOMPARE(exported.code, 0);
    QVERIFY2(exported.err.contains(u"to “"_s), qPrintable(exported.err));

    // The desktop's own starter pages are the laptop's: only "Printers" is new.
    // The desktop started a wiki of its own: it merges the laptop's only when asked to.
    QCOMPARE(on(u"desktop.folio"_s, {u"page"_s, u"write"_s, u"Desk notes"_s}, "mine\n").code, 0);
    const test::ProcessResult refused =
        on(u"desktop.folio"_s, {u"import"_s, path(u"laptop.foliobundle"_s)});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(u"another wiki"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"--other-wiki"_s), qPrintable(refused.err));
    QVERIFY(on(u"desktop.folio"_s, {u"page"_s, u"show"_s, u"Printers"_s}).code != 0);
    const test::ProcessResult imported =
        on(u"desktop.folio"_s, {u"import"_s, path(u"laptop.foliobundle"_s), u"--other-wiki"_s});
    QCOMPARE(imported.code, 0);
    QVERIFY2(imported.err.contains(u"Imported: 1 new, 0 updated"_s), qPrintable(imported.err));
    QVERIFY2(imported.err.contains(u"0 renamed"_s), qPrintable(imported.err));

    // Both edit different lines; each merges the other's bundle; both end with both edits.
    QCOMPARE(
        on(u"laptop.folio"_s, {u"page"_s, u"write"_s, u"Printers"_s}, "ONE\nkeep\nthree\n").code,
        0);
    QCOMPARE(
        on(u"desktop.folio"_s, {u"page"_s, u"write"_s, u"Printers"_s}, "one\nkeep\nTHREE\n").code,
        0);
    QCOMPARE(on(u"laptop.folio"_s, {u"export"_s, path(u"l2.foliobundle"_s)}).code, 0);
    QCOMPARE(on(u"desktop.folio"_s, {u"export"_s, path(u"d2.foliobundle"_s)}).code, 0);
    const test::ProcessResult merged =
        on(u"laptop.folio"_s, {u"import"_s, path(u"d2.foliobundle"_s)});
    QVERIFY2(merged.err.contains(u"1 merged"_s), qPrintable(merged.err));
    QCOMPARE(on(u"desktop.folio"_s, {u"import"_s, path(u"l2.foliobundle"_s)}).code, 0);
    for (const QString& wiki : {u"laptop.folio"_s, u"desktop.folio"_s})
        QCOMPARE(on(wiki, {u"page"_s, u"show"_s, u"Printers"_s}).out, u"ONE\nkeep\nTHREE\n"_s);
}

void TestSyncCli::aBadBundleChangesNothingAndCreatesNoWiki()
{
    test::writeFile(path(u"broken.foliobundle"_s), "PK\x03\x04 not really a zip");
    const test::ProcessResult refused =
        on(u"never-made.folio"_s, {u"import"_s, path(u"broken.foliobundle"_s)});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(u"broken.foliobundle"_s), qPrintable(refused.err));
    QVERIFY(!QFile::exists(path(u"never-made.folio"_s)));
    // Damaged inside, where only reading the entries finds it: still no wiki.
    QCOMPARE(on(u"source.folio"_s, {u"page"_s, u"write"_s, u"Printers"_s}, "one\n").code, 0);
    QCOMPARE(on(u"source.folio"_s, {u"export"_s, path(u"damaged.foliobundle"_s)}).code, 0);
    QFile damaged(path(u"damaged.foliobundle"_s));
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    const QByteArray bytes = damaged.readAll();
    const qsizetype at = bytes.indexOf("pages/") + 200; // inside the first pages' data
    QVERIFY(at > 200 && at < bytes.size() / 2);
    damaged.seek(at);
    damaged.write(QByteArray(64, '\x5a'));
    damaged.close();
    const test::ProcessResult late =
        on(u"never-made-2.folio"_s, {u"import"_s, path(u"damaged.foliobundle"_s)});
    QCOMPARE(late.code, 1);
    QVERIFY2(late.err.contains(u"damaged.foliobundle"_s), qPrintable(late.err));
    QVERIFY(!QFile::exists(path(u"never-made-2.folio"_s)));
    // Exporting where nothing can be written says where.
    QCOMPARE(on(u"laptop2.folio"_s, {u"page"_s, u"write"_s, u"A"_s}, "a\n").code, 0);
    const test::ProcessResult unwritable =
        on(u"laptop2.folio"_s, {u"export"_s, path(u"no/such/folder/x.foliobundle"_s)});
    QCOMPARE(unwritable.code, 1);
    QVERIFY2(unwritable.err.contains(u"no/such/folder"_s), qPrintable(unwritable.err));
}

void TestSyncCli::undoTakesBackTheLastImportOnly()
{
    QCOMPARE(on(u"u-laptop.folio"_s, {u"page"_s, u"write"_s, u"Fax"_s}, "fax\n").code, 0);
    QCOMPARE(on(u"u-laptop.folio"_s, {u"export"_s, path(u"u1.foliobundle"_s)}).code, 0);
    // A new wiki (only the starter pages) joins the laptop's without being asked.
    const test::ProcessResult imported =
        on(u"u-desktop.folio"_s, {u"import"_s, path(u"u1.foliobundle"_s)});
    QCOMPARE(imported.code, 0);
    QVERIFY2(imported.err.contains(u"folio import --undo"_s), qPrintable(imported.err));
    QCOMPARE(on(u"u-desktop.folio"_s, {u"page"_s, u"show"_s, u"Fax"_s}).out, u"fax\n"_s);

    const test::ProcessResult undone = on(u"u-desktop.folio"_s, {u"import"_s, u"--undo"_s});
    QCOMPARE(undone.code, 0);
    QVERIFY2(undone.err.contains(u"u1.foliobundle"_s), qPrintable(undone.err));
    QVERIFY(on(u"u-desktop.folio"_s, {u"page"_s, u"show"_s, u"Fax"_s}).code != 0);
    const test::ProcessResult twice = on(u"u-desktop.folio"_s, {u"import"_s, u"--undo"_s});
    QCOMPARE(twice.code, 1);
    QVERIFY2(twice.err.contains(u"cannot be undone"_s), qPrintable(twice.err));

    // An edit made after an import is not undone without --force.
    QCOMPARE(on(u"u-desktop.folio"_s, {u"import"_s, path(u"u1.foliobundle"_s)}).code, 0);
    QCOMPARE(on(u"u-desktop.folio"_s, {u"page"_s, u"write"_s, u"Fax"_s}, "fax, edited\n").code, 0);
    const test::ProcessResult refused = on(u"u-desktop.folio"_s, {u"import"_s, u"--undo"_s});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(u"--force"_s), qPrintable(refused.err));
    QCOMPARE(on(u"u-desktop.folio"_s, {u"page"_s, u"show"_s, u"Fax"_s}).out, u"fax, edited\n"_s);
    QCOMPARE(on(u"u-desktop.folio"_s, {u"import"_s, u"--undo"_s, u"--force"_s}).code, 0);
    QVERIFY(on(u"u-desktop.folio"_s, {u"page"_s, u"show"_s, u"Fax"_s}).code != 0);

    // No wiki: nothing to undo, and none is made.
    const test::ProcessResult none = on(u"u-none.folio"_s, {u"import"_s, u"--undo"_s});
    QCOMPARE(none.code, 1);
    QVERIFY(!QFile::exists(path(u"u-none.folio"_s)));
}

void TestSyncCli::syncThroughAFolderJoinsAndConverges()
{
    QVERIFY(QDir().mkpath(path(u"shared"_s)));
    QCOMPARE(on(u"s-laptop.folio"_s, {u"page"_s, u"write"_s, u"Wifi"_s}, "ssid\nkeep\npass\n").code,
             0);
    const test::ProcessResult first = syncAs(u"laptop"_s, u"s-laptop.folio"_s, u"shared"_s);
    QCOMPARE(first.code, 0);
    QVERIFY2(first.err.contains(u"laptop.foliobundle"_s), qPrintable(first.err));
    QVERIFY(QFile::exists(path(u"shared/laptop.foliobundle"_s)));

    // A new machine: its wiki is made, joins the laptop's, and writes its own bundle.
    const test::ProcessResult joined = syncAs(u"desktop"_s, u"s-desktop.folio"_s, u"shared"_s);
    QCOMPARE(joined.code, 0);
    QVERIFY2(joined.err.contains(u"Merged 1 bundle"_s), qPrintable(joined.err));
    QCOMPARE(on(u"s-desktop.folio"_s, {u"page"_s, u"show"_s, u"Wifi"_s}).out,
             u"ssid\nkeep\npass\n"_s);

    QCOMPARE(on(u"s-laptop.folio"_s, {u"page"_s, u"write"_s, u"Wifi"_s}, "SSID\nkeep\npass\n").code,
             0);
    QCOMPARE(
        on(u"s-desktop.folio"_s, {u"page"_s, u"write"_s, u"Wifi"_s}, "ssid\nkeep\nPASS\n").code, 0);
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(syncAs(u"laptop"_s, u"s-laptop.folio"_s, u"shared"_s).code, 0);
        QCOMPARE(syncAs(u"desktop"_s, u"s-desktop.folio"_s, u"shared"_s).code, 0);
    }
    for (const QString& wiki : {u"s-laptop.folio"_s, u"s-desktop.folio"_s})
        QCOMPARE(on(wiki, {u"page"_s, u"show"_s, u"Wifi"_s}).out, u"SSID\nkeep\nPASS\n"_s);

    // A damaged bundle in the folder is named, and the exit status says so.
    test::writeFile(path(u"shared/tablet.foliobundle"_s), "PK\x03\x04 cut short");
    const test::ProcessResult damaged = syncAs(u"laptop"_s, u"s-laptop.folio"_s, u"shared"_s);
    QCOMPARE(damaged.code, 1);
    QVERIFY2(damaged.err.contains(u"tablet.foliobundle"_s), qPrintable(damaged.err));
    const test::ProcessResult noFolder = syncAs(u"laptop"_s, u"s-laptop.folio"_s, u"nowhere"_s);
    QCOMPARE(noFolder.code, 2);
    QVERIFY2(noFolder.err.contains(u"nowhere"_s), qPrintable(noFolder.err));
}

void TestSyncCli::mistakesAreExplained()
{
    const test::ProcessResult noFile = on(u"x.folio"_s, {u"export"_s});
    QCOMPARE(noFile.code, 2);
    QVERIFY2(noFile.err.contains(u"Usage: folio export"_s), qPrintable(noFile.err));
    const test::ProcessResult badKind =
        on(u"x.folio"_s, {u"export"_s, path(u"k.foliobundle"_s), u"--kind"_s, u"poem"_s});
    QCOMPARE(badKind.code, 2);
    QVERIFY2(badKind.err.contains(u"best-practice"_s), qPrintable(badKind.err));
    QCOMPARE(on(u"x.folio"_s, {u"import"_s}).code, 2);
    QCOMPARE(on(u"x.folio"_s, {u"import"_s, u"--undo"_s, path(u"k.foliobundle"_s)}).code, 2);
    QCOMPARE(on(u"x.folio"_s, {u"import"_s, path(u"k.foliobundle"_s), u"--force"_s}).code, 2);
    QCOMPARE(on(u"x.folio"_s, {u"sync"_s}).code, 2);
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
