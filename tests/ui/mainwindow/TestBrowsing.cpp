#include "ModalAnswer.h"
#include "StarterWindow.h"
#include "TestFiles.h"
#include "WebTestHelpers.h"
#include "archive/PdfText.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/TextInputDialog.h"
#include "common/Theme.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "editor/MarkdownEdit.h"
#include "editor/MarkdownHighlighter.h"
#include "editor/PageEditor.h"
#include "editor/PagePreview.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MainWindowActions.h"
#include "mainwindow/ShortcutsDialog.h"
#include "navigation/QuickSwitcher.h"
#include "pages/PageListModel.h"
#include "pages/PageListPanel.h"
#include "pages/TagsPanel.h"
#include "settings/SettingsDialog.h"
#include "sidebar/Sidebar.h"
#include "web/FindBar.h"
#include "web/FolioScheme.h"
#include "web/PagePrinter.h"
#include "web/PageView.h"
#include "web/WebProfile.h"
#include "wiki/Wiki.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QWheelEvent>

using namespace folio;

// Reading and finding one's way, as a support agent does, from the keyboard: the real window
// on the starter wiki, headless.
class TestBrowsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlPGoesToAPageByAFewLetters();
    void ctrlFFindsInThePage();
    void thePageListWorksFromTheKeyboard();
    void thePageListsMenuCopiesRenamesAndDeletes();
    void aPageShowsWhatLinksToIt();
    void aTagChipListsThePagesCarryingIt();
    void aPageIsExportedAsAPdf();
    void f1ListsEveryShortcut();
    void aNewWikiIsMadeFromTheWindowAndRemembered();
    void zoomIsShownAndReachesTheEditor();
    void favoritesAndRecentlyViewedPagesAreAMenuAway();
    void aLongPageOpensWithItsContents();
    void doneTasksReadAsDone();
    void aRestartWithDraftsShownShowsThem();
    void aRestartOnTheTagsPanelCountsTheTags();
    void aPageAskedForByAnotherStartWaitsForAnOpenDialog();
    void theWholeWindowTurnsDarkAndBack();
    void settingsApplyAtOnce();
    void pagesAreDraggedUnderOthersAndBackWithUndo();
    void codeBlocksAreColouredWithoutScript();

private:
    bool waitUntilShown(const QString& title)
    {
        return test::waitUntilPageShown(m_window->pageView()->page(), title);
    }
    void press(QKeyCombination keys)
    {
        QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(focus, keys.key(), keys.keyboardModifiers());
    }

    // Opens the page list's context menu on its current row (the Menu key) and chooses the
    // entry whose text starts with `entry`, once the menu is up.
    void chooseFromListMenu(const QString& entry)
    {
        QTreeView* list = m_window->pageList()->pageView();
        bool chosen = false;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            poll.stop();
            for (QAction* action : menu->actions()) {
                if (action->text().remove(u'&').startsWith(entry)) {
                    menu->setActiveAction(action);
                    QTest::keyClick(menu, Qt::Key_Return);
                    chosen = true;
                    return;
                }
            }
            menu->close();
        });
        poll.start(10);
        const QPoint at = list->visualRect(list->currentIndex()).center();
        QContextMenuEvent event(QContextMenuEvent::Keyboard, at, list->viewport()->mapToGlobal(at));
        QApplication::sendEvent(list->viewport(), &event);
        QVERIFY2(chosen, qPrintable(entry));
    }
    // The text of each element of the page on screen that `selector` picks.
    QStringList shownTexts(const QString& selector) const
    {
        return test::evaluate(m_window->pageView()->page(),
                              QStringLiteral("Array.from(document.querySelectorAll('%1'), "
                                             "e => e.textContent)")
                                  .arg(selector))
            .toStringList();
    }
    QString listTitle() const
    {
        return m_window->pageList()->pageView()->currentIndex().data().toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<WebProfile> m_profile;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestBrowsing::initTestCase()
{
    test::StarterWindow::prepareApplication();
    m_profile = std::make_unique<WebProfile>();
}

void TestBrowsing::init()
{
    test::StarterWindow starter;
    QVERIFY(starter.open(*m_profile, m_dir));
    m_settings = std::move(starter.settings);
    m_window = std::move(starter.window);
}

void TestBrowsing::cleanup()
{
    m_window.reset();
}

void TestBrowsing::ctrlPGoesToAPageByAFewLetters()
{
    QStringList offered;
    test::onNextModal<QuickSwitcher>([&](QuickSwitcher& switcher) {
        auto* list = switcher.findChild<QListWidget*>();
        for (int i = 0; i < list->count(); ++i)
            offered << list->item(i)->text();
        QTest::keyClicks(switcher.findChild<QLineEdit*>(), QStringLiteral("mark che"));
        test::screenshot(switcher, QStringLiteral("quick-switcher"));
        QTest::keyClick(switcher.findChild<QLineEdit*>(), Qt::Key_Return);
    });
    press(QKeyCombination(Qt::CTRL, Qt::Key_P));
    QVERIFY(waitUntilShown(QStringLiteral("Markdown cheat sheet")));
    // With nothing typed, the page on screen came first: it is the one opened last.
    QVERIFY(!offered.isEmpty());
    QCOMPARE(offered.first(), QStringLiteral("Welcome to Folio"));

    // Esc leaves the page as it was; the last page read now leads the list.
    offered.clear();
    test::onNextModal<QuickSwitcher>([&](QuickSwitcher& switcher) {
        auto* list = switcher.findChild<QListWidget*>();
        for (int i = 0; i < list->count(); ++i)
            offered << list->item(i)->text();
        test::screenshot(switcher, QStringLiteral("quick-switcher-recent"));
        QTest::keyClicks(switcher.findChild<QLineEdit*>(), QStringLiteral("zzq"));
        test::screenshot(switcher, QStringLiteral("quick-switcher-nothing"));
        QTest::keyClick(switcher.findChild<QLineEdit*>(), Qt::Key_Escape);
    });
    // A window manager gives the window back its focus when a dialog closes; offscreen, the
    // test does.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    press(QKeyCombination(Qt::CTRL, Qt::Key_P));
    QTRY_VERIFY(!offered.isEmpty());
    QCOMPARE(offered.mid(0, 2), (QStringList{QStringLiteral("Markdown cheat sheet"),
                                             QStringLiteral("Welcome to Folio")}));
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_window->currentTitle(), QStringLiteral("Markdown cheat sheet"));
}

