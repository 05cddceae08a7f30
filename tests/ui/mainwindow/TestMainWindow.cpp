#include "SharedLinks.h"
#include "StarterWindow.h"
#include "TestFiles.h"
#include "WebTestHelpers.h"
#include "archive/ArchiveStore.h"
#include "authoring/PageTemplates.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/TextInputDialog.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "editor/MarkdownEdit.h"
#include "editor/PageEditor.h"
#include "editor/PagePreview.h"
#include "history/DiffView.h"
#include "history/HistoryView.h"
#include "linkspanel/ArchivedLinkView.h"
#include "linkspanel/ImportLinksDialog.h"
#include "linkspanel/LinkDetailsView.h"
#include "linkspanel/LinksModel.h"
#include "linkspanel/LinksPanel.h"
#include "linkspanel/LinksWorkspace.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MainWindowActions.h"
#include "pages/DeletedPagesDialog.h"
#include "pages/NewPageDialog.h"
#include "pages/PageListModel.h"
#include "pages/PageListPanel.h"
#include "review/ReviewQueue.h"
#include "searchpanel/SearchPanel.h"
#include "searchpanel/SearchResultsModel.h"
#include "sidebar/Sidebar.h"
#include "store/AttachmentStore.h"
#include "store/PageStore.h"
#include "web/ArchivedPageView.h"
#include "web/FindBar.h"
#include "web/FolioScheme.h"
#include "web/PageView.h"
#include "web/WebProfile.h"
#include "wiki/Wiki.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace folio;
using test::evaluate;

// Drives the real window on the starter wiki, headless: clicks links in the rendered page,
// types in the editor, uses the keyboard shortcuts a person would.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnStarterWelcomePage();
    void clickingWikiLinkOpensTargetAndBackForwardWork();
    void editAndSaveStoresRevisionAndRerenders();
    void missingLinkIsStyledAndOffersCreation();
    void newPageAsksForTitle();
    void aNewPageStartsFromATemplateWithThePreviewBeside();
    void unsavedEditsAreNeverLostSilently();
    void filterBoxNarrowsAndOpensPages();
    void badWikiFileShowsErrorAndKeepsCurrentWiki();
    void searchAnswersAsYouTypeAndOpensHighlighted();
    void searchSuggestsSpellings();
    void backAndForwardReturnToWhereTheReaderWas();
    void theNextStartIsWhereThisOneEnded();
    void pagesAreSignedWithTheChosenName();
    void linksLiveInTheSidebarBesideThePages();
    void matchesInArchivedPagesOpenTheReaderMarked();
    void writersTakePagesThroughReviewToReaders();
    void deletedPagesComeBackWithTheirHistory();
    void historyShowsChangesAndRestoresOlderText();
    void reviewQueueShowsWhatChangedSinceReadersSawIt();
    void aRenameInTheEditorCanBeUndone();
    void aLinkToAnAttachedFileSavesIt();

private:
    QVariant js(const QString& script)
    {
        return test::evaluate(m_window->pageView()->page(), script);
    }
    bool waitUntilShown(const QString& title);
    // With FOLIO_SCREENSHOT_DIR set, saves the window as NAME.png there, to look at.
    void screenshot(const QString& name, QWidget* widget = nullptr);
    void clickLink(const QString& selector);
    void press(QKeySequence keys);

    QStringList listedTitles() const
    {
        QStringList titles;
        const QAbstractItemModel* model = m_window->pageList()->pageView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            titles << model->index(row, 0).data().toString();
        return titles;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<WebProfile> m_profile;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the app does: "19 links", not "19 link(s)". In English whatever the machine's
    // language, as the assertions are; FOLIO_TEST_LANGUAGE=de shows the German window.
    QLocale::setDefault(QLocale(qEnvironmentVariable("FOLIO_TEST_LANGUAGE", QStringLiteral("en"))));
    Translations::install(*QCoreApplication::instance());
    m_profile = std::make_unique<WebProfile>();
}

