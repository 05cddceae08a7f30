#include "common/MessageBox.h"
#include "editor/EditSession.h"
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
    void renamingInTheEditorMakesLinksFollow();

private:
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
    // Someone else saved the page meanwhile: this save conflicts.
    PageContent theirs = page.content;
    theirs.body += QStringLiteral("\nTheirs.");
    m_wiki->pages().update(page.id, theirs, page.revisionId, QStringLiteral("Bo"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_session->save());
    QVERIFY(m_session->isEditing());
    QVERIFY(m_editor->bodyEdit()->toPlainText().contains(QLatin1String("Mine.")));
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
}

QTEST_MAIN(TestEditSession)
#include "TestEditSession.moc"