void TestBrowsing::ctrlFFindsInThePage()
{
    m_window->pageView()->setFocus();
    press(QKeyCombination(Qt::CTRL, Qt::Key_F));
    FindBar* bar = m_window->findBar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->field()->hasFocus());
    QVERIFY(!m_window->searchField()->hasFocus()); // the wiki's search stays on Ctrl+K

    // "Alt+" is on the welcome page more than once: the first match is the active one.
    QTest::keyClicks(bar->field(), QStringLiteral("alt+"));
    const QRegularExpression count(QStringLiteral("^1 of (\\d+)$"));
    QTRY_VERIFY(count.match(bar->matchText()).hasMatch());
    const int total = count.match(bar->matchText()).captured(1).toInt();
    QVERIFY2(total >= 3, qPrintable(bar->matchText()));
    const QString of = QStringLiteral(" of %1").arg(total);
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QTRY_COMPARE(bar->matchText(), QLatin1String("2") + of);
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    QTRY_COMPARE(bar->matchText(), QLatin1String("1") + of);
    QTest::keyClick(bar->field(), Qt::Key_F3);
    QTRY_COMPARE(bar->matchText(), QLatin1String("2") + of);
    // Ctrl+F again only gives the bar the keyboard: the next F3 is the third match, not
    // the fourth (or the first again).
    press(QKeyCombination(Qt::CTRL, Qt::Key_F));
    QVERIFY(bar->field()->hasFocus());
    press(QKeyCombination(Qt::Key_F3));
    QTRY_COMPARE(bar->matchText(), QLatin1String("3") + of);
    test::screenshot(*m_window, QStringLiteral("find-in-page"));

    QTest::keyClick(bar->field(), Qt::Key_End); // Ctrl+F selected the words
    QTest::keyClicks(bar->field(), QStringLiteral("qqzx"));
    QTRY_COMPARE(bar->matchText(), QStringLiteral("No matches"));

    // Esc closes the bar and gives the page the keyboard back.
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY(m_window->pageView()->hasFocus() || m_window->pageView()->focusProxy()->hasFocus());

    // Opened again, it finds the last words once more; another page is searched as it opens.
    press(QKeyCombination(Qt::CTRL, Qt::Key_F));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->field()->selectedText(), QStringLiteral("alt+qqzx"));
    bar->field()->setText(QStringLiteral("markdown"));
    press(QKeyCombination(Qt::Key_F3));
    QTRY_VERIFY(bar->matchText().startsWith(QLatin1String("1 of ")));
    m_window->openPage(QStringLiteral("Markdown cheat sheet"));
    QVERIFY(waitUntilShown(QStringLiteral("Markdown cheat sheet")));
    QTRY_VERIFY(bar->matchText().startsWith(QLatin1String("1 of ")));
    QVERIFY(bar->isVisible());

    // The editor is not a page to find in: the bar closes.
    m_window->startEditing();
    QVERIFY(m_window->isEditing());
    QVERIFY(!bar->isVisible());
}

void TestBrowsing::thePageListWorksFromTheKeyboard()
{
    PageListPanel* pages = m_window->pageList();
    QTreeView* list = pages->pageView();
    // Ctrl+L, then Down: into the list at the page on screen; Down again, Enter opens.
    press(QKeyCombination(Qt::CTRL, Qt::Key_L));
    QVERIFY(pages->filterEdit()->hasFocus());
    press(QKeyCombination(Qt::Key_Down));
    QVERIFY(list->hasFocus());
    QCOMPARE(listTitle(), QStringLiteral("Welcome to Folio"));
    press(QKeyCombination(Qt::Key_Down));
    QCOMPARE(listTitle(), QStringLiteral("Writing pages"));
    QCOMPARE(m_window->currentTitle(), QStringLiteral("Welcome to Folio")); // moving opens none
    press(QKeyCombination(Qt::Key_Return));
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));

    // Filtered, Down lands on the first match; Up from the first row goes back to the filter.
    press(QKeyCombination(Qt::CTRL, Qt::Key_L));
    QTest::keyClicks(pages->filterEdit(), QStringLiteral("template"));
    press(QKeyCombination(Qt::Key_Down));
    QVERIFY(list->hasFocus());
    QCOMPARE(listTitle(), QStringLiteral("Template: Best practice"));
    press(QKeyCombination(Qt::Key_Down));
    QCOMPARE(listTitle(), QStringLiteral("Template: FAQ"));
    press(QKeyCombination(Qt::Key_Up));
    press(QKeyCombination(Qt::Key_Up));
    QVERIFY(pages->filterEdit()->hasFocus());
    // Down with nothing matching stays in the field.
    QTest::keyClicks(pages->filterEdit(), QStringLiteral("zzq"));
    press(QKeyCombination(Qt::Key_Down));
    QVERIFY(pages->filterEdit()->hasFocus());
}

