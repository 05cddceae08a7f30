#include "ModalAnswer.h"
#include "common/MessageBox.h"
#include "core/Translations.h"
#include "editor/ConflictDialog.h"
#include "editor/EditSession.h"
#include "editor/MarkdownEdit.h"
#include "editor/PageEditor.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/DraftStore.h"
#include "store/PageStore.h"
#include "wiki/Wiki.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QElapsedTimer>
#include <QImage>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace folio;

namespace {

const char kChildWiki[] = "FOLIO_DRAFT_CHILD_WIKI";
const char kChildWritesNewPage[] = "FOLIO_DRAFT_CHILD_NEW_PAGE";
const QString kTyped = QStringLiteral("Typed just before the kill.");

// An editing window reduced to its session: what runs in a child process that gets killed.
struct EditingDesk
{
    explicit EditingDesk(Wiki& wiki)
    {
        reader = new QWidget(&content);
        editor = new PageEditor(&content);
        content.addWidget(reader);
        content.addWidget(editor);
        session = new EditSession(
            *editor, content, *reader, [] { return QStringLiteral("Ana"); }, &content);
        session->setStore(&wiki.pages());
        session->setDrafts(&wiki.drafts());
    }

    QStackedWidget content;
    QWidget* reader = nullptr;
    PageEditor* editor = nullptr;
    EditSession* session = nullptr;
};

QByteArray redPicture()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    image.save(&buffer, "PNG");
    return bytes;
}

// The child: opens "Printers" (or starts "Scanners" and pastes a picture into it), types,
// says "kept" once the draft is in the file, and waits to be killed.
int runChild(const QString& wikiPath)
{
    std::unique_ptr<Wiki> wiki = Wiki::open(wikiPath);
    EditingDesk desk(*wiki);
    desk.session->setAutosaveDelay(50);
    QObject::connect(desk.session, &EditSession::draftKept, [] {
        std::fputs("kept\n", stdout);
        std::fflush(stdout);
    });
    if (qEnvironmentVariableIsSet(kChildWritesNewPage)) {
        desk.session->editNew(QStringLiteral("Scanners"));
        auto* data = new QMimeData;
        data->setData(QStringLiteral("image/png"), redPicture());
        data->setImageData(QImage::fromData(redPicture()));
        QGuiApplication::clipboard()->setMimeData(data);
        desk.editor->bodyEdit()->paste();
    } else {
        desk.session->edit(*wiki->pages().find(QStringLiteral("Printers")));
        desk.editor->bodyEdit()->moveCursor(QTextCursor::End);
    }
    desk.editor->bodyEdit()->insertPlainText(QStringLiteral("\n\n") + kTyped);
    return QApplication::exec();
}

} // namespace

// Never lose a word: text typed and not saved survives a kill -9 and is offered back.
class TestDraftRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void textTypedBeforeAKillIsOfferedBack();
    void noDeletesTheDraftAndCancelKeepsIt();
    void aDraftOfAPageChangedMeanwhileMeetsTheConflictDialog();
    void savingOrDiscardingForgetsTheDraft();
    void editingAPageWithAKeptDraftOffersItFirst();
    void steadyTypingIsKeptWithoutAPause();
    void aNewPageComesBackWithThePicturesPastedIntoIt();
    void aDraftTheBusyWikiRefusedIsKeptOnceItIsFree();

private:
    // Runs the child on the wiki and kills it (SIGKILL) once it has kept its draft.
    enum class ChildEdits { Printers, NewPageWithPicture };
    void editAndGetKilled(ChildEdits edits = ChildEdits::Printers);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<EditingDesk> m_desk;
};

void TestDraftRecovery::init()
{
    static int run = 0;
    m_path = m_dir.filePath(QStringLiteral("recovery-%1.folio").arg(++run));
    m_wiki = Wiki::open(m_path);
    m_wiki->pages().create(
        {QStringLiteral("Printers"), PageKind::Guide, {}, QStringLiteral("Start.")},
        QStringLiteral("Ana"));
    m_desk = std::make_unique<EditingDesk>(*m_wiki);
}

void TestDraftRecovery::cleanup()
{
    m_desk.reset();
    m_wiki.reset();
}

