#include "common/MessageBox.h"
#include "editor/ConflictDialog.h"
#include "editor/EditSession.h"
#include "editor/MarkdownEdit.h"
#include "editor/PageEditor.h"
#include "store/PageStore.h"
#include "wiki/Wiki.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// The edit session on its own, without a main window: opening, saving, and never dropping a
// draft without asking.
class TestEditSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void savesARevisionSignedByTheWriter();
    void aNewPageIsCreatedOnSave();
    void aDraftIsNeverDroppedWithoutAsking();
    void aFailedSaveKeepsTheDraft();
    void keepMineSavesOnTopOfTheirs();
    void keepTheirsDropsTheEdit();
    void mergeByHandPutsBothChangesInTheEditor();
    void renamingInTheEditorMakesLinksFollow();

private:
    // Another process saves the page meanwhile (its own connection to the file), as Bo.
    Page saveTheirs(const Page& page, const QString& appended, const QString& body = {})
    {
        std::unique_ptr<Wiki> other = Wiki::open(m_wiki->path());
        PageContent theirs = page.content;
        theirs.body = body.isNull() ? theirs.body + appended : body;
        return other->pages().update(page.id, theirs, page.revisionId, QStringLiteral("Bo"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<QStackedWidget> m_content;
    QWidget* m_reader = nullptr;
    PageEditor* m_editor = nullptr;
    EditSession* m_session = nullptr;
    QString m_author = QStringLiteral("Ana");
};

void TestEditSession::init()
{
    static int run = 0;
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("edit-%1.folio").arg(++run)));
    m_content = std::make_unique<QStackedWidget>();
    m_reader = new QWidget(m_content.get());
    m_editor = new PageEditor(m_content.get());
    m_content->addWidget(m_reader);
    m_content->addWidget(m_editor);
    m_session = new EditSession(
        *m_editor, *m_content, *m_reader, [this] { return m_author; }, m_content.get());
    m_session->setStore(&m_wiki->pages());
}

void TestEditSession::cleanup()
{
    m_content.reset();
    m_wiki.reset();
}

void TestEditSession::savesARevisionSignedByTheWriter()
{
    const Page page = *m_wiki->pages().find(QStringLiteral("Welcome to Folio"));
    m_session->edit(page);
    QVERIFY(m_session->isEditing());
    m_editor->bodyEdit()->appendPlainText(QStringLiteral("One more line."));
    QVERIFY(m_session->isModified());
    QSignalSpy saved(m_session, &EditSession::saved);
    m_author = QStringLiteral("Ana Lima"); // renamed while editing: the save uses the new name
    QVERIFY(m_session->save());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(1).toString(), QStringLiteral("Welcome to Folio"));
    QVERIFY(!m_session->isEditing());
    QCOMPARE(m_content->currentWidget(), m_reader);
    QCOMPARE(m_wiki->pages().history(page.id).first().author, QStringLiteral("Ana Lima"));
}

void TestEditSession::aNewPageIsCreatedOnSave()
{
    m_session->editNew(QStringLiteral("Fresh page"));
    m_editor->bodyEdit()->setPlainText(QStringLiteral("Hello."));
    QSignalSpy saved(m_session, &EditSession::saved);
    QVERIFY(m_session->save());
    QVERIFY(saved.first().at(1).toString().isEmpty());
    QCOMPARE(m_wiki->pages().find(QStringLiteral("Fresh page"))->content.body,
             QStringLiteral("Hello."));
}

void TestEditSession::aDraftIsNeverDroppedWithoutAsking()
{
    m_session->edit(*m_wiki->pages().find(QStringLiteral("Welcome to Folio")));
    m_editor->bodyEdit()->appendPlainText(QStringLiteral("Draft."));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_session->settle());
    QVERIFY(m_session->isEditing());
    QVERIFY(MessageBox::lastText().contains(QLatin1String("not saved")));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_session->settle());
    QVERIFY(!m_session->isEditing());
    QVERIFY(!m_wiki->pages()
                 .find(QStringLiteral("Welcome to Folio"))
                 ->content.body.contains(QLatin1String("Draft.")));
}

void TestEditSession::aFailedSaveKeepsTheDraft()
{
    const Page page = *m_wiki->pages().find(QStringLiteral("Welcome to Folio"));
    m_session->edit(page);
    m_editor->bodyEdit()->appendPlainText(QStringLiteral("Mine."));
    saveTheirs(page, QStringLiteral("\nTheirs."));
    // The writer is asked, and Cancel keeps the draft in the editor.
    ConflictDialog::setNextChoice(ConflictDialog::Choice::Cancel);
    QVERIFY(!m_session->save());
    QVERIFY(ConflictDialog::lastText().contains(QLatin1String("saved by Bo")));
    QVERIFY(m_session->isEditing());
    QVERIFY(m_editor->bodyEdit()->toPlainText().contains(QLatin1String("Mine.")));
}

void TestEditSession::keepMineSavesOnTopOfTheirs()
{
    const Page page = *m_wiki->pages().find(QStringLiteral("Welcome to Folio"));
    m_session->edit(page);
    m_editor->bodyEdit()->appendPlainText(QStringLiteral("Mine."));
    const Page theirs = saveTheirs(page, QStringLiteral("\nTheirs."));
    ConflictDialog::setNextChoice(ConflictDialog::Choice::KeepMine);
    QVERIFY(m_session->save());
    QVERIFY(!m_session->isEditing());
    const QList<Revision> history = m_wiki->pages().history(page.id);
    QCOMPARE(history.at(0).author, m_author);
    QVERIFY(history.at(0).content.body.endsWith(QLatin1String("Mine.")));
    QCOMPARE(*history.at(0).parentId, theirs.revisionId); // theirs stays in the history
    QVERIFY(history.at(1).content.body.endsWith(QLatin1String("Theirs.")));
}