void TestMainWindow::init()
{
    static int run = 0;
    const QString path = m_dir.filePath(QStringLiteral("wiki-%1.folio").arg(run + 1));
    // Settings of its own for each test: nothing the user has, nothing a test before left.
    m_settings = Settings::inFile(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++run)));
    m_window = std::make_unique<MainWindow>(*m_profile, *m_settings, Wiki::open(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(waitUntilShown(QStringLiteral("Welcome to Folio")));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

bool TestMainWindow::waitUntilShown(const QString& title)
{
    return test::waitUntilPageShown(m_window->pageView()->page(), title);
}

void TestMainWindow::screenshot(const QString& name, QWidget* widget)
{
    const QString folder = qEnvironmentVariable("FOLIO_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(300); // painting follows loading; only the picture depends on it
    (widget ? widget : m_window.get())->grab().save(folder + u'/' + name + QLatin1String(".png"));
}

void TestMainWindow::clickLink(const QString& selector)
{
    // Scroll the link into view, find where it is, and click there with the mouse.
    const QVariantList rect =
        js(QStringLiteral("(() => { const a = document.querySelector('%1'); "
                          "a.scrollIntoView({block: 'center'});"
                          " const r = a.getBoundingClientRect(); return [r.left + r.width / 2, "
                          "r.top + r.height / 2]; })()")
               .arg(selector))
            .toList();
    QVERIFY2(rect.size() == 2, qPrintable(QStringLiteral("no link matches %1").arg(selector)));
    const qreal zoom = m_window->pageView()->zoomFactor();
    const QPoint point(int(rect.at(0).toDouble() * zoom), int(rect.at(1).toDouble() * zoom));
    QWidget* target = m_window->pageView()->focusProxy();
    QTest::mouseMove(target, point);
    QTest::mouseClick(target, Qt::LeftButton, {}, point);
}

void TestMainWindow::press(QKeySequence keys)
{
    const QKeyCombination combination = keys[0];
    QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(focus, combination.key(), combination.keyboardModifiers());
}

void TestMainWindow::opensOnStarterWelcomePage()
{
    QCOMPARE(m_window->currentTitle(), QStringLiteral("Welcome to Folio"));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Welcome to Folio")));
    QVERIFY(m_window->pageList()->pageView()->model()->rowCount() >= 5);
}

void TestMainWindow::clickingWikiLinkOpensTargetAndBackForwardWork()
{
    clickLink(QStringLiteral(".page-body a.wikilink[href$=\"Writing%20pages\"]"));
    QTRY_COMPARE(m_window->currentTitle(), QStringLiteral("Writing pages"));
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));

    press(QKeySequence(Qt::ALT | Qt::Key_Left));
    QVERIFY(waitUntilShown(QStringLiteral("Welcome to Folio")));
    QCOMPARE(m_window->currentTitle(), QStringLiteral("Welcome to Folio"));

    press(QKeySequence(Qt::ALT | Qt::Key_Right));
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));
}

void TestMainWindow::editAndSaveStoresRevisionAndRerenders()
{
    // The whole path a writer takes: follow a link, edit the page found, save.
    clickLink(QStringLiteral(".page-body a.wikilink[href$=\"Frequently%20asked%20questions\"]"));
    QVERIFY(waitUntilShown(QStringLiteral("Frequently asked questions")));
    PageStore& pages = m_window->wiki().pages();
    const qint64 id = pages.find(QStringLiteral("Frequently asked questions"))->id;
    QCOMPARE(pages.history(id).size(), 1);

    press(QKeySequence(Qt::CTRL | Qt::Key_E));
    QTRY_VERIFY(m_window->isEditing());
    QPlainTextEdit* body = m_window->editor()->bodyEdit();
    QVERIFY(body->toPlainText().contains(QLatin1String("Where are my pages stored?")));
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("Edited by the **UI test**."));

    press(QKeySequence(Qt::CTRL | Qt::Key_S));
    QTRY_VERIFY(!m_window->isEditing());
    const QList<Revision> history = pages.history(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().parentId, std::optional<qint64>(history.last().id));
    QVERIFY(history.first().content.body.endsWith(QLatin1String("Edited by the **UI test**.")));
    QTRY_VERIFY(js(QStringLiteral("document.querySelector('.page-body').innerHTML"))
                    .toString()
                    .contains(QLatin1String("Edited by the <strong>UI test</strong>.")));
}

void TestMainWindow::missingLinkIsStyledAndOffersCreation()
{
    clickLink(QStringLiteral(".page-body a.wikilink[href$=\"Writing%20pages\"]"));
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));
    const QString missing = QStringLiteral(".page-body a.wikilink.missing");
    QCOMPARE(js(QStringLiteral("document.querySelector('%1').textContent").arg(missing)).toString(),
             QStringLiteral("Onboarding checklist"));
    // Styled apart from links to existing pages.
    QVERIFY(js(QStringLiteral("getComputedStyle(document.querySelector('%1')).color").arg(missing))
                .toString() != js(QStringLiteral("getComputedStyle(document.querySelector('.page-"
                                                 "body a.wikilink:not(.missing)')).color"))
                                   .toString());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickLink(missing);
    QTRY_VERIFY(m_window->isEditing());
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Onboarding checklist")));
    QCOMPARE(m_window->editor()->titleEdit()->text(), QStringLiteral("Onboarding checklist"));
    QTest::keyClicks(m_window->editor()->bodyEdit(), QStringLiteral("- [ ] Get a laptop"));
    press(QKeySequence(Qt::CTRL | Qt::Key_S));
    QVERIFY(waitUntilShown(QStringLiteral("Onboarding checklist")));
    QVERIFY(m_window->wiki().pages().exists(QStringLiteral("Onboarding checklist")));

    // Back on the guide, the link is no longer "missing".
    press(QKeySequence(Qt::ALT | Qt::Key_Left));
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));
    QCOMPARE(js(QStringLiteral("document.querySelectorAll('%1').length").arg(missing)).toInt(), 0);
}