void TestBrowsing::thePageListsMenuCopiesRenamesAndDeletes()
{
    PageListPanel* pages = m_window->pageList();
    QTreeView* list = pages->pageView();
    press(QKeyCombination(Qt::CTRL, Qt::Key_L));
    QTest::keyClicks(pages->filterEdit(), QStringLiteral("writing"));
    press(QKeyCombination(Qt::Key_Down));
    QCOMPARE(listTitle(), QStringLiteral("Writing pages"));

    // Copy Link: a folio: link, as text and as a URL, that names the page.
    chooseFromListMenu(QStringLiteral("Copy Link"));
    const QMimeData* copied = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(copied->text(), QStringLiteral("folio://wiki/page/Writing%20pages"));
    QCOMPARE(copied->urls().value(0).toString(), QStringLiteral("folio://wiki/page/Writing pages"));

    // Rename (F2 on the row): the page takes the new title, links to it follow, and Edit →
    // Undo Rename brings both back.
    TextInputDialog::setNextText(QStringLiteral("Writing good pages"));
    press(QKeyCombination(Qt::Key_F2));
    QVERIFY(m_window->wiki().pages().exists(QStringLiteral("Writing good pages")));
    // Renamed from the list, the page is not opened: the reader stays where they were.
    QCOMPARE(m_window->currentTitle(), QStringLiteral("Welcome to Folio"));
    QVERIFY(!m_window->actions().back->isEnabled());
    QVERIFY(!m_window->wiki().pages().exists(QStringLiteral("Writing pages")));
    QVERIFY(m_window->wiki()
                .pages()
                .find(QStringLiteral("Welcome to Folio"))
                ->content.body.contains(QLatin1String("[[Writing good pages]]")));
    pages->filterEdit()->clear();
    QCOMPARE(list->model()
                 ->match(list->model()->index(0, 0), Qt::DisplayRole,
                         QStringLiteral("Writing good pages"), 1, Qt::MatchExactly)
                 .size(),
             1);
    QVERIFY(m_window->actions().undoRename->isEnabled());
    m_window->actions().undoRename->trigger();
    QVERIFY(m_window->wiki().pages().exists(QStringLiteral("Writing pages")));
    QVERIFY(m_window->wiki()
                .pages()
                .find(QStringLiteral("Welcome to Folio"))
                ->content.body.contains(QLatin1String("[[Writing pages]]")));

    // Delete from the menu asks first; Cancel keeps the page, Yes deletes it. The page on
    // screen stays where it was.
    pages->select(QStringLiteral("Writing pages"));
    list->setFocus();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    chooseFromListMenu(QStringLiteral("Delete"));
    QVERIFY(!MessageBox::hasQueuedAnswers());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("“Writing pages”")));
    QVERIFY(m_window->wiki().pages().exists(QStringLiteral("Writing pages")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    press(QKeyCombination(Qt::Key_Delete));
    QVERIFY(!MessageBox::hasQueuedAnswers());
    QVERIFY(!m_window->wiki().pages().exists(QStringLiteral("Writing pages")));
    QCOMPARE(m_window->currentTitle(), QStringLiteral("Welcome to Folio"));

    // Open from the menu.
    pages->select(QStringLiteral("Markdown cheat sheet"));
    chooseFromListMenu(QStringLiteral("Open"));
    QVERIFY(waitUntilShown(QStringLiteral("Markdown cheat sheet")));
}

void TestBrowsing::aPageShowsWhatLinksToIt()
{
    QWebEnginePage* page = m_window->pageView()->page();
    m_window->openPage(QStringLiteral("Writing pages"));
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));
    const QStringList linkedFrom = shownTexts(QStringLiteral("footer.backlinks .linked-from a"));
    QVERIFY2(linkedFrom.contains(QStringLiteral("Welcome to Folio")),
             qPrintable(linkedFrom.join(u',')));
    QVERIFY(linkedFrom.contains(QStringLiteral("Best practices for a useful knowledge base")));
    test::evaluate(page, QStringLiteral("document.querySelector('footer.backlinks')"
                                        ".scrollIntoView()"));
    test::screenshot(*m_window, QStringLiteral("backlinks"));

    // A backlink is followed like any link, into the history.
    test::evaluate(page, QStringLiteral("document.querySelector('footer.backlinks "
                                        ".linked-from a[href$=\"Welcome%20to%20Folio\"]')"
                                        ".click()"));
    QVERIFY(waitUntilShown(QStringLiteral("Welcome to Folio")));
    QVERIFY(m_window->actions().back->isEnabled());
}

void TestBrowsing::aTagChipListsThePagesCarryingIt()
{
    // The chip under the title of "Writing pages" is a link to the tag's pages.
    QWebEnginePage* page = m_window->pageView()->page();
    m_window->openPage(QStringLiteral("Writing pages"));
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));
    test::evaluate(page, QStringLiteral("document.querySelector('.tags a[href$=\"/writing\"]')"
                                        ".click()"));
    TagsPanel* tags = m_window->tagsPanel();
    QTRY_COMPARE(m_window->sidebar()->currentPanel(), QStringLiteral("tags"));
    QCOMPARE(tags->currentTag(), QStringLiteral("writing"));
    QListWidget* pages = tags->pageList();
    QStringList listed;
    for (int row = 0; row < pages->count(); ++row)
        listed << pages->item(row)->text();
    QCOMPARE(listed, (QStringList{QStringLiteral("Best practices for a useful knowledge base"),
                                  QStringLiteral("Markdown cheat sheet"),
                                  QStringLiteral("Writing pages")}));
    QVERIFY(pages->hasFocus());
    test::screenshot(*m_window, QStringLiteral("tags"));
    press(QKeyCombination(Qt::Key_Down));
    press(QKeyCombination(Qt::Key_Return));
    QVERIFY(waitUntilShown(QStringLiteral("Markdown cheat sheet")));

    // Ctrl+Shift+T: the tags, with their counts, from the keyboard.
    press(QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_T));
    QVERIFY(tags->tagList()->hasFocus());
    QStringList counts;
    for (int row = 0; row < tags->tagList()->count(); ++row)
        counts << tags->tagList()->item(row)->text();
    QVERIFY2(counts.contains(QStringLiteral("template (3)")), qPrintable(counts.join(u',')));
    QVERIFY(counts.contains(QStringLiteral("writing (3)")));

    // Counts follow the pages: those changed behind the panel when it is shown again, and
    // those changed in front of it at once.
    const auto writingCount = [tags] {
        for (int row = 0; row < tags->tagList()->count(); ++row)
            if (tags->tagList()->item(row)->text().startsWith(QLatin1String("writing (")))
                return tags->tagList()->item(row)->text();
        return QString();
    };
    m_window->sidebar()->showPanel(QStringLiteral("pages"));
    m_window->wiki().pages().create(PageContent{QStringLiteral("Draft on writing"),
                                                PageKind::Note,
                                                {QStringLiteral("writing")},
                                                QStringLiteral("x")},
                                    QStringLiteral("ana"),
                                    {PageStatus::Draft, PageVisibility::Internal});
    m_window->actions().showDrafts->setChecked(true);
    press(QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_T));
    QCOMPARE(writingCount(), QStringLiteral("writing (4)"));
    m_window->actions().showDrafts->setChecked(false);
    QCOMPARE(writingCount(), QStringLiteral("writing (3)"));
}

