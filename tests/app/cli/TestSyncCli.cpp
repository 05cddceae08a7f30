#include "FolioProcess.h"
#include "TestFiles.h"

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
    void mistakesAreExplained();

private:
    test::ProcessResult on(const QString& wiki, const QStringList& arguments,
                           const QByteArray& input = {})
    {
        return test::runFolio(QStringList{u"--wiki"_s, m_dir.filePath(wiki)} + arguments, input);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

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
    QCOMPARE(on(u"desktop.folio"_s, {u"page"_s, u"write"_s, u"Desk notes"_s}, "mine\n").code, 0);
    const test::ProcessResult imported =
        on(u"desktop.folio"_s, {u"import"_s, path(u"laptop.foliobundle"_s)});
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
    // Exporting where nothing can be written says where.
    QCOMPARE(on(u"laptop2.folio"_s, {u"page"_s, u"write"_s, u"A"_s}, "a\n").code, 0);
    const test::ProcessResult unwritable =
        on(u"laptop2.folio"_s, {u"export"_s, path(u"no/such/folder/x.foliobundle"_s)});
    QCOMPARE(unwritable.code, 1);
    QVERIFY2(unwritable.err.contains(u"no/such/folder"_s), qPrintable(unwritable.err));
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
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
