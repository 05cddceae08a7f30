#include "FolioProcess.h"
#include "store/AttachmentStore.h"
#include "store/PageStore.h"
#include "wiki/Wiki.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace folio;
using namespace Qt::StringLiterals;

// The writers' commands, run through the real `folio` executable: rename with links that
// follow, delete and restore, diffs, review status, --author and --drafts.
class TestPageCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renameMakesLinksFollow();
    void movePutsAPageUnderAnotherAndBack();
    void deletedPagesAreListedAndRestored();
    void diffPrintsAUnifiedDiffOfKnownRevisions();
    void restoringARevisionAddsOne();
    void statusMovesThroughReviewAndHidesDrafts();
    void attachStoresAFileOnceAndPrintsItsLink();
    void mistakesAreExplained_data();
    void mistakesAreExplained();

private:
    test::ProcessResult folio(const QStringList& arguments, const QByteArray& input = {})
    {
        return test::runFolio(
            QStringList{u"--wiki"_s, m_dir.filePath(u"pages.folio"_s)} + arguments, input);
    }
    void write(const QString& title, const QByteArray& text)
    {
        const test::ProcessResult result = folio({u"page"_s, u"write"_s, title}, text);
        QVERIFY2(result.code == 0, qPrintable(result.err));
    }
    QJsonArray history(const QString& title)
    {
        return QJsonDocument::fromJson(
                   folio({u"page"_s, u"history"_s, title, u"--json"_s}).out.toUtf8())
            .array();
    }

    QTemporaryDir m_dir;
};

void TestPageCli::renameMakesLinksFollow()
{
    write(u"Printers"_s, "Printers live on floor 2.\n");
    write(u"Setup"_s, "See [[Printers]] and [[printers#Toner|toner]]; `[[Printers]]` in code.\n");
    const test::ProcessResult renamed =
        folio({u"page"_s, u"rename"_s, u"Printers"_s, u"Printing and scanning"_s, u"--author"_s,
               u"ben"_s});
    QCOMPARE(renamed.code, 0);
    QVERIFY2(renamed.err.contains(u"2 links now point to the new title (1 other page changed)"_s),
             qPrintable(renamed.err));
    QCOMPARE(folio({u"page"_s, u"show"_s, u"Setup"_s}).out,
             u"See [[Printing and scanning]] and [[Printing and scanning#Toner|toner]]; "
             "`[[Printers]]` in code.\n"_s);
    const QJsonObject newest = history(u"Setup"_s).first().toObject();
    QCOMPARE(newest.value(u"author"_s).toString(), u"ben"_s);
    QVERIFY(newest.value(u"summary"_s).toString().contains(u"Printing and scanning"_s));
    QCOMPARE(folio({u"page"_s, u"show"_s, u"Printers"_s}).code, 1);
}

void TestPageCli::movePutsAPageUnderAnotherAndBack()
{
    write(u"Desk"_s, "The desk.\n");
    write(u"Monitors"_s, "Floor 2.\n");
    write(u"Cables"_s, "In the cupboard.\n");
    QCOMPARE(folio({u"page"_s, u"move"_s, u"Monitors"_s, u"desk"_s}).code, 0);
    const test::ProcessResult moved =
        folio({u"page"_s, u"move"_s, u"Cables"_s, u"Monitors"_s, u"--author"_s, u"ben"_s});
    QCOMPARE(moved.code, 0);
    QVERIFY2(moved.err.contains(u"Moved “Cables”: Desk › Monitors › Cables"_s),
             qPrintable(moved.err));
    const QJsonObject newest = history(u"Cables"_s).first().toObject();
    QCOMPARE(newest.value(u"author"_s).toString(), u"ben"_s);
    QCOMPARE(newest.value(u"summary"_s).toString(), u"Moved under “Monitors”"_s);
    // Under its own child: refused, said, nothing written.
    const test::ProcessResult loop = folio({u"page"_s, u"move"_s, u"Desk"_s, u"Cables"_s});
    QCOMPARE(loop.code, 1);
    QVERIFY2(loop.err.contains(u"cannot go under"_s), qPrintable(loop.err));
    QCOMPARE(history(u"Desk"_s).size(), 1);
    // No parent named: --top is needed, so a forgotten argument moves nothing.
    QCOMPARE(folio({u"page"_s, u"move"_s, u"Cables"_s}).code, 2);
    const test::ProcessResult top = folio({u"page"_s, u"move"_s, u"Cables"_s, u"--top"_s});
    QCOMPARE(top.code, 0);
    QVERIFY2(top.err.contains(u"Moved “Cables”: Cables"_s), qPrintable(top.err));
    QCOMPARE(folio({u"page"_s, u"move"_s, u"Cables"_s, u"--top"_s}).err.contains(u"already"_s),
             true);
}