void TestBrowsing::aPageIsExportedAsAPdf()
{
    m_window->openPage(QStringLiteral("Writing pages"));
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));
    QSignalSpy finished(m_window->printer(), &PagePrinter::finished);
    const QString path = m_dir.filePath(QStringLiteral("writing.pdf"));
    FileDialog::setNextPath(path);
    m_window->actions().exportPdf->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    if (const QString shots = qEnvironmentVariable("FOLIO_SCREENSHOT_DIR"); !shots.isEmpty())
        QFile::copy(path, QDir(shots).filePath(QStringLiteral("page.pdf")));
    const PdfText::Extracted text = PdfText::extract(pdf);
    QVERIFY2(text.error.isEmpty(), qPrintable(text.error));
    QVERIFY(text.text.contains(QLatin1String("Writing pages")));
    QVERIFY(text.text.contains(QLatin1String("Change a page")));
    // The print style leaves out what belongs to the app: the backlinks under the page.
    QVERIFY(!text.text.contains(QLatin1String("LINKED FROM"), Qt::CaseInsensitive));

    // Where nothing can be written, the reader is told which file, and no file appears.
    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/writing.pdf"));
    FileDialog::setNextPath(nowhere);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->actions().exportPdf->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!MessageBox::hasQueuedAnswers(), 30000);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("writing.pdf")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!QFile::exists(nowhere));
    QVERIFY(!m_window->printer()->isBusy());
}

void TestBrowsing::f1ListsEveryShortcut()
{
    press(QKeyCombination(Qt::Key_F1));
    auto* dialog = m_window->findChild<ShortcutsDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const auto shown = [dialog] {
        QStringList rows;
        QTreeWidget* tree = dialog->tree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem* group = tree->topLevelItem(g);
            for (int r = 0; r < group->childCount(); ++r) {
                if (!group->isHidden() && !group->child(r)->isHidden())
                    rows << group->child(r)->text(0) + QLatin1String(" = ") +
                                group->child(r)->text(1);
            }
        }
        return rows;
    };
    const QStringList rows = shown();
    test::screenshot(*dialog, QStringLiteral("shortcuts")); // before the English is asserted
    for (const char* expected :
         {"Go to Page = Ctrl+P", "Find in Page = Ctrl+F", "Search = Ctrl+K",
          "Export as PDF = Ctrl+Alt+S", "Tags = Ctrl+Shift+T", "Bold = Ctrl+B",
          "Rename the page chosen in the page list = F2", "Keyboard Shortcuts = F1"})
        QVERIFY2(rows.contains(QLatin1String(expected)), expected);
    // Every menu action that has a key is in the dialog, with all of its keys.
    int withKeys = 0;
    for (QAction* menu : m_window->menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            QStringList keys;
            for (const QKeySequence& key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            if (keys.isEmpty())
                continue;
            ++withKeys;
            QString name = action->text().remove(u'&');
            if (name.endsWith(u'…'))
                name.chop(1);
            const QString row = name + QLatin1String(" = ") + keys.join(QLatin1String(", "));
            QVERIFY2(rows.contains(row), qPrintable(row));
        }
    }
    QVERIFY(withKeys > 20);

    // Typing narrows the list to what matches, by action or by key.
    QTest::keyClicks(dialog->filter(), QStringLiteral("pdf"));
    QCOMPARE(shown(), QStringList{QStringLiteral("Export as PDF = Ctrl+Alt+S")});
    dialog->filter()->setText(QStringLiteral("ctrl+shift+t"));
    QCOMPARE(shown(), QStringList{QStringLiteral("Tags = Ctrl+Shift+T")});
    dialog->close();
}