void TestMainWindow::newPageAsksForTitle()
{
    NewPageDialog::setNextChoice(NewPageDialog::Choice{QStringLiteral("  Release   checklist ")});
    press(QKeySequence(Qt::CTRL | Qt::Key_N));
    QTRY_VERIFY(m_window->isEditing());
    QCOMPARE(m_window->editor()->titleEdit()->text(), QStringLiteral("Release checklist"));
    QTest::keyClicks(m_window->editor()->bodyEdit(), QStringLiteral("1. Tag the build"));
    press(QKeySequence(Qt::CTRL | Qt::Key_S));
    QVERIFY(waitUntilShown(QStringLiteral("Release checklist")));

    // A title that is taken is refused with a message, and nothing is created.
    const int count = m_window->wiki().pages().count();
    NewPageDialog::setNextChoice(NewPageDialog::Choice{QStringLiteral("release CHECKLIST")});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    press(QKeySequence(Qt::CTRL | Qt::Key_N));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("already exists")));
    QVERIFY(!m_window->isEditing());
    QCOMPARE(m_window->wiki().pages().count(), count);
}

void TestMainWindow::aNewPageStartsFromATemplateWithThePreviewBeside()
{
    const std::optional<Page> faq = m_window->wiki().pages().find(QStringLiteral("Template: FAQ"));
    QVERIFY(faq);
    if (qEnvironmentVariableIsSet("FOLIO_SCREENSHOT_DIR")) {
        NewPageDialog dialog(PageTemplates::list(m_window->wiki().pages()), m_window.get());
        dialog.show();
        screenshot(QStringLiteral("new-page-dialog"), &dialog);
        dialog.close();
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
    }
    NewPageDialog::setNextChoice(NewPageDialog::Choice{QStringLiteral("VPN questions"), faq->id});
    press(QKeySequence(Qt::CTRL | Qt::Key_N));
    QTRY_VERIFY(m_window->isEditing());
    PageEditor* editor = m_window->editor();
    const PageContent draft = editor->content();
    QCOMPARE(draft.title, QStringLiteral("VPN questions"));
    QCOMPARE(draft.kind, PageKind::Faq);
    QVERIFY(draft.tags.isEmpty());
    QVERIFY(draft.body.contains(QLatin1String("about VPN questions.")));
    QVERIFY(!draft.body.contains(QLatin1String("{{")));
    // The preview shows the template's text rendered, beside the source.
    QCOMPARE(editor->viewMode(), PageEditor::ViewMode::Split);
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(editor->preview()->page(),
                 QStringLiteral("document.querySelector('.page-body h2') ? "
                                "document.querySelector('.page-body h2').textContent : ''"))
            .toString()
            .endsWith(u'?'),
        15000);
    editor->bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor->bodyEdit(), QStringLiteral("[[writ"));
    QTRY_VERIFY(editor->bodyEdit()->completer()->popup()->isVisible());
    // Source and preview share the width.
    QVERIFY(editor->preview()->width() > editor->width() / 4);
    QVERIFY(editor->bodyEdit()->width() > editor->width() / 4);
    screenshot(QStringLiteral("split-editor"));
    QTest::keyClick(editor->bodyEdit()->completer()->popup(), Qt::Key_Return);
    QVERIFY(editor->bodyEdit()->toPlainText().endsWith(QLatin1String("[[Writing pages]]")));
    press(QKeySequence(Qt::CTRL | Qt::Key_S));
    QVERIFY(waitUntilShown(QStringLiteral("VPN questions")));
    // The template itself is untouched.
    QCOMPARE(m_window->wiki().pages().find(faq->id)->content.body, faq->content.body);
}

void TestMainWindow::unsavedEditsAreNeverLostSilently()
{
    clickLink(QStringLiteral(".page-body a.wikilink[href$=\"Writing%20pages\"]"));
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));
    press(QKeySequence(Qt::CTRL | Qt::Key_E));
    QTRY_VERIFY(m_window->isEditing());
    QTest::keyClicks(m_window->editor()->bodyEdit(), QStringLiteral("draft words "));

    // Going back asks; "Cancel" keeps the draft in the editor.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    press(QKeySequence(Qt::ALT | Qt::Key_Left));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("not saved")));
    QVERIFY(m_window->isEditing());
    QVERIFY(m_window->editor()->bodyEdit()->toPlainText().contains(QLatin1String("draft words")));

    // "Save" stores it before leaving.
    MessageBox::setNextAnswer(QMessageBox::Save);
    press(QKeySequence(Qt::ALT | Qt::Key_Left));
    QVERIFY(waitUntilShown(QStringLiteral("Welcome to Folio")));
    QVERIFY(m_window->wiki()
                .pages()
                .find(QStringLiteral("Writing pages"))
                ->content.body.contains(QLatin1String("draft words")));
}

void TestMainWindow::filterBoxNarrowsAndOpensPages()
{
    press(QKeySequence(Qt::CTRL | Qt::Key_L));
    QLineEdit* filter = m_window->pageList()->filterEdit();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("cheat"));
    QCOMPARE(m_window->pageList()->pageView()->model()->rowCount(), 1);
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(waitUntilShown(QStringLiteral("Markdown cheat sheet")));
    // Focus left the filter box, so the window's shortcuts work at once.
    QVERIFY(!filter->hasFocus());
    press(QKeySequence(Qt::CTRL | Qt::Key_E));
    QTRY_VERIFY(m_window->isEditing());
}

