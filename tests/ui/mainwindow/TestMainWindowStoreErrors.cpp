#include "WebTestHelpers.h"
#include "common/MessageBox.h"
#include "common/TextInputDialog.h"
#include "core/Settings.h"
#include "editor/MarkdownEdit.h"
#include "editor/PageEditor.h"
#include "mainwindow/MainWindow.h"
#include "pages/PageListPanel.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "web/FolioScheme.h"
#include "web/PageView.h"
#include "web/WebProfile.h"
#include "wiki/Wiki.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace folio;

// The store fails under the window (a busy wiki, a full disk, an I/O error): every action
// that reaches it says so in a message box, keeps what the user typed, and the window lives
// on; once the store answers again, everything works.
class TestMainWindowStoreErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void failingReadsAreReportedAndTheWindowLivesOn();
    void aFullDiskKeepsTheTextInTheEditor();
    void aBusyWikiSaysSo();

private:
    QString shownText()
    {
        return test::evaluate(m_window->pageView()->page(),
                              QStringLiteral("document.readyState === 'complete' ? "
                                             "document.body.innerText : ''"))
            .toString();
    }
    bool waitUntilShown(const QString& title)
    {
        return test::waitUntilPageShown(m_window->pageView()->page(), title);
    }
    QAction* action(const QKeySequence& shortcut) const;
    // Runs `step` expecting it to report a failure in a message box.
    void expectFailureBox(const std::function<void()>& step, const QString& phrase);
    void failEveryStatement(bool fail);
    sqlite3* connection() const { return m_window->wiki().database().handle(); }

    QTemporaryDir m_dir;
    std::unique_ptr<WebProfile> m_profile;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowStoreErrors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_profile = std::make_unique<WebProfile>();
}

void TestMainWindowStoreErrors::init()
{
    static int run = 0;
    m_settings = Settings::inFile(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++run)));
    m_window = std::make_unique<MainWindow>(
        *m_profile, *m_settings,
        Wiki::open(m_dir.filePath(QStringLiteral("wiki-%1.folio").arg(run))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(waitUntilShown(QStringLiteral("Welcome to Folio")));
}

void TestMainWindowStoreErrors::cleanup()
{
    failEveryStatement(false);
    m_window.reset();
}

QAction* TestMainWindowStoreErrors::action(const QKeySequence& shortcut) const
{
    for (QAction* candidate : m_window->findChildren<QAction*>()) {
        if (candidate->shortcut() == shortcut)
            return candidate;
    }
    return nullptr;
}

void TestMainWindowStoreErrors::failEveryStatement(bool fail)
{
    // SQLite's authorizer refuses every statement prepared from now on: an injected failure
    // on the window's own connection, as a damaged disk would cause.
    const auto deny = [](void*, int, const char*, const char*, const char*, const char*) {
        return SQLITE_DENY;
    };
    sqlite3_set_authorizer(connection(), fail ? +deny : nullptr, nullptr);
}

void TestMainWindowStoreErrors::expectFailureBox(const std::function<void()>& step,
                                                 const QString& phrase)
{
    MessageBox::setNextAnswer(QMessageBox::Ok);
    step();
    QVERIFY2(!MessageBox::hasQueuedAnswers(), "no message box was shown");
    QVERIFY2(MessageBox::lastText().contains(phrase), qPrintable(MessageBox::lastText()));
    QVERIFY2(!MessageBox::lastText().contains(QLatin1String("not authorized")),
             qPrintable(MessageBox::lastText())); // SQLite's words never reach the user
    QVERIFY(m_window->isVisible());
}

void TestMainWindowStoreErrors::failingReadsAreReportedAndTheWindowLivesOn()
{
    m_window->openPage(QStringLiteral("Frequently asked questions"));
    QVERIFY(waitUntilShown(QStringLiteral("Frequently asked questions")));
    const QString unexpected = QStringLiteral("unexpected error");
    failEveryStatement(true);

    // Each of these used to throw into the event loop and end the process.
    expectFailureBox([&] { action(QKeySequence(Qt::ALT | Qt::Key_Home))->trigger(); }, unexpected);
    expectFailureBox([&] { m_window->openPage(QStringLiteral("Writing pages")); }, unexpected);
    expectFailureBox([&] { action(QKeySequence(Qt::CTRL | Qt::Key_E))->trigger(); }, unexpected);
    QVERIFY(!m_window->isEditing());
    TextInputDialog::setNextText(QStringLiteral("A new page"));
    expectFailureBox([&] { action(QKeySequence::New)->trigger(); }, unexpected);
    // The page list filter's Enter opens a page through the same path.
    auto* filter = m_window->pageList()->findChild<QLineEdit*>();
    filter->setText(QStringLiteral("Writing"));
    expectFailureBox([&] { QTest::keyClick(filter, Qt::Key_Return); }, unexpected);

    // Back re-renders the previous page: the page says it cannot be read, and why.
    action(QKeySequence(Qt::ALT | Qt::Key_Left))->trigger();
    QVERIFY(QTest::qWaitFor(
        [&] { return shownText().contains(QLatin1String("This page could not be read.")); },
        15000));
    QVERIFY(shownText().contains(unexpected));

    // The store answers again: everything works.
    failEveryStatement(false);
    action(QKeySequence(Qt::ALT | Qt::Key_Home))->trigger();
    QVERIFY(waitUntilShown(QStringLiteral("Welcome to Folio")));
    action(QKeySequence(Qt::CTRL | Qt::Key_E))->trigger();
    QTRY_VERIFY(m_window->isEditing());
}

void TestMainWindowStoreErrors::aFullDiskKeepsTheTextInTheEditor()
{
    action(QKeySequence(Qt::CTRL | Qt::Key_E))->trigger();
    QTRY_VERIFY(m_window->isEditing());
    QPlainTextEdit* body = m_window->editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("A paragraph that must not be lost."));
    // The file may not grow: SQLite fails as on a full disk.
    m_window->wiki().database().exec(QStringLiteral("PRAGMA max_page_count = 1"));
    expectFailureBox([&] { QVERIFY(!m_window->save()); }, QStringLiteral("disk is full"));
    QVERIFY(m_window->isEditing());
    QVERIFY(body->toPlainText().endsWith(QLatin1String("A paragraph that must not be lost.")));

    m_window->wiki().database().exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    QVERIFY(m_window->save());
    QVERIFY(waitUntilShown(QStringLiteral("Welcome to Folio")));
    QVERIFY(m_window->wiki()
                .pages()
                .find(QStringLiteral("Welcome to Folio"))
                ->content.body.endsWith(QLatin1String("A paragraph that must not be lost.")));
}

void TestMainWindowStoreErrors::aBusyWikiSaysSo()
{
    action(QKeySequence(Qt::CTRL | Qt::Key_E))->trigger();
    QTRY_VERIFY(m_window->isEditing());
    QTest::keyClicks(m_window->editor()->bodyEdit(), QStringLiteral("More. "));
    // Another writer holds the wiki (its lock is given up after SQLite's busy timeout).
    Database other(m_window->wiki().path(), Database::OpenMode::ReadWrite);
    {
        Transaction holding(other);
        expectFailureBox([&] { QVERIFY(!m_window->save()); }, QStringLiteral("busy"));
        QVERIFY(m_window->isEditing());
    }
    QVERIFY(m_window->save());
}

int main(int argc, char* argv[])
{
    FolioScheme::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestMainWindowStoreErrors test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestMainWindowStoreErrors.moc"