void TestDraftRecovery::editAndGetKilled(ChildEdits edits)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(kChildWiki), m_path);
    if (edits == ChildEdits::NewPageWithPicture)
        environment.insert(QLatin1String(kChildWritesNewPage), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     child.waitForReadyRead(100);
                     return child.peek(64).contains("kept");
                 },
                 30000),
             "the child never kept its draft");
    child.kill(); // SIGKILL: no chance to save or clean up
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
}

void TestDraftRecovery::textTypedBeforeAKillIsOfferedBack()
{
    editAndGetKilled();
    const Page before = *m_wiki->pages().find(QStringLiteral("Printers"));
    QCOMPARE(before.content.body, QStringLiteral("Start.")); // never saved

    // The real box, answered with the mouse: Yes is what Enter would choose.
    m_desk->content.show();
    bool asked = false;
    test::answerNextMessageBox(QMessageBox::Yes, [&asked](QMessageBox& box) {
        asked = box.defaultButton() == box.button(QMessageBox::Yes);
        test::screenshot(box, QStringLiteral("restore-draft-question"));
    });
    QVERIFY(m_desk->session->offerKeptDrafts());
    QVERIFY(asked);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Printers")));
    QVERIFY(m_desk->session->isEditing());
    QVERIFY(m_desk->session->isModified());
    QCOMPARE(m_desk->editor->content().body, QStringLiteral("Start.\n\n") + kTyped);
    QVERIFY(m_desk->session->save());
    QCOMPARE(m_wiki->pages().find(before.id)->content.body, QStringLiteral("Start.\n\n") + kTyped);
    QVERIFY(m_wiki->drafts().all().isEmpty());
}

void TestDraftRecovery::noDeletesTheDraftAndCancelKeepsIt()
{
    editAndGetKilled();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_desk->session->offerKeptDrafts());
    QCOMPARE(m_wiki->drafts().all().size(), 1);
    QVERIFY(!m_desk->session->isEditing());
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_desk->session->offerKeptDrafts());
    QVERIFY(m_wiki->drafts().all().isEmpty());
    QVERIFY(!MessageBox::hasQueuedAnswers());
    // Nothing left to offer: no question at all.
    QVERIFY(!m_desk->session->offerKeptDrafts());
}

void TestDraftRecovery::aDraftOfAPageChangedMeanwhileMeetsTheConflictDialog()
{
    editAndGetKilled();
    const Page page = *m_wiki->pages().find(QStringLiteral("Printers"));
    PageContent theirs = page.content;
    theirs.body = QStringLiteral("Start. Bo's line.");
    m_wiki->pages().update(page.id, theirs, page.revisionId, QStringLiteral("Bo"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_desk->session->offerKeptDrafts());
    // The restored text sits on the revision it was typed on, not on Bo's: saving it meets
    // Bo's change, and keeping both texts in order loses neither.
    QCOMPARE(m_desk->editor->baseRevision(), page.revisionId);
    QCOMPARE(m_desk->editor->content().body, QStringLiteral("Start.\n\n") + kTyped);
    ConflictDialog::setNextChoice(ConflictDialog::Choice::KeepMine);
    QVERIFY(m_desk->session->save());
    QVERIFY(ConflictDialog::lastText().contains(QLatin1String("Bo")));
    const QList<Revision> history = m_wiki->pages().history(page.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).content.body, QStringLiteral("Start.\n\n") + kTyped);
    QCOMPARE(history.at(1).content.body, QStringLiteral("Start. Bo's line."));
}

void TestDraftRecovery::editingAPageWithAKeptDraftOffersItFirst()
{
    editAndGetKilled();
    const Page page = *m_wiki->pages().find(QStringLiteral("Printers"));
    // Not now at start...
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_desk->session->offerKeptDrafts());
    // ...but opening the page for editing must not write over the kept text unasked.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_desk->session->edit(page);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("never saved")));
    QCOMPARE(m_desk->editor->content().body, QStringLiteral("Start.\n\n") + kTyped);
    m_desk->session->leave();
    QVERIFY(m_wiki->drafts().all().isEmpty()); // left on purpose: given up

    // No opens the page as it is, and the kept text goes.
    editAndGetKilled();
    MessageBox::setNextAnswer(QMessageBox::No);
    m_desk->session->edit(page);
    QCOMPARE(m_desk->editor->content().body, QStringLiteral("Start."));
    QVERIFY(m_wiki->drafts().all().isEmpty());
}