void TestMainWindow::badWikiFileShowsErrorAndKeepsCurrentWiki()
{
    const QString bad = m_dir.filePath(QStringLiteral("notes.folio"));
    test::writeFile(bad, "my notes, not a wiki");
    const QByteArray before = test::fingerprint(bad);
    const QString current = m_window->wiki().path();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->openWikiFile(bad);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("not a Folio wiki")));
    QCOMPARE(m_window->wiki().path(), current);
    QCOMPARE(test::fingerprint(bad), before);
}

void TestMainWindow::searchAnswersAsYouTypeAndOpensHighlighted()
{
    press(QKeySequence(Qt::CTRL | Qt::Key_K));
    QLineEdit* field = m_window->searchField();
    QTRY_VERIFY(field->hasFocus());
    QAbstractItemModel* results = m_window->searchPanel()->listView()->model();
    QTest::keyClicks(field, QStringLiteral("cheat"));
    QVERIFY(m_window->isShowingSearch());
    QTRY_VERIFY(results->rowCount() >= 1);
    QTRY_COMPARE(results->index(0, 0).data().toString(),
                 QStringLiteral("Markdown cheat sheet")); // title first
    // Pages that mention it show the words around it, marked.
    QTRY_VERIFY(results->rowCount() >= 2);
    QVERIFY(results->index(1, 0)
                .data(SearchResultsModel::SnippetHtmlRole)
                .toString()
                .contains(QLatin1String("<mark>cheat</mark>")));
    screenshot(QStringLiteral("search-cheat"));

    field->clear();
    QTest::keyClicks(field, QStringLiteral("revision"));
    QTRY_VERIFY(results->rowCount() >= 2);
    const QString second = results->index(1, 0).data().toString();
    QTest::keyClick(field, Qt::Key_Down);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(waitUntilShown(second));
    QTRY_VERIFY(
        js(QStringLiteral("document.querySelectorAll('mark.folio-search').length")).toInt() > 0);

    // Esc in the field leaves the search and brings the page list back.
    press(QKeySequence(Qt::CTRL | Qt::Key_K));
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!m_window->isShowingSearch());
    QVERIFY(field->text().isEmpty());

    // Ctrl+K searches in the editor too; Ctrl+F there is the editor's, not the window's.
    // A shortcut acts while the key is delivered, so the checks hold at once, no waiting.
    m_window->pageView()->setFocus();
    press(QKeySequence(Qt::CTRL | Qt::Key_E));
    QTRY_VERIFY(m_window->isEditing());
    QVERIFY(m_window->editor()->bodyEdit()->hasFocus());
    press(QKeySequence(Qt::CTRL | Qt::Key_F));
    QVERIFY(!field->hasFocus());
    QVERIFY(m_window->editor()->bodyEdit()->hasFocus());
    QVERIFY(!m_window->findBar()->isVisible());
    press(QKeySequence(Qt::CTRL | Qt::Key_K));
    QVERIFY(field->hasFocus());
}