void TestBrowsing::aNewWikiIsMadeFromTheWindowAndRemembered()
{
    const QString first = m_window->wiki().path();
    // A name without the extension gets it; "No" to the starter pages makes an empty wiki.
    FileDialog::setNextPath(m_dir.filePath(QStringLiteral("handbook")));
    MessageBox::setNextAnswer(QMessageBox::No);
    m_window->actions().newWiki->trigger();
    const QString handbook = m_dir.filePath(QStringLiteral("handbook.folio"));
    QCOMPARE(m_window->wiki().path(), handbook);
    QCOMPARE(m_window->wiki().pages().count(), 0);
    QVERIFY(!MessageBox::hasQueuedAnswers());

    // "Yes": the starter pages, and the window shows the welcome page.
    const QString team = m_dir.filePath(QStringLiteral("team.folio"));
    FileDialog::setNextPath(team);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->actions().newWiki->trigger();
    QCOMPARE(m_window->wiki().path(), team);
    QVERIFY(m_window->wiki().pages().count() > 0);
    QVERIFY(waitUntilShown(QStringLiteral("Welcome to Folio")));

    // An existing file is never replaced: Cancel leaves it and the window as they were.
    const QByteArray before = test::fingerprint(handbook);
    FileDialog::setNextPath(handbook);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window->actions().newWiki->trigger();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("already exists")));
    QCOMPARE(m_window->wiki().path(), team);
    QCOMPARE(test::fingerprint(handbook), before);

    // File → Open Recent lists the other wikis, the latest first; choosing one opens it.
    QMenu* recent = m_window->actions().recentWikis;
    QStringList entries;
    for (QAction* action : recent->actions())
        entries << action->text();
    QCOMPARE(entries.mid(0, 2), (QStringList{QStringLiteral("&1 handbook.folio"),
                                             QStringLiteral("&2 ") + QFileInfo(first).fileName()}));
    recent->actions().first()->trigger();
    QCOMPARE(m_window->wiki().path(), handbook);

    // Open Wiki on a file that is not there says so and makes nothing.
    const QString missing = m_dir.filePath(QStringLiteral("missing.folio"));
    FileDialog::setNextPath(missing);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->actions().openWiki->trigger();
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("There is no wiki at")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!QFile::exists(missing));
    QCOMPARE(m_window->wiki().path(), handbook);
}

void TestBrowsing::zoomIsShownAndReachesTheEditor()
{
    const auto zoomButton = [this]() -> QToolButton* {
        for (auto* button : m_window->statusBar()->findChildren<QToolButton*>())
            if (button->text().endsWith(u'%'))
                return button;
        return nullptr;
    };
    QVERIFY(zoomButton());
    QCOMPARE(zoomButton()->text(), QStringLiteral("100%"));
    const qreal textSize = m_window->editor()->bodyEdit()->font().pointSizeF();
    press(QKeyCombination(Qt::CTRL, Qt::Key_Plus));
    press(QKeyCombination(Qt::CTRL, Qt::Key_Plus));
    QCOMPARE(zoomButton()->text(), QStringLiteral("120%"));
    QCOMPARE(m_window->pageView()->zoomFactor(), 1.2);
    QCOMPARE(m_window->editor()->bodyEdit()->font().pointSizeF(), textSize * 1.2);
    QCOMPARE(m_window->editor()->preview()->zoomFactor(), 1.2);
    // Steps out and back in land where they started, not on 119.99…%; 30% is the least.
    for (int i = 0; i < 7; ++i)
        press(QKeyCombination(Qt::CTRL, Qt::Key_Minus));
    QCOMPARE(zoomButton()->text(), QStringLiteral("50%"));
    for (int i = 0; i < 7; ++i)
        press(QKeyCombination(Qt::CTRL, Qt::Key_Plus));
    QCOMPARE(zoomButton()->text(), QStringLiteral("120%"));
    for (int i = 0; i < 12; ++i)
        press(QKeyCombination(Qt::CTRL, Qt::Key_Minus));
    QCOMPARE(zoomButton()->text(), QStringLiteral("30%"));
    // A click on it goes back to actual size.
    QTest::mouseClick(zoomButton(), Qt::LeftButton);
    QCOMPARE(zoomButton()->text(), QStringLiteral("100%"));
    QCOMPARE(m_window->editor()->bodyEdit()->font().pointSizeF(), textSize);

    // Ctrl+wheel over the page (the web view's own widget takes the wheel) or over the editor
    // zooms the window as the keys do; two half notches of a touchpad make one step.
    const auto ctrlWheel = [](QWidget* target, int delta) {
        const QPointF at(target->width() / 2.0, target->height() / 2.0);
        QWheelEvent wheel(at, target->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &wheel);
    };
    QWidget* pageWidget = m_window->pageView()->focusProxy();
    QVERIFY(pageWidget);
    ctrlWheel(pageWidget, 120);
    QCOMPARE(zoomButton()->text(), QStringLiteral("110%"));
    QCOMPARE(m_window->pageView()->zoomFactor(), 1.1);
    ctrlWheel(pageWidget, 60);
    QCOMPARE(zoomButton()->text(), QStringLiteral("110%"));
    ctrlWheel(pageWidget, 60);
    QCOMPARE(zoomButton()->text(), QStringLiteral("120%"));
    ctrlWheel(m_window->editor()->bodyEdit()->viewport(), -120);
    QCOMPARE(zoomButton()->text(), QStringLiteral("110%"));
    QCOMPARE(m_window->editor()->bodyEdit()->font().pointSizeF(), textSize * 1.1);
    // Over the editor's scroll bar too; and half a notch one way, then the other, is nothing.
    ctrlWheel(m_window->editor()->bodyEdit()->verticalScrollBar(), -120);
    QCOMPARE(zoomButton()->text(), QStringLiteral("100%"));
    ctrlWheel(pageWidget, 60);
    ctrlWheel(pageWidget, -60);
    QCOMPARE(zoomButton()->text(), QStringLiteral("100%"));
}