void TestDraftRecovery::steadyTypingIsKeptWithoutAPause()
{
    m_desk->session->setAutosaveDelay(60000); // a pause that never comes
    QSignalSpy kept(m_desk->session, &EditSession::draftKept);
    m_desk->session->edit(*m_wiki->pages().find(QStringLiteral("Printers")));
    QElapsedTimer typing;
    typing.start();
    while (kept.isEmpty() && typing.elapsed() < 20000) {
        m_desk->editor->bodyEdit()->insertPlainText(QStringLiteral("x"));
        QTest::qWait(200);
    }
    QCOMPARE(kept.size(), 1);
    QVERIFY(typing.elapsed() < 15000);
}

void TestDraftRecovery::aNewPageComesBackWithThePicturesPastedIntoIt()
{
    editAndGetKilled(ChildEdits::NewPageWithPicture);
    QVERIFY(!m_wiki->pages().exists(QStringLiteral("Scanners")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_desk->session->offerKeptDrafts());
    QCOMPARE(m_desk->editor->content().title, QStringLiteral("Scanners"));
    QVERIFY2(m_desk->editor->content().body.startsWith(
                 QLatin1String("![pasted-image.png](pasted-image.png)")),
             qPrintable(m_desk->editor->content().body));
    // The picture the text links to is still known by its name: the preview shows it and
    // the first save attaches it.
    QCOMPARE(m_desk->editor->unsavedAttachments().keys(),
             QStringList{QStringLiteral("pasted-image.png")});
    QVERIFY(m_desk->session->save());
    const Page saved = *m_wiki->pages().find(QStringLiteral("Scanners"));
    const std::optional<QString> sha256 =
        AttachmentStore(m_wiki->database()).find(saved.id, QStringLiteral("pasted-image.png"));
    QVERIFY(sha256);
    QCOMPARE(AttachmentStore(m_wiki->database()).blob(*sha256)->data, redPicture());
    QVERIFY(m_wiki->drafts().all().isEmpty());
}

void TestDraftRecovery::aDraftTheBusyWikiRefusedIsKeptOnceItIsFree()
{
    m_desk->session->setAutosaveDelay(50);
    QSignalSpy told(m_desk->session, &EditSession::message);
    QSignalSpy kept(m_desk->session, &EditSession::draftKept);
    // Another process writing the wiki holds its write lock while the writer types.
    auto importer = std::make_unique<Database>(m_path, Database::OpenMode::ReadWrite);
    importer->exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_desk->session->edit(*m_wiki->pages().find(QStringLiteral("Printers")));
    m_desk->editor->bodyEdit()->appendPlainText(kTyped);
    QVERIFY(told.wait());
    QVERIFY(told.first().first().toString().contains(QLatin1String("could not be kept")));
    QVERIFY(kept.isEmpty());
    // The writer has stopped typing; once the import is done the text is kept all the same.
    importer->exec(QStringLiteral("ROLLBACK"));
    QVERIFY(kept.wait(10000));
    QCOMPARE(m_wiki->drafts().all().first().content.body, QStringLiteral("Start.\n") + kTyped);
    QCOMPARE(told.size(), 1); // said once
}

void TestDraftRecovery::savingOrDiscardingForgetsTheDraft()
{
    m_desk->session->setAutosaveDelay(10);
    const Page page = *m_wiki->pages().find(QStringLiteral("Printers"));
    QSignalSpy kept(m_desk->session, &EditSession::draftKept);
    m_desk->session->edit(page);
    m_desk->editor->bodyEdit()->appendPlainText(QStringLiteral("More."));
    QVERIFY(kept.wait());
    QCOMPARE(m_wiki->drafts().all().size(), 1);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_desk->session->settle());
    QVERIFY(m_wiki->drafts().all().isEmpty());

    m_desk->session->edit(page);
    m_desk->editor->bodyEdit()->appendPlainText(QStringLiteral("More."));
    QVERIFY(kept.wait());
    QVERIFY(m_desk->session->save());
    QVERIFY(m_wiki->drafts().all().isEmpty());
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // FOLIO_TEST_LANGUAGE=de shows the questions in German (for screenshots).
    QLocale::setDefault(QLocale(qEnvironmentVariable("FOLIO_TEST_LANGUAGE", QStringLiteral("en"))));
    Translations::install(app);
    const QString childWiki = qEnvironmentVariable(kChildWiki);
    if (!childWiki.isEmpty())
        return runChild(childWiki);
    TestDraftRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDraftRecovery.moc"