void TestMainWindow::searchSuggestsSpellings()
{
    press(QKeySequence(Qt::CTRL | Qt::Key_K));
    QLineEdit* field = m_window->searchField();
    QTest::keyClicks(field, QStringLiteral("markdwon "));
    QAbstractItemModel* results = m_window->searchPanel()->listView()->model();
    QTRY_COMPARE(results->rowCount(), 1);
    QCOMPARE(results->index(0, 0).data(SearchResultsModel::SuggestionRole).toString(),
             QStringLiteral("markdown"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(field->text(), QStringLiteral("markdown"));

    // A word still being typed gets its suggestion once typing pauses.
    field->clear();
    QTest::keyClicks(field, QStringLiteral("chaet"));
    QTRY_COMPARE(results->index(0, 0).data(SearchResultsModel::SuggestionRole).toString(),
                 QStringLiteral("cheat"));
    field->setText(QStringLiteral("markdown"));
    QTRY_VERIFY(results->rowCount() >= 1 &&
                results->index(0, 0).data(SearchResultsModel::SuggestionRole).isNull());
}

void TestMainWindow::backAndForwardReturnToWhereTheReaderWas()
{
    QString body;
    for (int i = 1; i <= 120; ++i)
        body += QStringLiteral("Paragraph %1 of a long guide.\n\n").arg(i);
    m_window->wiki().pages().create(
        PageContent{QStringLiteral("Long guide"), PageKind::Guide, {}, body},
        QStringLiteral("ana"));
    m_window->openPage(QStringLiteral("Long guide"));
    QVERIFY(waitUntilShown(QStringLiteral("Long guide")));
    js(QStringLiteral("window.scrollTo(0, 1500)"));
    QTRY_COMPARE(m_window->pageView()->page()->scrollPosition().y(), 1500.0);

    m_window->openPage(QStringLiteral("Frequently asked questions"));
    QVERIFY(waitUntilShown(QStringLiteral("Frequently asked questions")));
    QTRY_COMPARE(m_window->pageView()->page()->scrollPosition().y(), 0.0);
    js(QStringLiteral("window.scrollTo(0, 200)"));
    QTRY_COMPARE(m_window->pageView()->page()->scrollPosition().y(), 200.0);

    press(QKeySequence(Qt::ALT | Qt::Key_Left));
    QVERIFY(waitUntilShown(QStringLiteral("Long guide")));
    QTRY_COMPARE(m_window->pageView()->page()->scrollPosition().y(), 1500.0);
    press(QKeySequence(Qt::ALT | Qt::Key_Right));
    QVERIFY(waitUntilShown(QStringLiteral("Frequently asked questions")));
    QTRY_COMPARE(m_window->pageView()->page()->scrollPosition().y(), 200.0);
}

void TestMainWindow::theNextStartIsWhereThisOneEnded()
{
    m_window->openPage(QStringLiteral("Frequently asked questions"));
    QVERIFY(waitUntilShown(QStringLiteral("Frequently asked questions")));
    press(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    const qreal zoom = m_window->pageView()->zoomFactor();
    QVERIFY(zoom > 1.0);
    press(QKeySequence(Qt::CTRL | Qt::Key_B)); // hide the page list
    QVERIFY(!m_window->pageList()->isVisibleTo(m_window.get()));
    QVERIFY(test::restartWindow(m_window, *m_profile, *m_settings));
    QVERIFY(waitUntilShown(QStringLiteral("Frequently asked questions")));
    QCOMPARE(m_window->pageView()->zoomFactor(), zoom);
    QVERIFY(!m_window->pageList()->isVisibleTo(m_window.get()));
}

void TestMainWindow::pagesAreSignedWithTheChosenName()
{
    // Saved with the login name by default (it was "unknown"), or the name the writer gives.
    TextInputDialog::setNextText(QStringLiteral("  Ana   Lima "));
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->text().contains(QLatin1String("Name in Page History")))
            action->trigger();
    }
    QCOMPARE(m_settings->authorName(), QStringLiteral("Ana Lima"));
    press(QKeySequence(Qt::CTRL | Qt::Key_E));
    QTRY_VERIFY(m_window->isEditing());
    QTest::keyClicks(m_window->editor()->bodyEdit(), QStringLiteral("Signed. "));
    press(QKeySequence(Qt::CTRL | Qt::Key_S));
    QTRY_VERIFY(!m_window->isEditing());
    const Page page = *m_window->wiki().pages().find(QStringLiteral("Welcome to Folio"));
    QCOMPARE(m_window->wiki().pages().history(page.id).first().author, QStringLiteral("Ana Lima"));
}

void TestMainWindow::linksLiveInTheSidebarBesideThePages()
{
    // Ctrl+Shift+L: the links panel, with the focus in its filter (Ctrl+L stays the pages').
    press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QCOMPARE(m_window->sidebar()->currentPanel(), QStringLiteral("links"));
    LinksPanel* panel = m_window->links()->panel();
    QTRY_VERIFY(panel->filterEdit()->hasFocus());

    press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    ImportLinksDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ImportLinksDialog*>()) != nullptr);
    dialog->setPath(QStringLiteral(FOLIO_TEST_DATA_DIR "/links/slack/workspace"));
    QSignalSpy imported(dialog, &ImportLinksDialog::imported);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(imported.wait(20000));
    screenshot(QStringLiteral("links-import"));
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<ImportLinksDialog*>()); // closing deletes it
    QTRY_COMPARE(panel->model()->rowCount(), 19);

    // A link's shares take the content area; a page brings the page back.
    m_window->activateWindow();
    panel->view()->setFocus(Qt::MouseFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), panel->view());
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    QTRY_VERIFY(m_window->isShowingLink());
    QVERIFY(!m_window->links()->details()->sharesView()->toPlainText().isEmpty());
    screenshot(QStringLiteral("links-panel"));
    press(QKeySequence(Qt::CTRL | Qt::Key_L));
    QCOMPARE(m_window->sidebar()->currentPanel(), QStringLiteral("pages"));
    m_window->openPage(QStringLiteral("Frequently asked questions"));
    QVERIFY(waitUntilShown(QStringLiteral("Frequently asked questions")));
    QVERIFY(!m_window->isShowingLink());

    // The one search finds links too, after the pages; Enter on one shows its shares.
    press(QKeySequence(Qt::CTRL | Qt::Key_K));
    QTest::keyClicks(m_window->searchField(), QStringLiteral("bloom"));
    QTRY_VERIFY(m_window->searchPanel()->statusText().startsWith(QLatin1String("1 link")));
    QTest::keyClick(m_window->searchField(), Qt::Key_Return);
    QTRY_VERIFY(m_window->isShowingLink());
    QVERIFY(
        m_window->links()->details()->sharesView()->toPlainText().contains(QLatin1String("dana")));
    QTest::keyClick(m_window->searchField(), Qt::Key_Escape);

    // The panel shown is remembered.
    press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QVERIFY(test::restartWindow(m_window, *m_profile, *m_settings));
    QCOMPARE(m_window->sidebar()->currentPanel(), QStringLiteral("links"));
    QCOMPARE(m_window->links()->panel()->model()->rowCount(), 19);
}