void TestBrowsing::favoritesAndRecentlyViewedPagesAreAMenuAway()
{
    const MainWindowActions& a = m_window->actions();
    const auto entries = [](QMenu* menu) {
        Q_EMIT menu->aboutToShow(); // as when it opens
        QStringList texts;
        for (QAction* action : menu->actions())
            texts << action->text();
        return texts;
    };
    QCOMPARE(entries(a.favorites).size(), 1);
    QVERIFY(!a.favorites->actions().first()->isEnabled()); // "No favorites yet…"

    m_window->openPage(QStringLiteral("Writing pages"));
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));
    m_window->openPage(QStringLiteral("Markdown cheat sheet"));
    QVERIFY(waitUntilShown(QStringLiteral("Markdown cheat sheet")));
    QCOMPARE(entries(a.recentPages), (QStringList{QStringLiteral("&1 Writing pages"),
                                                  QStringLiteral("&2 Welcome to Folio")}));

    // Ctrl+D pins the page on screen; Go → Favorites opens it from anywhere.
    QVERIFY(!a.favorite->isChecked());
    press(QKeyCombination(Qt::CTRL, Qt::Key_D));
    QVERIFY(a.favorite->isChecked());
    QCOMPARE(entries(a.favorites), QStringList{QStringLiteral("&1 Markdown cheat sheet")});
    a.recentPages->actions().at(1)->trigger();
    QVERIFY(waitUntilShown(QStringLiteral("Welcome to Folio")));
    QVERIFY(!a.favorite->isChecked());
    entries(a.favorites);
    a.favorites->actions().first()->trigger();
    QVERIFY(waitUntilShown(QStringLiteral("Markdown cheat sheet")));
    QVERIFY(a.favorite->isChecked());

    // Renamed, it stays a favorite; Ctrl+D again unpins it.
    TextInputDialog::setNextText(QStringLiteral("Markdown reference"));
    a.renamePage->trigger();
    QCOMPARE(entries(a.favorites), QStringList{QStringLiteral("&1 Markdown reference")});
    press(QKeyCombination(Qt::CTRL, Qt::Key_D));
    QVERIFY(!a.favorite->isChecked());
    QVERIFY(!entries(a.favorites).contains(QStringLiteral("&1 Markdown reference")));
}

void TestBrowsing::aLongPageOpensWithItsContents()
{
    QWebEnginePage* page = m_window->pageView()->page();
    m_window->openPage(QStringLiteral("Writing pages"));
    QVERIFY(waitUntilShown(QStringLiteral("Writing pages")));
    const QStringList sections = shownTexts(QStringLiteral("nav.toc > details > ol > li > a"));
    QVERIFY2(sections.size() >= 3, qPrintable(sections.join(u',')));
    QCOMPARE(sections.first(), QStringLiteral("Change a page"));
    test::screenshot(*m_window, QStringLiteral("contents"));
    // Its links go to the sections of the same page: it scrolls, nothing is reloaded.
    test::evaluate(page, QStringLiteral("document.querySelectorAll('nav.toc a')[2].click()"));
    QTRY_VERIFY(test::evaluate(page, QStringLiteral("window.scrollY")).toDouble() > 100);
    QVERIFY(page->url().hasFragment());
    QCOMPARE(m_window->currentTitle(), QStringLiteral("Writing pages"));
}

void TestBrowsing::doneTasksReadAsDone()
{
    QWebEnginePage* page = m_window->pageView()->page();
    m_window->openPage(QStringLiteral("Markdown cheat sheet"));
    QVERIFY(waitUntilShown(QStringLiteral("Markdown cheat sheet")));
    // A disabled checkbox is drawn greyed out; Folio draws its own at full contrast, a done
    // one filled with the accent colour.
    const auto style = [&](const char* selector) {
        return test::evaluate(page,
                              QStringLiteral("(() => { const box = document.querySelector('%1'); "
                                             "box.scrollIntoView({block: 'center'}); "
                                             "const s = getComputedStyle(box); "
                                             "return [s.appearance, s.backgroundColor, s.opacity]; "
                                             "})()")
                                  .arg(QLatin1String(selector)))
            .toStringList();
    };
    const QStringList done = style("input.task-list-item-checkbox:checked");
    const QStringList open = style("input.task-list-item-checkbox:not(:checked)");
    QCOMPARE(done.value(0), QStringLiteral("none"));
    QCOMPARE(done.value(2), QStringLiteral("1"));
    QVERIFY2(done.value(1) != open.value(1), qPrintable(done.join(u' ')));
    test::screenshot(*m_window, QStringLiteral("task-list"));
}

void TestBrowsing::aRestartWithDraftsShownShowsThem()
{
    // Creating a page in the window turns Show Drafts on, and the setting outlives the window.
    m_window->actions().showDrafts->setChecked(true);
    m_window->wiki().pages().create(
        PageContent{QStringLiteral("Unfinished"), PageKind::Note, {}, QStringLiteral("x")},
        QStringLiteral("ana"), {PageStatus::Draft, PageVisibility::Internal});
    QVERIFY(test::restartWindow(m_window, *m_profile, *m_settings));
    QVERIFY(m_window->actions().showDrafts->isChecked());
    QAbstractItemModel* pages = m_window->pageList()->pageView()->model();
    QCOMPARE(pages
                 ->match(pages->index(0, 0), Qt::DisplayRole, QStringLiteral("Unfinished"), 1,
                         Qt::MatchExactly)
                 .size(),
             1);
}

void TestBrowsing::aRestartOnTheTagsPanelCountsTheTags()
{
    // The panel shown at close is shown again before the wiki is open: counted once it is.
    m_window->actions().showTags->trigger();
    QCOMPARE(m_window->sidebar()->currentPanel(), QStringLiteral("tags"));
    QVERIFY(test::restartWindow(m_window, *m_profile, *m_settings));
    QCOMPARE(m_window->sidebar()->currentPanel(), QStringLiteral("tags"));
    QListWidget* tags = m_window->tagsPanel()->tagList();
    QStringList counts;
    for (int row = 0; row < tags->count(); ++row)
        counts << tags->item(row)->text();
    QVERIFY2(counts.contains(QStringLiteral("writing (3)")), qPrintable(counts.join(u',')));
}