void TestEditSession::keepTheirsDropsTheEdit()
{
    const Page page = *m_wiki->pages().find(QStringLiteral("Welcome to Folio"));
    m_session->edit(page);
    m_editor->bodyEdit()->appendPlainText(QStringLiteral("Mine."));
    const Page theirs = saveTheirs(page, QStringLiteral("\nTheirs."));
    QSignalSpy replaced(m_session, &EditSession::replaced);
    ConflictDialog::setNextChoice(ConflictDialog::Choice::KeepTheirs);
    QVERIFY(m_session->save());
    QVERIFY(!m_session->isEditing());
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(m_wiki->pages().find(page.id)->revisionId, theirs.revisionId);
}

void TestEditSession::mergeByHandPutsBothChangesInTheEditor()
{
    const Page page = m_wiki->pages().create(
        {QStringLiteral("Steps"), PageKind::Guide, {}, QStringLiteral("one\ntwo\nthree\n")},
        m_author);
    m_session->edit(page);
    QPlainTextEdit* body = m_editor->bodyEdit();
    body->setPlainText(QStringLiteral("ONE\ntwo\nthree\n"));         // mine: the first line
    saveTheirs(page, {}, QStringLiteral("one\ntwo\nthree\nfour\n")); // theirs: a new last line
    QSignalSpy said(m_session, &EditSession::message);
    ConflictDialog::setNextChoice(ConflictDialog::Choice::MergeByHand);
    QVERIFY(!m_session->save()); // still editing: the writer checks the merge
    QVERIFY(m_session->isEditing());
    QCOMPARE(body->toPlainText(), QStringLiteral("ONE\ntwo\nthree\nfour\n"));
    QVERIFY(said.first().at(0).toString().contains(QLatin1String("merged")));
    QVERIFY(m_session->isModified());
    QVERIFY(m_session->save()); // on top of theirs now: no conflict
    QCOMPARE(m_wiki->pages().find(page.id)->content.body,
             QStringLiteral("ONE\ntwo\nthree\nfour\n"));

    // Both changed the same line: both versions stand in the editor, marked.
    const Page now = *m_wiki->pages().find(page.id);
    m_session->edit(now);
    body->setPlainText(QStringLiteral("ONE!\ntwo\nthree\nfour\n"));
    saveTheirs(now, {}, QStringLiteral("One.\ntwo\nthree\nfour\n"));
    ConflictDialog::setNextChoice(ConflictDialog::Choice::MergeByHand);
    QVERIFY(!m_session->save());
    const QString merged = body->toPlainText();
    QVERIFY2(merged.contains(QLatin1String("<<<<<<< your text\nONE!\n")), qPrintable(merged));
    QVERIFY(merged.contains(QLatin1String("=======\nOne.\n>>>>>>> saved by Bo\n")));
    // Ctrl+Z brings back the saved text the merge started from.
    body->undo();
    QCOMPARE(body->toPlainText(), QStringLiteral("One.\ntwo\nthree\nfour\n"));
}

void TestEditSession::renamingInTheEditorMakesLinksFollow()
{
    const Page target = m_wiki->pages().create(
        {QStringLiteral("Printers"), PageKind::Guide, {}, QStringLiteral("Floor 2.")}, m_author);
    m_wiki->pages().create({QStringLiteral("Setup"),
                            PageKind::Guide,
                            {},
                            QStringLiteral("See [[Printers|the printers]].")},
                           m_author);
    m_session->edit(target);
    m_editor->titleEdit()->setText(QStringLiteral("Printing"));
    QSignalSpy followed(m_session, &EditSession::linksFollowed);
    QVERIFY(m_session->save());
    QCOMPARE(followed.count(), 1);
    QCOMPARE(followed.first().at(0).toString(), QStringLiteral("Printers"));
    QCOMPARE(followed.first().at(1).toString(), QStringLiteral("Printing"));
    QCOMPARE(followed.first().at(2).toInt(), 1);
    QCOMPARE(m_wiki->pages().find(QStringLiteral("Setup"))->content.body,
             QStringLiteral("See [[Printing|the printers]]."));

    // Undo brings back the title and the links, as new revisions.
    QVERIFY(m_session->canUndoRename());
    QCOMPARE(m_session->lastRenameTitle(), QStringLiteral("Printers"));
    QSignalSpy undone(m_session, &EditSession::renameUndone);
    QVERIFY(m_session->undoRename());
    QCOMPARE(undone.count(), 1);
    QCOMPARE(undone.first().at(1).toString(), QStringLiteral("Printing"));
    QCOMPARE(undone.first().at(2).toInt(), 1);
    QCOMPARE(m_wiki->pages().find(target.id)->content.title, QStringLiteral("Printers"));
    QCOMPARE(m_wiki->pages().find(QStringLiteral("Setup"))->content.body,
             QStringLiteral("See [[Printers|the printers]]."));
    QVERIFY(!m_session->canUndoRename());
}

QTEST_MAIN(TestEditSession)
#include "TestEditSession.moc"