void TestMainWindow::matchesInArchivedPagesOpenTheReaderMarked()
{
    // A link archived earlier (by another run of Folio, as far as this window knows).
    const QString url = QStringLiteral("https://example.org/articles/offline-first");
    const qint64 id = test::shareLinks(m_window->wiki().links(), {url}).first();
    CaptureResult capture;
    capture.finalUrl = QUrl(url);
    capture.content = QByteArrayLiteral("MIME-Version: 1.0\r\n\r\n");
    capture.contentType = QStringLiteral("multipart/related");
    capture.title = QStringLiteral("Offline first");
    capture.text = QStringLiteral("Support agents read on planes.\n\nA zeppelin never "
                                  "needs the network, and neither should the zeppelin's manual.");
    ArchiveStore(m_window->wiki().database()).recordCapture(id, capture, 1700000000000LL);

    // The word is only in the archived text: the hit says so, and Enter opens the reader.
    press(QKeySequence(Qt::CTRL | Qt::Key_K));
    QLineEdit* field = m_window->searchField();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("zeppelin"));
    QAbstractItemModel* results = m_window->searchPanel()->listView()->model();
    QTRY_COMPARE(results->rowCount(), 1);
    QVERIFY(results->index(0, 0).data(SearchResultsModel::InArchiveRole).toBool());
    QTest::keyClick(field, Qt::Key_Return);
    ArchivedLinkView* reader = m_window->links()->reader();
    QVERIFY(reader);
    QTRY_VERIFY(reader->isVisible());
    QCOMPARE(reader->linkId(), id);
    QCOMPARE(reader->mode(), ArchivedLinkView::Mode::Reader);
    QTRY_COMPARE(test::evaluate(reader->pageView()->page(),
                                QStringLiteral("document.querySelectorAll('mark.folio-search')"
                                               ".length"))
                     .toInt(),
                 2);
    screenshot(QStringLiteral("search-archived"));
}

void TestMainWindow::writersTakePagesThroughReviewToReaders()
{
    const MainWindowActions& a = m_window->actions();
    QVERIFY(!m_window->showsDrafts());
    QCOMPARE(m_window->pageStateText(), QStringLiteral("Published · Internal"));
    QVERIFY(!a.publish->isEnabled());

    // A writer's new page is a draft, and drafts are then shown so it stays in sight.
    NewPageDialog::setNextChoice(NewPageDialog::Choice{QStringLiteral("Release checklist")});
    press(QKeySequence(Qt::CTRL | Qt::Key_N));
    QTRY_VERIFY(m_window->isEditing());
    QVERIFY(!a.publish->isEnabled()); // nothing to publish while editing a new page
    QTest::keyClicks(m_window->editor()->bodyEdit(), QStringLiteral("Tag the zeppelin build."));
    press(QKeySequence(Qt::CTRL | Qt::Key_S));
    QVERIFY(waitUntilShown(QStringLiteral("Release checklist")));
    QCOMPARE(m_window->pageStateText(), QStringLiteral("Draft · Internal"));
    QVERIFY(m_window->showsDrafts());
    QVERIFY(listedTitles().contains(QStringLiteral("Release checklist")));
    QVERIFY(a.submitForReview->isEnabled());
    QVERIFY(!a.sendBack->isEnabled());

    // Hidden from readers: the list and the search leave it out.
    a.showDrafts->trigger();
    QVERIFY(!m_window->showsDrafts());
    QVERIFY(!listedTitles().contains(QStringLiteral("Release checklist")));
    press(QKeySequence(Qt::CTRL | Qt::Key_K));
    QTest::keyClicks(m_window->searchField(), QStringLiteral("zeppelin"));
    QTRY_VERIFY(m_window->searchPanel()->statusText().contains(QLatin1String("No page")));
    a.showDrafts->trigger(); // the search asks again
    QTRY_COMPARE(m_window->searchPanel()->listView()->model()->rowCount(), 1);
    QTest::keyClick(m_window->searchField(), Qt::Key_Escape);
    screenshot(QStringLiteral("review-draft"));

    // One click each: submit, publish; each is a revision signed by the writer.
    a.submitForReview->trigger();
    QCOMPARE(m_window->pageStateText(), QStringLiteral("In review · Internal"));
    a.makePublic->trigger();
    QCOMPARE(m_window->pageStateText(), QStringLiteral("In review · Public"));
    a.publish->trigger();
    QCOMPARE(m_window->pageStateText(), QStringLiteral("Published · Public"));
    QVERIFY(!a.publish->isEnabled());
    QVERIFY(a.sendBack->isEnabled());
    const Page page = *m_window->wiki().pages().find(QStringLiteral("Release checklist"));
    const QList<Revision> history = m_window->wiki().pages().history(page.id);
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.first().summary, QStringLiteral("Published"));
    QCOMPARE(history.first().author, m_settings->authorName());

    // Published, readers see it without drafts shown.
    a.showDrafts->trigger();
    QVERIFY(listedTitles().contains(QStringLiteral("Release checklist")));
    QVERIFY(!m_settings->value(Settings::Key::ShowDrafts).toBool()); // remembered
}