void TestBrowsing::aPageAskedForByAnotherStartWaitsForAnOpenDialog()
{
    // A copied link clicked while this window is open: the page is shown here.
    m_window->openRequestedPage(QStringLiteral("Markdown cheat sheet"));
    QVERIFY(waitUntilShown(QStringLiteral("Markdown cheat sheet")));
    // With a dialog open, the page waits for it to close: whoever opened the dialog carries
    // on after it, on the page it was about.
    QDialog dialog(m_window.get());
    QString shownMeanwhile;
    QTimer::singleShot(0, &dialog, [&] {
        m_window->openRequestedPage(QStringLiteral("Frequently asked questions"));
        shownMeanwhile = m_window->currentTitle();
        dialog.accept();
    });
    dialog.exec();
    QCOMPARE(shownMeanwhile, QStringLiteral("Markdown cheat sheet"));
    QVERIFY(waitUntilShown(QStringLiteral("Frequently asked questions")));
}

void TestBrowsing::theWholeWindowTurnsDarkAndBack()
{
    QWebEnginePage* page = m_window->pageView()->page();
    const auto pageBackground = [&] {
        return test::evaluate(page, QStringLiteral("document.readyState === 'complete' ? "
                                                   "getComputedStyle(document.body)"
                                                   ".backgroundColor : ''"))
            .toString();
    };
    const auto lightness = [](QWidget* widget, QPalette::ColorRole role) {
        return widget->palette().color(role).lightness();
    };
    const QString light = QStringLiteral("rgb(255, 255, 255)");
    const QString dark = QStringLiteral("rgb(13, 17, 23)");
    m_window->actions().themeLight->trigger();
    QTRY_COMPARE(pageBackground(), light);
    QTRY_VERIFY(lightness(m_window->pageList()->pageView(), QPalette::Base) > 200);

    // View → Theme → Dark: the list, the editor and the page alike, at once.
    m_window->actions().themeDark->trigger();
    QVERIFY(Theme::isDark());
    QVERIFY(m_window->actions().themeDark->isChecked());
    // Widgets take a new application palette as it reaches them, a moment later.
    QTRY_VERIFY(lightness(m_window->pageList()->pageView(), QPalette::Base) < 60);
    QTRY_VERIFY(lightness(m_window->editor()->bodyEdit(), QPalette::Base) < 60);
    QTRY_COMPARE(pageBackground(), dark);
    // The editor's colours follow: a heading is drawn lighter than on white.
    QTRY_VERIFY(m_window->editor()
                    ->bodyEdit()
                    ->highlighter()
                    ->formatFor(MarkdownHighlighter::Role::Heading)
                    .foreground()
                    .color()
                    .lightness() > 128);
    const int headingDark = m_window->editor()
                                ->bodyEdit()
                                ->highlighter()
                                ->formatFor(MarkdownHighlighter::Role::Heading)
                                .foreground()
                                .color()
                                .lightness();
    QVERIFY2(headingDark > 128, qPrintable(QString::number(headingDark)));
    test::screenshot(*m_window, QStringLiteral("dark"));
    QCOMPARE(m_settings->value(Settings::Key::Theme).toString(), QStringLiteral("dark"));

    m_window->actions().themeLight->trigger();
    QVERIFY(!Theme::isDark());
    QTRY_VERIFY(lightness(m_window->pageList()->pageView(), QPalette::Base) > 200);
    QTRY_COMPARE(pageBackground(), light);
    m_window->actions().themeSystem->trigger();
}

void TestBrowsing::settingsApplyAtOnce()
{
    m_window->actions().themeLight->trigger();
    test::onNextModal<SettingsDialog>([](SettingsDialog& dialog) {
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
        dialog.fontSizeBox()->setValue(21);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
        test::screenshot(dialog, QStringLiteral("settings"));
        dialog.accept();
    });
    press(QKeyCombination(Qt::CTRL, Qt::Key_Comma));
    QTRY_VERIFY(Theme::isDark());
    QVERIFY(m_window->actions().themeDark->isChecked());
    QCOMPARE(m_window->editor()->bodyEdit()->font().pointSizeF(), 21.0);
    // The language waits for the next start, and says so.
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("starts again")));
    QCOMPARE(m_settings->value(Settings::Key::Language).toString(), QStringLiteral("de"));
    m_window->actions().themeSystem->trigger();
}