void TestPageCli::deletedPagesAreListedAndRestored()
{
    write(u"Old news"_s, "Yesterday.\n");
    const test::ProcessResult deleted = folio({u"page"_s, u"delete"_s, u"Old news"_s});
    QCOMPARE(deleted.code, 0);
    QVERIFY2(deleted.err.contains(u"folio page restore 'Old news'"_s), qPrintable(deleted.err));
    QVERIFY(!folio({u"page"_s, u"list"_s}).out.contains(u"Old news"_s));
    QVERIFY(folio({u"page"_s, u"deleted"_s}).out.contains(u"\tOld news\n"_s));
    QVERIFY(folio({u"search"_s, u"yesterday"_s}).out.isEmpty());

    QCOMPARE(folio({u"page"_s, u"restore"_s, u"old NEWS"_s}).code, 0);
    QCOMPARE(folio({u"page"_s, u"show"_s, u"Old news"_s}).out, u"Yesterday.\n"_s);
    QVERIFY(folio({u"search"_s, u"yesterday"_s}).out.contains(u"Old news"_s));
    QVERIFY(folio({u"page"_s, u"deleted"_s}).out.isEmpty());
    QCOMPARE(folio({u"page"_s, u"restore"_s, u"Old news"_s}).code, 1); // not deleted now
}

void TestPageCli::diffPrintsAUnifiedDiffOfKnownRevisions()
{
    write(u"Steps"_s, "1. Turn it off.\n2. Wait.\n");
    write(u"Steps"_s, "1. Turn it off and unplug it.\n2. Wait.\n");
    write(u"Steps"_s, "1. Turn it off and unplug it.\n2. Wait.\n3. Turn it on.\n");
    const QJsonArray revisions = history(u"Steps"_s);
    QCOMPARE(revisions.size(), 3);
    const QString first =
        QString::number(revisions.at(2).toObject().value(u"revision"_s).toInteger());
    const QString second =
        QString::number(revisions.at(1).toObject().value(u"revision"_s).toInteger());

    const test::ProcessResult last = folio({u"page"_s, u"diff"_s, u"Steps"_s});
    QCOMPARE(last.code, 0);
    QVERIFY2(last.out.contains(u"@@ -1,2 +1,3 @@\n 1. Turn it off and unplug it.\n 2. Wait.\n"
                               "+3. Turn it on.\n"_s),
             qPrintable(last.out));
    const test::ProcessResult pair = folio({u"page"_s, u"diff"_s, u"Steps"_s, first, second});
    const QStringList lines = pair.out.split(u'\n');
    QVERIFY(lines.at(0).startsWith(u"--- Steps (revision "_s + first));
    QVERIFY(lines.at(1).startsWith(u"+++ Steps (revision "_s + second));
    QCOMPARE(lines.mid(2),
             QStringList({u"@@ -1,2 +1,2 @@"_s, u"-1. Turn it off."_s,
                          u"+1. Turn it off and unplug it."_s, u" 2. Wait."_s, QString()}));
    // A status change leaves the text as it was: nothing on standard output, and it says so.
    QCOMPARE(folio({u"page"_s, u"status"_s, u"Steps"_s, u"review"_s}).code, 0);
    const test::ProcessResult same = folio({u"page"_s, u"diff"_s, u"Steps"_s});
    QCOMPARE(same.code, 0);
    QVERIFY(same.out.isEmpty());
    QVERIFY2(same.err.contains(u"The text is the same"_s), qPrintable(same.err));
    // One revision: from it to the current text.
    QVERIFY(folio({u"page"_s, u"diff"_s, u"Steps"_s, first}).out.contains(u"+3. Turn it on."_s));
}

void TestPageCli::restoringARevisionAddsOne()
{
    write(u"Runbook"_s, "First.\n");
    write(u"Runbook"_s, "Second.\n");
    const QString first =
        QString::number(history(u"Runbook"_s).at(1).toObject().value(u"revision"_s).toInteger());
    const test::ProcessResult restored =
        folio({u"page"_s, u"restore"_s, u"Runbook"_s, first, u"--author"_s, u"cy"_s});
    QCOMPARE(restored.code, 0);
    QCOMPARE(folio({u"page"_s, u"show"_s, u"Runbook"_s}).out, u"First.\n"_s);
    const QJsonArray revisions = history(u"Runbook"_s);
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions.first().toObject().value(u"author"_s).toString(), u"cy"_s);
}