void TestMainWindow::deletedPagesComeBackWithTheirHistory()
{
    m_window->openPage(QStringLiteral("Writing pages"));
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));
    const qint64 id = m_window->wiki().pages().find(QStringLiteral("Writing pages"))->id;
    const qsizetype revisions = m_window->wiki().pages().history(id).size();

    // Cancel keeps it; Yes deletes it and goes home.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window->actions().deletePage->trigger();
    QVERIFY(m_window->wiki().pages().exists(QStringLiteral("Writing pages")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->actions().deletePage->trigger();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("history is kept")));
    QVERIFY(waitUntilShown(QStringLiteral("Welcome to Folio")));
    QVERIFY(!listedTitles().contains(QStringLiteral("Writing pages")));

    m_window->actions().deletedPages->trigger();
    DeletedPagesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<DeletedPagesDialog*>()) != nullptr);
    QCOMPARE(dialog->list()->topLevelItemCount(), 1);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(0), QStringLiteral("Writing pages"));
    screenshot(QStringLiteral("deleted-pages"), dialog);
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));
    QCOMPARE(dialog->list()->topLevelItemCount(), 0);
    QVERIFY(listedTitles().contains(QStringLiteral("Writing pages")));
    QCOMPARE(m_window->wiki().pages().history(id).size(), revisions + 1);
    dialog->close();
}

void TestMainWindow::historyShowsChangesAndRestoresOlderText()
{
    const QString title = QStringLiteral("Welcome to Folio");
    const QString before = m_window->wiki().pages().find(title)->content.body;
    press(QKeySequence(Qt::CTRL | Qt::Key_E));
    QTRY_VERIFY(m_window->isEditing());
    QPlainTextEdit* body = m_window->editor()->bodyEdit();
    QTextCursor cursor = body->textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.insertText(QStringLiteral("Read this first, then the rest.\n\n"));
    body->setTextCursor(cursor);
    press(QKeySequence(Qt::CTRL | Qt::Key_S));
    QVERIFY(waitUntilShown(title));

    press(QKeySequence(Qt::CTRL | Qt::Key_H));
    HistoryView* history = m_window->historyView();
    QTRY_VERIFY(history->isVisible());
    QCOMPARE(history->revisions()->topLevelItemCount(), 2);
    QVERIFY2(history->heading().contains(QLatin1String("2 lines added, 0 removed")),
             qPrintable(history->heading()));
    QVERIFY(history->diff()->toPlainText().contains(QLatin1String("Read this first")));
    QTest::mouseClick(history->layoutButton(), Qt::LeftButton);
    screenshot(QStringLiteral("history-diff"));

    // The first revision's text comes back as a new one; Back shows it.
    history->revisions()->setCurrentItem(history->revisions()->topLevelItem(1));
    QTest::mouseClick(history->restoreButton(), Qt::LeftButton);
    QCOMPARE(history->revisions()->topLevelItemCount(), 3);
    QCOMPARE(m_window->wiki().pages().find(title)->content.body, before);
    QTest::mouseClick(history->backButton(), Qt::LeftButton);
    QTRY_VERIFY(!history->isVisible());
    QVERIFY(waitUntilShown(title));
    QTRY_VERIFY(
        !js(QStringLiteral("document.body.textContent.includes('Read this first')")).toBool());
}