void TestBrowsing::pagesAreDraggedUnderOthersAndBackWithUndo()
{
    PageListPanel* pages = m_window->pageList();
    QTreeView* tree = pages->pageView();
    // By hierarchy (the box under the list), remembered for the next start.
    pages->groupingBox()->setCurrentIndex(
        pages->groupingBox()->findData(int(PageGrouping::Hierarchy)));
    QCOMPARE(m_settings->value(Settings::Key::PageGrouping).toString(),
             QStringLiteral("hierarchy"));
    QVERIFY(tree->rootIsDecorated());
    const auto indexOf = [tree](const QString& title) {
        const QModelIndexList found =
            tree->model()->match(tree->model()->index(0, 0), PageListModel::TitleRole, title, 1,
                                 Qt::MatchFixedString | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first();
    };
    const QString writing = QStringLiteral("Writing pages");
    const QString welcome = QStringLiteral("Welcome to Folio");
    QVERIFY(indexOf(writing).isValid());
    QVERIFY(!indexOf(writing).parent().isValid());

    // Drag "Writing pages" onto "Welcome to Folio", as the mouse does.
    const std::unique_ptr<QMimeData> dragged(tree->model()->mimeData({indexOf(writing)}));
    const QPoint onto = tree->visualRect(indexOf(welcome)).center();
    QDragEnterEvent enter(onto, Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &enter);
    QDragMoveEvent over(onto, Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &over);
    QVERIFY(over.isAccepted());
    QDropEvent drop(QPointF(onto), Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &drop);
    QTRY_COMPARE(indexOf(writing).parent().data(PageListModel::TitleRole).toString(), welcome);
    QCOMPARE(tree->currentIndex().data(PageListModel::TitleRole).toString(), writing);

    // The page shows where it is; a breadcrumb leads up. (Pictured, in light and dark, before
    // any English text is asserted: FOLIO_TEST_LANGUAGE=de takes them in German.)
    m_window->openPage(writing);
    QVERIFY(waitUntilShown(writing));
    QTRY_COMPARE(shownTexts(QStringLiteral("nav.breadcrumbs a")), QStringList{welcome});
    if (!qEnvironmentVariableIsEmpty("FOLIO_SCREENSHOT_DIR")) {
        test::screenshot(*m_window, QStringLiteral("hierarchy"));
        m_window->actions().themeDark->trigger();
        QTRY_VERIFY(tree->palette().color(QPalette::Base).lightness() < 60);
        QTRY_COMPARE(test::evaluate(m_window->pageView()->page(),
                                    QStringLiteral("getComputedStyle(document.body)"
                                                   ".backgroundColor"))
                         .toString(),
                     QStringLiteral("rgb(13, 17, 23)"));
        test::screenshot(*m_window, QStringLiteral("hierarchy-dark"));
        m_window->actions().themeSystem->trigger();
    }
    const std::optional<Page> moved = m_window->wiki().pages().find(writing);
    QCOMPARE(m_window->wiki().pages().history(moved->id).first().summary,
             QStringLiteral("Moved under “Welcome to Folio”"));

    // Edit → Undo Move names what it takes back, and puts the page back at the top.
    QAction* undo = m_window->actions().undoMove;
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Back to the Top")), qPrintable(undo->text()));
    undo->trigger();
    QTRY_VERIFY(indexOf(writing).isValid() && !indexOf(writing).parent().isValid());
    QVERIFY(!undo->isEnabled());
    QTRY_VERIFY(shownTexts(QStringLiteral("nav.breadcrumbs a")).isEmpty());

    // From the keyboard: Page → Move Under… (Ctrl+Shift+M) asks for the new parent.
    TextInputDialog::setNextText(welcome);
    press(QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_M));
    QTRY_COMPARE(indexOf(writing).parent().data(PageListModel::TitleRole).toString(), welcome);
    // A page cannot go under a page below it: said, and nothing moves.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->movePage(welcome, writing);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cannot go under")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!indexOf(welcome).parent().isValid());

    // Moving, and undoing the move of, another page while editing leaves the text typed.
    m_window->openPage(QStringLiteral("Frequently asked questions"));
    QVERIFY(waitUntilShown(QStringLiteral("Frequently asked questions")));
    m_window->actions().edit->trigger();
    QVERIFY(m_window->isEditing());
    m_window->editor()->bodyEdit()->appendPlainText(QStringLiteral("Typed, not saved."));
    m_window->movePage(QStringLiteral("Markdown cheat sheet"), welcome);
    QTRY_COMPARE(indexOf(QStringLiteral("Markdown cheat sheet"))
                     .parent()
                     .data(PageListModel::TitleRole)
                     .toString(),
                 welcome);
    undo->trigger();
    QTRY_VERIFY(!indexOf(QStringLiteral("Markdown cheat sheet")).parent().isValid());
    QVERIFY(m_window->isEditing());
    QVERIFY(m_window->editor()->bodyEdit()->toPlainText().contains(
        QStringLiteral("Typed, not saved.")));
}

void TestBrowsing::codeBlocksAreColouredWithoutScript()
{
    QWebEnginePage* page = m_window->pageView()->page();
    m_window->wiki().pages().create(
        PageContent{QStringLiteral("Code samples"),
                    PageKind::Guide,
                    {},
                    QStringLiteral("```cpp\n// Count the children.\nint count(const QList<Page>& "
                                   "pages) { return int(pages.size()); }\n```\n\n```python\n"
                                   "def greet(name: str) -> str:\n    return f\"Hello, {name}!\"  "
                                   "# friendly\n```\n")},
        QStringLiteral("ana"));
    m_window->openPage(QStringLiteral("Code samples"));
    QVERIFY(waitUntilShown(QStringLiteral("Code samples")));
    const auto colours = [&] {
        return test::evaluate(
                   page, QStringLiteral("[...['.token.keyword', '.token.comment', '.token.string',"
                                        " 'pre code']].map(s => getComputedStyle("
                                        "document.querySelector(s)).color)"))
            .toStringList();
    };
    // Keywords, comments and strings each in a colour of their own, none the text's. Read
    // until the page has loaded with its style (a theme change reloads it).
    const auto distinct = [](const QStringList& found) {
        return found.size() == 4 && QSet<QString>(found.begin(), found.end()).size() == 4;
    };
    m_window->actions().themeLight->trigger();
    QStringList light;
    QTRY_VERIFY((light = colours(), distinct(light)));
    // Coloured by the core: the page runs no script.
    QCOMPARE(test::evaluate(page, QStringLiteral("document.scripts.length")).toInt(), 0);
    test::screenshot(*m_window, QStringLiteral("code-light"));
    m_window->actions().themeDark->trigger();
    QStringList dark;
    QTRY_VERIFY((dark = colours(), distinct(dark) && dark != light));
    if (!qEnvironmentVariableIsEmpty("FOLIO_SCREENSHOT_DIR"))
        QTest::qWait(500); // the compositor paints the new colours a moment after the DOM has them
    test::screenshot(*m_window, QStringLiteral("code-dark"));
    m_window->actions().themeLight->trigger();
}

int main(int argc, char* argv[])
{
    FolioScheme::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestBrowsing test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestBrowsing.moc"