void TestPageCli::statusMovesThroughReviewAndHidesDrafts()
{
    write(u"Idea"_s, "Maybe.\n");
    QCOMPARE(folio({u"page"_s, u"status"_s, u"Idea"_s, u"draft"_s}).out,
             u"Idea: Draft, Internal\n"_s);
    QVERIFY(!folio({u"page"_s, u"list"_s}).out.contains(u"Idea"_s));
    QVERIFY(folio({u"page"_s, u"list"_s, u"--drafts"_s}).out.contains(u"draft      Idea"_s));

    QCOMPARE(folio({u"page"_s, u"status"_s, u"Idea"_s, u"review"_s, u"--public"_s, u"--message"_s,
                    u"please look"_s})
                 .out,
             u"Idea: In review, Public\n"_s);
    QCOMPARE(
        folio({u"page"_s, u"status"_s, u"Idea"_s, u"published"_s, u"--author"_s, u"rev"_s}).code,
        0);
    QVERIFY(folio({u"page"_s, u"list"_s}).out.contains(u"Idea"_s));
    const QJsonArray revisions = history(u"Idea"_s);
    QStringList statuses;
    for (const QJsonValue& revision : revisions)
        statuses << revision.toObject().value(u"status"_s).toString();
    QCOMPARE(statuses, QStringList({u"published"_s, u"review"_s, u"draft"_s, u"published"_s}));
    QCOMPARE(revisions.at(0).toObject().value(u"author"_s).toString(), u"rev"_s);
    QCOMPARE(revisions.at(1).toObject().value(u"summary"_s).toString(), u"please look"_s);
    QCOMPARE(revisions.at(1).toObject().value(u"visibility"_s).toString(), u"public"_s);
}

void TestPageCli::attachStoresAFileOnceAndPrintsItsLink()
{
    write(u"Printers"_s, "Printers.\n");
    const QString picture = m_dir.filePath(u"floor plan.png"_s);
    QFile file(picture);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    file.close();
    const test::ProcessResult attached = folio({u"page"_s, u"attach"_s, u"printers"_s, picture});
    QCOMPARE(attached.code, 0);
    QCOMPARE(attached.out, u"![floor plan.png](floor%20plan.png)\n"_s);
    QVERIFY2(attached.err.contains(u"Attached “floor plan.png” to “Printers”"_s),
             qPrintable(attached.err));
    // Again: the same name, nothing stored twice, no new revision of the page.
    QCOMPARE(folio({u"page"_s, u"attach"_s, u"Printers"_s, picture}).out, attached.out);
    QCOMPARE(history(u"Printers"_s).size(), 1);
    {
        const auto wiki = Wiki::open(m_dir.filePath(u"pages.folio"_s));
        AttachmentStore attachments(wiki->database());
        const QList<AttachmentStore::Named> named =
            attachments.forPage(wiki->pages().find(u"Printers"_s)->id);
        QCOMPARE(named.size(), 1);
        QCOMPARE(named.first().size, 16);
    }
    // A FIFO is refused without waiting for a writer; the limit comes from the settings file.
    const QString fifo = m_dir.filePath(u"pipe"_s);
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const test::ProcessResult special = folio({u"page"_s, u"attach"_s, u"Printers"_s, fifo});
    QCOMPARE(special.code, 1);
    QVERIFY2(special.err.contains(u"not a regular file"_s), qPrintable(special.err));
    const test::ProcessResult missing = folio({u"page"_s, u"attach"_s, u"Nobody"_s, picture});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(u"no page titled “Nobody”"_s));
    // A mistyped wiki path is reported, not made an empty wiki.
    const QString typo = m_dir.filePath(u"pagse.folio"_s);
    QCOMPARE(
        test::runFolio({u"--wiki"_s, typo, u"page"_s, u"attach"_s, u"Printers"_s, picture}).code,
        1);
    QVERIFY(!QFile::exists(typo));
}

void TestPageCli::mistakesAreExplained_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("rename to a reserved character")
        << QStringList{u"rename"_s, u"Home"_s, u"a#b"_s} << 1 << u"cannot contain “#”"_s;
    QTest::newRow("rename a missing page")
        << QStringList{u"rename"_s, u"Nobody"_s, u"X"_s} << 1 << u"no page titled “Nobody”"_s;
    QTest::newRow("rename onto another page")
        << QStringList{u"rename"_s, u"Home"_s, u"Other"_s} << 1 << u"already exists"_s;
    QTest::newRow("unknown status")
        << QStringList{u"status"_s, u"Home"_s, u"done"_s} << 2 << u"Unknown status “done”"_s;
    QTest::newRow("both visibilities")
        << QStringList{u"status"_s, u"Home"_s, u"--public"_s, u"--internal"_s} << 2
        << u"--public or --internal"_s;
    QTest::newRow("missing revision")
        << QStringList{u"diff"_s, u"Home"_s, u"999"_s} << 1 << u"has no revision 999"_s;
    QTest::newRow("revision not a number")
        << QStringList{u"restore"_s, u"Home"_s, u"latest"_s} << 2 << u"is a number"_s;
    QTest::newRow("restore what is not deleted")
        << QStringList{u"restore"_s, u"Home"_s} << 1 << u"no deleted page"_s;
}

void TestPageCli::mistakesAreExplained()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    write(u"Home"_s, "Home.\n");
    write(u"Other"_s, "Other.\n");
    const QJsonArray before = history(u"Home"_s);
    const test::ProcessResult result = folio(QStringList{u"page"_s} + arguments);
    QCOMPARE(result.code, code);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(history(u"Home"_s), before);
}

QTEST_GUILESS_MAIN(TestPageCli)
#include "TestPageCli.moc"