void TestMainWindow::reviewQueueShowsWhatChangedSinceReadersSawIt()
{
    const MainWindowActions& a = m_window->actions();
    const QString title = QStringLiteral("Writing pages");
    m_window->openPage(title);
    QVERIFY(waitUntilShown(title));
    // A writer takes a published page back to draft, changes it and asks for review.
    a.sendBack->trigger();
    press(QKeySequence(Qt::CTRL | Qt::Key_E));
    QTRY_VERIFY(m_window->isEditing());
    QTextCursor cursor = m_window->editor()->bodyEdit()->textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.insertText(QStringLiteral("Ask a reviewer before you publish.\n\n"));
    press(QKeySequence(Qt::CTRL | Qt::Key_S));
    QVERIFY(waitUntilShown(title));
    QCOMPARE(m_window->pageStateText(), QStringLiteral("Draft · Internal"));
    a.submitForReview->trigger();

    ReviewQueuePanel* queue = m_window->reviewQueue();
    QCOMPARE(queue->count(), 1);
    m_window->sidebar()->showPanel(QStringLiteral("review"));
    QTest::mouseClick(queue->list()->viewport(), Qt::LeftButton, {},
                      queue->list()->visualItemRect(queue->list()->item(0)).center());
    ReviewView* review = m_window->reviewView();
    QTRY_VERIFY(review->isVisible());
    QVERIFY2(review->heading().startsWith(QLatin1String("Changes since readers last saw it")),
             qPrintable(review->heading()));
    QVERIFY(review->diff()->toPlainText().contains(QLatin1String("Ask a reviewer")));
    QCOMPARE(review->diff()->addedLines(), 2);
    screenshot(QStringLiteral("review-queue"));

    // Publish: one click, recorded; the queue empties.
    QTest::mouseClick(review->publishButton(), Qt::LeftButton);
    QCOMPARE(queue->count(), 0);
    QVERIFY(!review->publishButton()->isEnabled());
    const Page page = *m_window->wiki().pages().find(title);
    QCOMPARE(page.state.status, PageStatus::Published);
    QCOMPARE(m_window->wiki().pages().history(page.id).first().summary,
             QStringLiteral("Published"));
    QTest::mouseClick(review->openButton(), Qt::LeftButton);
    QVERIFY(waitUntilShown(title));

    // A page never published is all new to readers.
    NewPageDialog::setNextChoice(NewPageDialog::Choice{QStringLiteral("On-call")});
    press(QKeySequence(Qt::CTRL | Qt::Key_N));
    QTRY_VERIFY(m_window->isEditing());
    QTest::keyClicks(m_window->editor()->bodyEdit(), QStringLiteral("Phone first."));
    press(QKeySequence(Qt::CTRL | Qt::Key_S));
    QVERIFY(waitUntilShown(QStringLiteral("On-call")));
    a.submitForReview->trigger();
    QCOMPARE(queue->count(), 1);
    Q_EMIT queue->pageChosen(queue->list()->item(0)->data(Qt::UserRole).toLongLong());
    QTRY_VERIFY(review->isVisible());
    QVERIFY(review->heading().contains(QLatin1String("never seen")));
    QTest::mouseClick(review->sendBackButton(), Qt::LeftButton);
    QCOMPARE(queue->count(), 0);
    QCOMPARE(m_window->wiki().pages().find(QStringLiteral("On-call"))->state.status,
             PageStatus::Draft);
}

void TestMainWindow::aRenameInTheEditorCanBeUndone()
{
    const MainWindowActions& a = m_window->actions();
    QVERIFY(!a.undoRename->isEnabled());
    m_window->openPage(QStringLiteral("Writing pages"));
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));
    press(QKeySequence(Qt::CTRL | Qt::Key_E));
    QTRY_VERIFY(m_window->isEditing());
    m_window->editor()->titleEdit()->setText(QStringLiteral("Editing pages"));
    press(QKeySequence(Qt::CTRL | Qt::Key_S));
    QVERIFY(waitUntilShown(QStringLiteral("Editing pages")));
    PageStore& pages = m_window->wiki().pages();
    QVERIFY(pages.find(QStringLiteral("Frequently asked questions"))
                ->content.body.contains(QLatin1String("[[Editing pages#Create a page]]")));
    QVERIFY(a.undoRename->isEnabled());
    QVERIFY(a.undoRename->text().contains(QLatin1String("Writing pages")));

    a.undoRename->trigger();
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));
    QVERIFY(pages.find(QStringLiteral("Frequently asked questions"))
                ->content.body.contains(QLatin1String("[[Writing pages#Create a page]]")));
    QVERIFY(pages.find(QStringLiteral("Welcome to Folio"))
                ->content.body.contains(QLatin1String("[[Writing pages]]")));
    QVERIFY(!a.undoRename->isEnabled());
}

void TestMainWindow::aLinkToAnAttachedFileSavesIt()
{
    const QByteArray pdf("%PDF-1.4\n% the printer manual\n");
    const Page page = m_window->wiki().pages().create(
        PageContent{QStringLiteral("Printers"),
                    PageKind::Guide,
                    {},
                    QStringLiteral("Read [the manual](manual%20v2.pdf) first.\n")},
        QStringLiteral("ana"));
    AttachmentStore attachments(m_window->wiki().database());
    attachments.attach(page.id, QStringLiteral("manual v2.pdf"),
                       attachments.add(pdf, QStringLiteral("application/pdf")));
    m_window->openPage(QStringLiteral("Printers"));
    QVERIFY(waitUntilShown(QStringLiteral("Printers")));

    // The reader chooses where; the file arrives whole.
    const QString saved = m_dir.filePath(QStringLiteral("saved manual.pdf"));
    FileDialog::setNextPath(saved);
    clickLink(QStringLiteral(".page-body a[href*=\"/attachment/\"]"));
    QTRY_VERIFY(QFileInfo::exists(saved));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pdf);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("saved manual.pdf")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_window->currentTitle(), QStringLiteral("Printers"));

    // Where it cannot be written, the reader is told where and why.
    const QString nowhere = m_dir.filePath(QStringLiteral("no such folder/manual.pdf"));
    FileDialog::setNextPath(nowhere);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    clickLink(QStringLiteral(".page-body a[href*=\"/attachment/\"]"));
    QTRY_VERIFY(!MessageBox::hasQueuedAnswers());
    QVERIFY2(MessageBox::lastText().contains(nowhere), qPrintable(MessageBox::lastText()));
}

int main(int argc, char* argv[])
{
    FolioScheme::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestMainWindow.moc"
