#include "mainwindow/MainWindow.h"

#include "authoring/AttachmentFile.h"
#include "authoring/PageTemplates.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/TextInputDialog.h"
#include "common/Theme.h"
#include "common/WheelZoom.h"
#include "core/FileOutput.h"
#include "core/FolioUrl.h"
#include "core/Settings.h"
#include "core/Version.h"
#include "editor/EditSession.h"
#include "editor/MarkdownEdit.h"
#include "editor/PageEditor.h"
#include "editor/PagePreview.h"
#include "history/HistoryView.h"
#include "linkspanel/ArchiveRunner.h"
#include "linkspanel/ArchivedLinkView.h"
#include "linkspanel/LinkDetailsView.h"
#include "linkspanel/LinksPanel.h"
#include "linkspanel/LinksWorkspace.h"
#include "mainwindow/MainWindowActions.h"
#include "mainwindow/ShortcutsDialog.h"
#include "navigation/FavoritePages.h"
#include "navigation/PageNavigator.h"
#include "navigation/QuickSwitcher.h"
#include "pages/DeletedPagesDialog.h"
#include "pages/NewPageDialog.h"
#include "pages/PageListPanel.h"
#include "pages/PageMoves.h"
#include "pages/TagsPanel.h"
#include "review/ReviewQueue.h"
#include "review/ReviewWorkflow.h"
#include "search/SearchController.h"
#include "searchpanel/SearchPanel.h"
#include "settings/SettingsDialog.h"
#include "sidebar/Sidebar.h"
#include "store/AttachmentStore.h"
#include "store/PageTitle.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"
#include "syncing/SyncController.h"
#include "web/ArchivedPageView.h"
#include "web/ContentPage.h"
#include "web/FindBar.h"
#include "web/PagePrinter.h"
#include "web/PageView.h"
#include "web/SchemeHandler.h"
#include "web/WebPageCapturer.h"
#include "web/WebProfile.h"
#include "wiki/StarterWiki.h"
#include "wiki/Wiki.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>

#include <algorithm>
#include <cmath>

namespace folio {

MainWindow::MainWindow(WebProfile& profile, Settings& settings, std::unique_ptr<Wiki> wiki,
                       QWidget* parent)
    : QMainWindow(parent), m_profile(profile), m_settings(settings),
      m_actions(std::make_unique<MainWindowActions>(this)),
      m_searchController(new SearchController(this)), m_searchField(new QLineEdit(this)),
      m_sidebar(new Sidebar(this)), m_pageList(new PageListPanel(this)),
      m_searchPanel(new SearchPanel(*m_searchController, this)),
      m_links(new LinksWorkspace(
          this, [this] { return m_settings.authorName(); },
          new ArchiveRunner(*new WebPageCapturer(this), settings, this))),
      m_stack(new QStackedWidget(this)), m_view(new PageView(profile, this)),
      m_editor(new PageEditor(this)),
      m_session(new EditSession(
          *m_editor, *m_stack, *m_view, [this] { return m_settings.authorName(); }, this)),
      m_navigator(new PageNavigator(*m_view, this)), m_statusWiki(new QLabel(this)),
      m_favorites(std::make_unique<FavoritePages>(settings)),
      m_moves(std::make_unique<PageMoves>(this, [this] { return m_settings.authorName(); }))
{
    setWindowIcon(QIcon(QStringLiteral(":/folio/icons/folio.svg")));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_editor);
    m_editor->attachPreview(new PagePreview(profile, m_editor));
    m_editor->bodyEdit()->setTitleSource([this] { return pageTitles(); });
    m_editor->bodyEdit()->setAttachmentLimit(m_settings.attachmentMaxBytes());
    m_stack->addWidget(m_links->details());
    auto* reader = new ArchivedLinkView(profile, this);
    m_stack->addWidget(reader);
    m_links->setReader(reader);
    m_history = new HistoryView([this] { return m_settings.authorName(); }, this);
    m_stack->addWidget(m_history);
    m_sidebar->addPanel(QStringLiteral("pages"), tr("Pages"), m_pageList);
    m_sidebar->addPanel(QStringLiteral("links"), tr("Links"), m_links->panel());
    m_tagsPanel = new TagsPanel(
        [this](const QString& tag) {
            QStringList titles;
            attempt(tr("Cannot List Pages"), [&] {
                const PageFilter filter = showsDrafts() ? PageFilter::All : PageFilter::Published;
                for (const PageSummary& page : m_wiki->pages().withTag(tag, filter))
                    titles << page.title;
            });
            return titles;
        },
        this);
    m_sidebar->addPanel(QStringLiteral("tags"), tr("Tags"), m_tagsPanel);
    m_reviewQueue = new ReviewQueuePanel(this);
    m_sidebar->addPanel(QStringLiteral("review"), tr("Review"), m_reviewQueue);
    m_searchField->setPlaceholderText(tr("Search pages and links (Ctrl+K)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search pages and links"));
    // Wide enough for the placeholder in every language, clear button included.
    m_searchField->setMinimumWidth(
        qMax(280, m_searchField->fontMetrics().horizontalAdvance(m_searchField->placeholderText()) +
                      48));
    m_searchField->installEventFilter(this);
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("sidebarSplitter"));
    m_splitter->addWidget(m_sidebar);
    // The find bar sits under whichever page is on screen.
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    m_findBar = new FindBar(content);
    m_printer = new PagePrinter(this);
    contentLayout->addWidget(m_stack, 1);
    contentLayout->addWidget(m_findBar);
    m_splitter->addWidget(content);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 800});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    m_actions->buildMenus(this);
    m_view->setPageActions({m_actions->copyPageLink, m_actions->history});
    m_actions->buildToolBar(this, m_searchField);
    // Tab reads like the window: the page list, then the page, then the search field. The
    // page's own widget (its focus proxy) comes with the first page: ordered again then.
    orderTabs();
    connect(m_view, &QWebEngineView::loadFinished, this, &MainWindow::orderTabs);
    m_editor->addAction(m_actions->cancelEdit);
    m_statusArchive = new QLabel(this);
    m_statusArchive->hide();
    statusBar()->addPermanentWidget(m_statusArchive);
    m_statusPage = new QLabel(this);
    m_statusPage->setAccessibleName(tr("Page status"));
    m_statusPage->setContentsMargins(0, 0, 12, 0);
    statusBar()->addPermanentWidget(m_statusPage);
    statusBar()->addPermanentWidget(m_statusWiki);
    m_statusZoom = new QToolButton(this);
    m_statusZoom->setAutoRaise(true);
    m_statusZoom->setFocusPolicy(Qt::NoFocus); // Ctrl+0 is its key; Tab stays on the content
    m_statusZoom->setToolTip(tr("Zoom; click for actual size (Ctrl+0)"));
    statusBar()->addPermanentWidget(m_statusZoom);
    m_sync = new SyncController(this, settings, [this] { return m_settings.authorName(); });
    statusBar()->addPermanentWidget(m_sync->conflictsButton());
    m_review = new ReviewWorkflow(
        {m_actions->submitForReview, m_actions->publish, m_actions->sendBack,
         m_actions->makePublic},
        [this] { return m_settings.authorName(); }, this);
    m_reviewView = new ReviewView(*m_review, this);
    m_stack->addWidget(m_reviewView);
    connect(m_links->archive(), &ArchiveRunner::progress, this,
            [this](qint64 done, qint64 total, const QString& url) {
                m_statusArchive->setText(tr("Archiving: %1 of %2 done").arg(done).arg(total));
                m_statusArchive->setToolTip(url);
            });
    connect(m_links->archive(), &ArchiveRunner::runningChanged, m_statusArchive,
            &QWidget::setVisible);
    // Ctrl+wheel zooms as Ctrl++ does: everything, shown in the status bar.
    auto* wheelZoom = new WheelZoom(this);
    for (QWidget* view :
         {static_cast<QWidget*>(m_view), static_cast<QWidget*>(m_links->reader()->pageView()),
          static_cast<QWidget*>(m_editor->preview()), static_cast<QWidget*>(m_editor->bodyEdit())})
        wheelZoom->watch(view);
    connect(wheelZoom, &WheelZoom::stepped, this,
            [this](int steps) { setZoom(m_view->zoomFactor() + 0.1 * steps); });
    resize(1100, 720);

    connectActions();
    restoreLayout();
    setWiki(std::move(wiki));
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings.value(Settings::Key::WindowGeometry).toByteArray());
    restoreState(m_settings.value(Settings::Key::WindowState).toByteArray());
    m_splitter->restoreState(m_settings.value(Settings::Key::SidebarSplitter).toByteArray());
    m_actions->togglePageList->setChecked(m_settings.value(Settings::Key::SidebarVisible).toBool());
    m_sidebar->showPanel(m_settings.value(Settings::Key::SidebarPanel).toString());
    m_pageList->setGrouping(
        PageListPanel::groupingFromKey(m_settings.value(Settings::Key::PageGrouping).toString()));
    applyEditorFont();
    setZoom(m_settings.zoomFactor());
    const Theme::Choice theme = Theme::fromKey(m_settings.value(Settings::Key::Theme).toString());
    m_actions->themeAction(theme)->setChecked(true);
    {
        // Quietly: the wiki is not open yet, and setWiki() lists its pages with drafts or not.
        const QSignalBlocker quiet(m_actions->showDrafts);
        m_actions->showDrafts->setChecked(m_settings.value(Settings::Key::ShowDrafts).toBool());
    }
    m_searchController->setIncludesUnpublished(m_actions->showDrafts->isChecked());
    const QString layout = m_settings.value(Settings::Key::EditorLayout).toString();
    m_editor->setViewMode(layout == QLatin1String("source")    ? PageEditor::ViewMode::Source
                          : layout == QLatin1String("preview") ? PageEditor::ViewMode::Preview
                                                               : PageEditor::ViewMode::Split);
}

void MainWindow::saveSession()
{
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, saveState());
    m_settings.setValue(Settings::Key::SidebarSplitter, m_splitter->saveState());
    m_settings.setValue(Settings::Key::SidebarVisible, m_actions->togglePageList->isChecked());
    m_settings.setValue(Settings::Key::SidebarPanel, m_sidebar->currentPanel());
    m_settings.setValue(Settings::Key::ZoomFactor, m_view->zoomFactor());
    m_settings.setValue(Settings::Key::LastPage, currentTitle());
    m_settings.setValue(Settings::Key::LastPageWiki, QFileInfo(m_wiki->path()).absoluteFilePath());
    m_settings.sync();
}

MainWindow::~MainWindow()
{
    // The wiki goes with the window, before the child widgets: nothing may reach it after.
    // The profile's scheme handler outlives the window, and the engine may still ask it for
    // a page while the window's children are taken down.
    m_profile.schemeHandler()->setStore(nullptr);
    m_links->setWiki(nullptr);
    m_session->setStore(nullptr);
    m_session->setDrafts(nullptr);
    m_navigator->setStore(nullptr);
    m_sync->setWiki(nullptr);
}

bool MainWindow::attempt(const QString& failure, const std::function<void()>& action)
{
    return MessageBox::attempt(this, failure, action);
}

void MainWindow::reloadReviewQueue()
{
    attempt(tr("Cannot List Pages"), [this] { m_reviewQueue->reload(m_wiki->pages()); });
}

void MainWindow::reloadPageList()
{
    const PageFilter filter = showsDrafts() ? PageFilter::All : PageFilter::Published;
    m_tagsStale = true;
    // A wiki that cannot be listed is said once, not again for its tags.
    if (attempt(tr("Cannot List Pages"), [&] { m_pageList->reload(m_wiki->pages(), filter); }))
        reloadTagsIfShown();
    m_switcherTitlesStale = true;
    m_pageList->setConflicted(m_sync->conflictedPages());
    m_pageList->select(currentTitle());
    // Every change to pages reloads the list: the sync folder hears of it (a round with
    // nothing new writes nothing).
    m_sync->noteLocalChange();
}

void MainWindow::openRequestedPage(const QString& title)
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    raise();
    activateWindow();
    if (QWidget* dialog = QApplication::activeModalWidget()) {
        dialog->raise(); // the dialog stays in front, where it is answered
        dialog->activateWindow();
    }
    if (!title.isEmpty())
        m_requestedPage = title; // the latest page asked for
    openRequestedPageOnceFree();
}

void MainWindow::openRequestedPageOnceFree()
{
    if (m_requestedPage.isEmpty())
        return;
    if (QApplication::activeModalWidget()) {
        if (!m_requestRetry) {
            m_requestRetry = new QTimer(this);
            m_requestRetry->setSingleShot(true);
            m_requestRetry->setInterval(300);
            connect(m_requestRetry, &QTimer::timeout, this, &MainWindow::openRequestedPageOnceFree);
        }
        m_requestRetry->start();
        return;
    }
    openPage(std::exchange(m_requestedPage, {}));
}

void MainWindow::reloadTagsIfShown()
{
    // The panel shown again at start (restoreLayout) comes before the wiki: setWiki counts.
    if (!m_wiki || !m_tagsStale || !m_actions->togglePageList->isChecked() ||
        m_sidebar->currentPanel() != QLatin1String("tags"))
        return;
    const PageFilter filter = showsDrafts() ? PageFilter::All : PageFilter::Published;
    m_tagsStale = !attempt(tr("Cannot List Pages"),
                           [&] { m_tagsPanel->setTags(m_wiki->pages().tagCounts(filter)); });
}

QStringList MainWindow::pageTitles() const
{
    QStringList titles;
    try {
        titles = m_wiki->pages().titles();
    } catch (const StoreError&) {
        // No completions this time; a message box in the middle of typing would be worse.
    }
    return titles;
}

bool MainWindow::showsDrafts() const
{
    return m_actions->showDrafts->isChecked();
}

void MainWindow::setShowDrafts(bool show)
{
    m_settings.setValue(Settings::Key::ShowDrafts, show);
    m_searchController->setIncludesUnpublished(show);
    reloadPageList();
    if (isShowingSearch())
        m_searchPanel->setQuery(m_searchField->text()); // asked again, with or without drafts
}

QString MainWindow::pageStateText() const
{
    return m_statusPage->text();
}

void MainWindow::updatePageState()
{
    std::optional<Page> page;
    if (m_stack->currentWidget() == m_view) {
        try {
            page = m_wiki->pages().find(currentTitle());
        } catch (const StoreError&) {
            // The actions stay off; opening the page said what is wrong.
        }
    }
    m_review->setPage(page);
    m_actions->deletePage->setEnabled(page.has_value());
    for (QAction* action :
         {m_actions->history, m_actions->copyPageLink, m_actions->renamePage, m_actions->movePage,
          m_actions->exportPdf, m_actions->printPage, m_actions->favorite})
        action->setEnabled(page.has_value());
    m_actions->favorite->setChecked(page && m_favorites->contains(page->content.title));
    QString state = page ? ReviewWorkflow::describe(page->state) : QString();
    if (page && m_sync->isConflicted(page->id))
        state = tr("Conflicted (View → Conflicts) · %1").arg(state);
    m_statusPage->setText(state);
    m_statusPage->setVisible(page.has_value());
}

void MainWindow::deleteCurrentPage()
{
    if (const std::optional<Page> page = m_review->page())
        deletePage(page->content.title);
}

void MainWindow::copyPageLink(const QString& title)
{
    const QUrl link = FolioUrl::page(title);
    auto* data = new QMimeData;
    data->setText(link.toString(QUrl::FullyEncoded));
    data->setUrls({link});
    QGuiApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("Copied the link to “%1”.").arg(title), 4000);
}

void MainWindow::renamePage(const QString& title)
{
    if (isEditing() && !settleDraft())
        return;
    const std::optional<QString> newTitle = TextInputDialog::getText(
        this, tr("Rename Page"), tr("New title for “%1”:").arg(title), title);
    if (!newTitle || newTitle->simplified().isEmpty() || newTitle->simplified() == title)
        return;
    if (m_session->rename(title, newTitle->simplified()))
        updateActions(); // Undo Rename names the old title
}

void MainWindow::movePage(const QString& title, const QString& parentTitle)
{
    // A move is a revision on top of the page: the page being edited is settled first.
    if (isEditing() && PageTitle::key(title) == PageTitle::key(currentTitle()) && !settleDraft())
        return;
    const bool shownBelow = showsPageBelow(title);
    if (m_moves->move(m_wiki->pages(), title, parentTitle))
        afterMove(title, shownBelow);
}

void MainWindow::undoMove()
{
    const QString title = m_moves->lastTitle();
    if (isEditing() && PageTitle::key(title) == PageTitle::key(currentTitle()) && !settleDraft())
        return;
    const bool shownBelow = showsPageBelow(title);
    if (m_moves->undo(m_wiki->pages()))
        afterMove(title, shownBelow);
}

void MainWindow::afterMove(const QString& title, bool shownBelow)
{
    reloadPageList();
    m_pageList->select(title);
    updateActions(); // Undo Move names the page
    // The page on screen shows its path: drawn again when the move changed it, and only
    // when reading it (not editing, nor in its history).
    if (!isEditing() && m_stack->currentWidget() == m_view && (shownBelow || showsPageBelow(title)))
        m_navigator->reshow();
}

void MainWindow::orderTabs()
{
    // The view itself takes no focus (setTabOrder would ignore it): its page widget does.
    QWidget* page = m_view->focusProxy() ? m_view->focusProxy() : m_view;
    setTabOrder(m_pageList->groupingBox(), page);
    setTabOrder(page, m_searchField);
}

bool MainWindow::showsPageBelow(const QString& title) const
{
    const QString shown = currentTitle();
    if (shown.isEmpty())
        return false;
    if (PageTitle::key(shown) == PageTitle::key(title))
        return true;
    try {
        if (const std::optional<Page> page = m_wiki->pages().find(shown))
            for (const PageSummary& above : m_wiki->pages().ancestors(page->id))
                if (PageTitle::key(above.title) == PageTitle::key(title))
                    return true;
    } catch (const StoreError&) {
        // The breadcrumbs stay until the page is shown again.
    }
    return false;
}

void MainWindow::askToMovePage(const QString& title)
{
    QStringList titles;
    QString parentTitle;
    if (!attempt(tr("Cannot Move Page"), [&] {
            titles = m_wiki->pages().titles();
            const std::optional<Page> page = m_wiki->pages().find(title);
            const QList<PageSummary> above =
                page ? m_wiki->pages().ancestors(page->id) : QList<PageSummary>();
            if (!above.isEmpty())
                parentTitle = above.last().title;
        }))
        return;
    titles.removeAll(title);
    const std::optional<QString> chosen = TextInputDialog::getText(
        this, tr("Move Page"),
        tr("Put “%1” under which page? Leave empty to move it to the top.").arg(title), parentTitle,
        titles);
    if (chosen && chosen->simplified() != parentTitle)
        movePage(title, chosen->simplified());
}

void MainWindow::deletePage(const QString& title)
{
    if (isEditing() && !settleDraft())
        return;
    std::optional<Page> page;
    if (!attempt(tr("Cannot Delete Page"), [&] { page = m_wiki->pages().find(title); }) || !page)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete Page"),
        tr("Delete “%1”? Its history is kept, and Page → Deleted Pages can restore it.")
            .arg(page->content.title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (!attempt(tr("Cannot Delete Page"), [&] { m_wiki->pages().remove(page->id); }))
        return;
    reloadPageList();
    updateStatus();
    statusBar()->showMessage(tr("Deleted “%1”.").arg(page->content.title), 8000);
    if (PageTitle::key(page->content.title) == PageTitle::key(currentTitle()))
        openPage(homeTitle());
}

void MainWindow::showHistory()
{
    const std::optional<Page> page = m_review->page();
    if (!page)
        return;
    if (attempt(tr("Cannot Show History"), [&] { m_history->open(m_wiki->pages(), *page); })) {
        m_stack->setCurrentWidget(m_history);
        m_history->revisions()->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::showDeletedPages()
{
    if (auto* open = findChild<DeletedPagesDialog*>()) {
        open->reload();
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new DeletedPagesDialog(
        m_wiki->pages(), [this] { return m_settings.authorName(); }, this);
    connect(dialog, &DeletedPagesDialog::restored, this, [this](const QString& title) {
        reloadPageList();
        updateStatus();
        statusBar()->showMessage(tr("Restored “%1”.").arg(title), 8000);
        openPage(title);
    });
    dialog->show();
}

void MainWindow::connectActions()
{
    const MainWindowActions& a = *m_actions;
    connect(a.newPage, &QAction::triggered, this, &MainWindow::newPage);
    connect(a.openWiki, &QAction::triggered, this, &MainWindow::chooseWikiFile);
    connect(a.newWiki, &QAction::triggered, this, &MainWindow::newWiki);
    connect(a.quit, &QAction::triggered, this, &QMainWindow::close);
    connect(a.edit, &QAction::triggered, this, &MainWindow::startEditing);
    connect(a.save, &QAction::triggered, this, &MainWindow::save);
    connect(a.cancelEdit, &QAction::triggered, this, &MainWindow::cancelEditing);
    connect(a.back, &QAction::triggered, this, &MainWindow::goBack);
    connect(a.forward, &QAction::triggered, this, &MainWindow::goForward);
    connect(a.home, &QAction::triggered, this, [this] { openPage(homeTitle()); });
    connect(a.goToPage, &QAction::triggered, this, &MainWindow::goToPage);
    connect(a.search, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    connect(a.findInPage, &QAction::triggered, this, &MainWindow::findInPage);
    connect(a.findNext, &QAction::triggered, this, [this] {
        if (!m_findBar->isVisible())
            findInPage();
        else
            m_findBar->findNext();
    });
    connect(a.findPrevious, &QAction::triggered, this, [this] {
        if (!m_findBar->isVisible())
            findInPage();
        else
            m_findBar->findPrevious();
    });
    connect(m_findBar, &FindBar::closed, this, [this] {
        if (QWebEngineView* view = shownWebView())
            view->setFocus(Qt::OtherFocusReason);
    });
    // The bar belongs to the page it searches: another view in the content area closes it.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        if (m_findBar->isVisible() && m_findBar->view() != shownWebView())
            m_findBar->close();
        updateActions();
    });
    connect(a.filterPages, &QAction::triggered, this, [this] {
        m_actions->togglePageList->setChecked(true);
        leaveSearch();
        m_sidebar->showPanel(QStringLiteral("pages"));
        m_pageList->focusFilter();
    });
    connect(a.showLinks, &QAction::triggered, this, &MainWindow::showLinksPanel);
    connect(a.exportWiki, &QAction::triggered, m_sync, &SyncController::exportWiki);
    connect(a.importBundle, &QAction::triggered, m_sync, &SyncController::importBundle);
    connect(a.undoImport, &QAction::triggered, m_sync, &SyncController::undoLastImport);
    connect(a.syncFolder, &QAction::triggered, m_sync, &SyncController::chooseSyncFolder);
    connect(a.syncNow, &QAction::triggered, m_sync, &SyncController::syncNow);
    connect(a.stopSyncing, &QAction::triggered, m_sync, &SyncController::stopSyncing);
    connect(a.conflicts, &QAction::triggered, m_sync, &SyncController::showConflicts);
    connect(m_sync, &SyncController::syncFolderChanged, a.stopSyncing, &QAction::setEnabled);
    connect(m_sync, &SyncController::wikiChanged, this, &MainWindow::onWikiChangedElsewhere);
    connect(m_sync, &SyncController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    connect(a.importLinks, &QAction::triggered, this, [this] {
        showLinksPanel();
        m_links->importLinks();
    });
    connect(m_links, &LinksWorkspace::readerShown, this, [this] {
        if (!isEditing())
            m_stack->setCurrentWidget(m_links->reader());
    });
    connect(m_links, &LinksWorkspace::detailsShown, this, [this] {
        if (!isEditing())
            m_stack->setCurrentWidget(m_links->details());
    });
    connect(m_links, &LinksWorkspace::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_links, &LinksWorkspace::pageCreated, this, [this](const QString& title) {
        m_actions->showDrafts->setChecked(true); // the new page is a draft: keep it in sight
        reloadPageList();
        updateStatus();
        openPage(title);
        startEditing(); // the draft is the curator's to shape
    });
    connect(a.togglePageList, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    connect(m_searchField, &QLineEdit::textChanged, this, &MainWindow::onSearchTextChanged);
    connect(m_searchPanel, &SearchPanel::pageChosen, this,
            [this](const QString& title, const QStringList& words) {
                openPage(title, {}, words);
                if (!isEditing())
                    m_view->setFocus(Qt::OtherFocusReason);
            });
    connect(m_searchPanel, &SearchPanel::suggestionChosen, m_searchField, &QLineEdit::setText);
    connect(m_searchPanel, &SearchPanel::linkChosen, this,
            [this](qint64 id, bool inArchive, const QStringList& highlight) {
                if (isEditing() && !settleDraft())
                    return;
                // A match in the archived page opens that page with the words marked.
                if (!inArchive || !m_links->read(id, highlight))
                    m_links->showLink(id);
            });
    connect(a.zoomIn, &QAction::triggered, this, [this] { setZoom(m_view->zoomFactor() + 0.1); });
    connect(a.zoomOut, &QAction::triggered, this, [this] { setZoom(m_view->zoomFactor() - 0.1); });
    connect(a.zoomReset, &QAction::triggered, this, [this] { setZoom(1.0); });
    connect(m_statusZoom, &QToolButton::clicked, this, [this] { setZoom(1.0); });
    connect(a.themeSystem, &QAction::triggered, this,
            [this] { setTheme(PageStyle::ColorScheme::System); });
    connect(a.themeLight, &QAction::triggered, this,
            [this] { setTheme(PageStyle::ColorScheme::Light); });
    connect(a.themeDark, &QAction::triggered, this,
            [this] { setTheme(PageStyle::ColorScheme::Dark); });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a.authorName, &QAction::triggered, this, &MainWindow::askAuthorName);
    connect(a.settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a.showDrafts, &QAction::toggled, this, &MainWindow::setShowDrafts);
    connect(m_editor, &PageEditor::viewModeChanged, this, [this](PageEditor::ViewMode mode) {
        static const char* const layouts[] = {"source", "split", "preview"};
        m_settings.setValue(Settings::Key::EditorLayout, QLatin1String(layouts[int(mode)]));
    });
    connect(a.deletePage, &QAction::triggered, this, &MainWindow::deleteCurrentPage);
    connect(a.history, &QAction::triggered, this, &MainWindow::showHistory);
    connect(a.copyPageLink, &QAction::triggered, this, [this] { copyPageLink(currentTitle()); });
    connect(a.favorite, &QAction::triggered, this, [this] {
        const QString title = currentTitle();
        const bool pinned = m_favorites->toggle(title);
        m_actions->favorite->setChecked(pinned);
        statusBar()->showMessage(pinned ? tr("“%1” is in Go → Favorites.").arg(title)
                                        : tr("“%1” is no longer a favorite.").arg(title),
                                 4000);
    });
    connect(a.favorites, &QMenu::aboutToShow, this, [this] {
        fillPageMenu(
            m_actions->favorites, m_favorites->titles(),
            tr("No favorites yet: Page → Favorite Page (Ctrl+D) pins the page on screen."));
    });
    connect(a.recentPages, &QMenu::aboutToShow, this, [this] {
        fillPageMenu(m_actions->recentPages, m_recentPages.mid(1, 15),
                     tr("No other page read yet."));
    });
    connect(a.exportPdf, &QAction::triggered, this,
            [this] { m_printer->exportPdf(m_view, currentTitle()); });
    connect(a.printPage, &QAction::triggered, this, [this] { m_printer->print(m_view); });
    connect(m_printer, &PagePrinter::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(a.renamePage, &QAction::triggered, this, [this] {
        if (const std::optional<Page> page = m_review->page())
            renamePage(page->content.title);
    });
    connect(m_pageList, &PageListPanel::copyLinkRequested, this, &MainWindow::copyPageLink);
    connect(m_pageList, &PageListPanel::renameRequested, this, &MainWindow::renamePage);
    connect(m_pageList, &PageListPanel::deleteRequested, this, &MainWindow::deletePage);
    connect(m_pageList, &PageListPanel::moveRequested, this, &MainWindow::movePage);
    connect(m_pageList, &PageListPanel::moveDialogRequested, this, &MainWindow::askToMovePage);
    connect(m_pageList, &PageListPanel::groupingChanged, this, [this](PageGrouping grouping) {
        m_settings.setValue(Settings::Key::PageGrouping, PageListPanel::groupingKey(grouping));
    });
    connect(a.movePage, &QAction::triggered, this, [this] {
        if (const std::optional<Page> page = m_review->page())
            askToMovePage(page->content.title);
    });
    connect(a.undoMove, &QAction::triggered, this, &MainWindow::undoMove);
    connect(m_reviewQueue, &ReviewQueuePanel::pageChosen, this, [this](qint64 id) {
        if (isEditing() && !settleDraft())
            return;
        bool found = false;
        if (attempt(tr("Cannot Show Page"),
                    [&] { found = m_reviewView->open(m_wiki->pages(), id); }) &&
            found)
            m_stack->setCurrentWidget(m_reviewView);
        else
            reloadReviewQueue(); // it left review, or the wiki, meanwhile
    });
    connect(m_reviewView, &ReviewView::openRequested, this,
            [this](const QString& title) { openPage(title); });
    connect(m_history, &HistoryView::closeRequested, this, [this](const QString& title) {
        m_navigator->reshow();
        m_stack->setCurrentWidget(m_view);
        m_pageList->select(title);
    });
    connect(m_history, &HistoryView::restored, this, [this](const Page& page) {
        reloadPageList();
        statusBar()->showMessage(
            tr("Restored an older text of “%1” as a new revision.").arg(page.content.title), 8000);
    });
    connect(a.deletedPages, &QAction::triggered, this, &MainWindow::showDeletedPages);
    connect(m_review, &ReviewWorkflow::changed, this, [this](const Page& page) {
        reloadPageList();
        reloadReviewQueue();
        if (m_stack->currentWidget() == m_reviewView)
            attempt(tr("Cannot Show Page"), [&] { m_reviewView->open(m_wiki->pages(), page.id); });
        updatePageState();
        statusBar()->showMessage(
            tr("“%1” is now: %2").arg(page.content.title, ReviewWorkflow::describe(page.state)),
            5000);
    });

    // Reading starts where the page is: keys then scroll it, and Ctrl+E reaches the window
    // instead of the filter box (where it would move the cursor to the end).
    connect(m_tagsPanel, &TagsPanel::pageActivated, this, [this](const QString& title) {
        openPage(title);
        if (!isEditing())
            m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_view->contentPage(), &ContentPage::tagClicked, this,
            [this](const QString& tag) { showTagsPanel(tag); });
    connect(a.showTags, &QAction::triggered, this, [this] { showTagsPanel(); });
    connect(m_sidebar, &Sidebar::panelChanged, this, &MainWindow::reloadTagsIfShown);
    connect(a.togglePageList, &QAction::toggled, this, &MainWindow::reloadTagsIfShown);
    connect(m_pageList, &PageListPanel::pageActivated, this, [this](const QString& title) {
        openPage(title);
        if (!isEditing())
            m_view->setFocus(Qt::OtherFocusReason);
    });
    ContentPage* page = m_view->contentPage();
    connect(page, &ContentPage::pageLinkClicked, this,
            [this](const QString& title, const QString& anchor) { openPage(title, anchor); });
    connect(page, &ContentPage::createRequested, this, &MainWindow::offerToCreate);
    connect(page, &ContentPage::externalLinkClicked, this,
            [](const QUrl& url) { QDesktopServices::openUrl(url); });
    connect(page, &ContentPage::attachmentClicked, this, &MainWindow::saveAttachment);
    connect(page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo& info) {
        // Not loadFinished(false): that also reports each link click the page refused (a
        // file to save, a web page for the browser), and the reader would be told of a failure.
        if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus)
            statusBar()->showMessage(tr("Could not show “%1”.").arg(currentTitle()), 5000);
    });
    connect(m_session, &EditSession::stateChanged, this, &MainWindow::updateActions);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updatePageState);
    connect(m_session, &EditSession::saved, this, &MainWindow::onSaved);
    connect(m_session, &EditSession::renamed, this,
            [this](const Page& page, const QString& oldTitle) {
                reloadPageList();
                reloadReviewQueue();
                m_navigator->renamed(oldTitle, page.content.title);
                renameRecent(oldTitle, page.content.title);
                statusBar()->showMessage(
                    tr("Renamed “%1” to “%2”.").arg(oldTitle, page.content.title), 8000);
            });
    connect(m_session, &EditSession::replaced, this,
            [this](const Page& page, const QString& previousTitle) {
                reloadPageList();
                m_navigator->saved(previousTitle, page.content.title);
                renameRecent(previousTitle, page.content.title);
                statusBar()->showMessage(
                    tr("Kept the saved version of “%1”; your changes were dropped.")
                        .arg(page.content.title),
                    8000);
            });
    connect(a.undoRename, &QAction::triggered, m_session, &EditSession::undoRename);
    connect(m_session, &EditSession::renameUndone, this,
            [this](const Page& page, const QString& renamedTitle, int pages) {
                reloadPageList();
                m_navigator->saved(renamedTitle, page.content.title);
                renameRecent(renamedTitle, page.content.title);
                updateActions();
                statusBar()->showMessage(
                    tr("“%1” is called “%2” again; links in %n other page(s) changed back.",
                       nullptr, pages)
                        .arg(renamedTitle, page.content.title),
                    8000);
            });
    connect(m_session, &EditSession::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    connect(m_session, &EditSession::linksFollowed, this,
            [this](const QString& oldTitle, const QString& newTitle, int pages) {
                if (pages > 0)
                    statusBar()->showMessage(
                        tr("Renamed “%1” to “%2”; links in %n other page(s) now follow.", nullptr,
                           pages)
                            .arg(oldTitle, newTitle),
                        8000);
            });
    connect(m_navigator, &PageNavigator::shown, this, &MainWindow::onPageShown);
}

void MainWindow::setWiki(std::unique_ptr<Wiki> wiki)
{
    m_wiki = std::move(wiki);
    m_navigator->setStore(&m_wiki->pages());
    m_recentPages.clear();
    m_moves->forget();
    m_profile.schemeHandler()->setStore(&m_wiki->pages());
    m_session->setStore(&m_wiki->pages());
    m_session->setDrafts(&m_wiki->drafts());
    m_review->setStore(&m_wiki->pages());
    m_searchController->setWiki(m_wiki->path());
    m_editor->preview()->setWiki(m_wiki->path());
    m_links->setWiki(m_wiki.get());
    m_sync->setWiki(m_wiki.get());
    m_favorites->setWiki(m_wiki->path());
    rememberWiki(m_wiki->path());
    m_requestedPage.clear(); // asked for in the wiki shown before
    Q_EMIT wikiOpened(m_wiki->path());
    m_searchField->clear();
    reloadPageList();
    reloadReviewQueue();
    m_stack->setCurrentWidget(m_view);
    updateStatus();
    // Reading goes on where it stopped, in the wiki it stopped in.
    const QString last = m_settings.value(Settings::Key::LastPage).toString();
    const bool sameWiki = m_settings.value(Settings::Key::LastPageWiki).toString() ==
                          QFileInfo(m_wiki->path()).absoluteFilePath();
    bool lastExists = false;
    if (sameWiki && !last.isEmpty()) {
        try {
            lastExists = m_wiki->pages().exists(last);
        } catch (const StoreError&) {
        }
    }
    openPage(lastExists ? last : homeTitle());
    // Text left unsaved by a Folio that was killed is offered back once the window is up.
    QTimer::singleShot(0, m_session, &EditSession::offerKeptDrafts);
}

QString MainWindow::homeTitle() const
{
    try {
        if (m_wiki->pages().exists(StarterWiki::welcomeTitle()))
            return StarterWiki::welcomeTitle();
        return m_wiki->pages().firstTitle().value_or(StarterWiki::welcomeTitle());
    } catch (const StoreError&) {
        return StarterWiki::welcomeTitle(); // opening it will say what is wrong
    }
}

void MainWindow::openPage(const QString& title, const QString& anchor, const QStringList& highlight)
{
    if (isEditing() && !settleDraft())
        return;
    PageNavigator::Result result = PageNavigator::Result::Shown;
    if (!attempt(tr("Cannot Open Page"),
                 [&] { result = m_navigator->open(title, anchor, highlight); }))
        return;
    if (result == PageNavigator::Result::Missing)
        offerToCreate(title);
}

void MainWindow::renameRecent(const QString& from, const QString& to)
{
    std::replace(m_recentPages.begin(), m_recentPages.end(), from, to);
    m_recentPages.removeDuplicates();
    m_favorites->rename(from, to);
}

void MainWindow::goToPage()
{
    // Kept between uses, its titles folded once: on a large wiki only the first use after a
    // change lists and folds them again.
    if (!m_switcher)
        m_switcher = new QuickSwitcher(this);
    if (m_switcherTitlesStale) {
        QStringList titles;
        if (!attempt(tr("Cannot List Pages"), [&] { titles = m_wiki->pages().titles(); }))
            return;
        m_switcher->setPages(titles, m_recentPages);
        m_switcherTitlesStale = false;
    } else {
        m_switcher->setRecent(m_recentPages);
    }
    if (m_switcher->exec() == QDialog::Accepted)
        openPage(m_switcher->chosen());
}

void MainWindow::onPageShown(const QString& title)
{
    m_recentPages.removeAll(title);
    m_recentPages.prepend(title);
    if (m_recentPages.size() > kRecentPages)
        m_recentPages.removeLast();
    m_session->leave();
    m_stack->setCurrentWidget(m_view);
    m_pageList->select(title);
    setWindowTitle(tr("%1 — Folio").arg(title));
    updateActions();
    updatePageState();
}

void MainWindow::onSearchTextChanged(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_searchPanel->setQuery(QString());
        m_sidebar->hideOverlay();
        return;
    }
    m_actions->togglePageList->setChecked(true);
    m_sidebar->showOverlay(m_searchPanel);
    m_searchPanel->setQuery(text);
}

void MainWindow::leaveSearch()
{
    m_searchField->clear();
    m_sidebar->hideOverlay();
}

void MainWindow::showTagsPanel(const QString& tag)
{
    m_actions->togglePageList->setChecked(true);
    leaveSearch();
    m_sidebar->showPanel(QStringLiteral("tags"));
    if (!tag.isEmpty())
        m_tagsPanel->showTag(tag);
    else
        m_tagsPanel->tagList()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showLinksPanel()
{
    m_actions->togglePageList->setChecked(true);
    leaveSearch();
    m_sidebar->showPanel(QStringLiteral("links"));
    m_links->panel()->focusFilter();
}

bool MainWindow::isShowingSearch() const
{
    return m_sidebar->isShowingOverlay();
}

bool MainWindow::isShowingLink() const
{
    return m_stack->currentWidget() == m_links->details() ||
           m_stack->currentWidget() == m_links->reader();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // The search field steers the results: arrows move, Enter opens, Esc leaves.
    if (watched == m_searchField && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Down:
            m_searchPanel->moveSelection(1);
            return true;
        case Qt::Key_Up:
            m_searchPanel->moveSelection(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            m_searchPanel->activateCurrent();
            return true;
        case Qt::Key_Escape:
            leaveSearch();
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::offerToCreate(const QString& title)
{
    const QString problem = PageTitle::problem(title);
    if (!problem.isEmpty()) {
        MessageBox::critical(this, tr("Cannot Create Page"), problem);
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Create Page"),
        tr("There is no page called “%1” yet. Do you want to create it?").arg(title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        startNewPage(title);
}

void MainWindow::newPage()
{
    if (isEditing() && !settleDraft())
        return;
    QList<PageSummary> templates;
    if (!attempt(tr("Cannot Create Page"),
                 [&] { templates = PageTemplates::list(m_wiki->pages()); }))
        return;
    const std::optional<NewPageDialog::Choice> choice = NewPageDialog::ask(this, templates);
    if (!choice)
        return;
    const QString* title = &choice->title;
    const QString problem = PageTitle::problem(*title);
    if (!problem.isEmpty()) {
        MessageBox::critical(this, tr("Cannot Create Page"), problem);
        return;
    }
    bool exists = false;
    if (!attempt(tr("Cannot Create Page"), [&] { exists = m_wiki->pages().exists(*title); }))
        return;
    if (exists) {
        MessageBox::critical(
            this, tr("Cannot Create Page"),
            tr("A page titled “%1” already exists.").arg(PageTitle::normalized(*title)));
        return;
    }
    const QString normalized = PageTitle::normalized(*title);
    PageContent start;
    if (choice->templateId != 0) {
        std::optional<Page> templatePage;
        if (!attempt(tr("Cannot Create Page"),
                     [&] { templatePage = m_wiki->pages().find(choice->templateId); }))
            return;
        if (templatePage)
            start =
                PageTemplates::instantiate(templatePage->content, normalized, QDate::currentDate());
    }
    startNewPage(normalized, start);
}

void MainWindow::startNewPage(const QString& title, const PageContent& start)
{
    m_session->editNew(title, start);
    setWindowTitle(tr("%1 (new) — Folio").arg(title));
}

void MainWindow::startEditing()
{
    if (isEditing())
        return;
    std::optional<Page> page;
    if (!attempt(tr("Cannot Edit Page"), [&] { page = m_wiki->pages().find(currentTitle()); }) ||
        !page)
        return;
    m_session->edit(*page);
}

bool MainWindow::save()
{
    return m_session->save();
}

void MainWindow::onWikiChangedElsewhere()
{
    attempt(tr("Cannot List Links"), [this] { m_links->panel()->reload(); });
    reloadPageList();
    reloadReviewQueue();
    updateStatus();
    if (m_stack->currentWidget() != m_view)
        return;
    bool exists = false;
    attempt(tr("Cannot Open Page"), [&] { exists = m_wiki->pages().exists(currentTitle()); });
    if (exists)
        m_navigator->reshow();
    else
        openPage(homeTitle());
}

void MainWindow::onSaved(const Page& page, const QString& previousTitle)
{
    // A writer's new page is a draft: drafts are shown, or it would vanish from the list.
    if (previousTitle.isEmpty() && page.state.status != PageStatus::Published && !showsDrafts())
        m_actions->showDrafts->setChecked(true);
    reloadPageList();
    reloadReviewQueue();
    m_navigator->saved(previousTitle, page.content.title);
    renameRecent(previousTitle, page.content.title);
    statusBar()->showMessage(tr("Saved “%1”.").arg(page.content.title), 4000);
    updateStatus();
}

void MainWindow::cancelEditing()
{
    if (!isEditing() || !settleDraft())
        return;
    m_session->leave();
    bool exists = false;
    attempt(tr("Cannot Open Page"), [&] { exists = m_wiki->pages().exists(currentTitle()); });
    if (exists)
        m_navigator->reshow();
}

bool MainWindow::settleDraft()
{
    return m_session->settle();
}

QString MainWindow::currentTitle() const
{
    return m_navigator->current();
}

bool MainWindow::isEditing() const
{
    return m_session->isEditing();
}

void MainWindow::goBack()
{
    if (isEditing() && !settleDraft())
        return;
    m_navigator->back();
}

void MainWindow::goForward()
{
    if (isEditing() && !settleDraft())
        return;
    m_navigator->forward();
}

void MainWindow::chooseWikiFile()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Open Wiki"), QFileInfo(m_wiki->path()).absolutePath(),
                                    tr("Folio wikis (*.folio);;All files (*)"));
    if (!path.isEmpty())
        openWikiFile(path);
}

void MainWindow::newWiki()
{
    if (isEditing() && !settleDraft())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::getSaveFileName(
        this, tr("New Wiki"),
        QDir(folder).filePath(tr("team", "file name") + QLatin1String(".folio")));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".folio"), Qt::CaseInsensitive))
        path += QLatin1String(".folio");
    // A new wiki never replaces a file, whatever the file dialog allowed.
    if (QFileInfo::exists(path)) {
        if (MessageBox::question(
                this, tr("New Wiki"),
                tr("“%1” already exists. Open it instead?").arg(QDir::toNativeSeparators(path)),
                QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open) == QMessageBox::Open)
            openWikiFile(path);
        return;
    }
    const auto starter = MessageBox::question(
        this, tr("New Wiki"),
        tr("Start the new wiki with Folio's starter pages (a welcome page, a guide to writing "
           "pages, a Markdown cheat sheet, an FAQ and page templates)? You can delete them "
           "later."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (starter == QMessageBox::Cancel)
        return;
    WikiFile::Options options;
    options.createFolders = false;
    try {
        setWiki(Wiki::open(path, options,
                           starter == QMessageBox::Yes ? Wiki::NewWiki::WithStarterPages
                                                       : Wiki::NewWiki::Empty));
    } catch (const StoreError& error) {
        MessageBox::critical(this, tr("Cannot Create Wiki"), error.message());
        return;
    }
    statusBar()->showMessage(tr("Created “%1”.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::rememberWiki(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = m_settings.value(Settings::Key::RecentWikis).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    m_settings.setValue(Settings::Key::RecentWikis, recent.mid(0, kRecentWikis));
    rebuildRecentWikis();
}

void MainWindow::fillPageMenu(QMenu* menu, const QStringList& titles, const QString& empty)
{
    menu->clear();
    for (const QString& title : titles) {
        const int number = int(menu->actions().size()) + 1;
        // &1…&9 choose from the keyboard once the menu is open.
        QString text = title;
        text.replace(u'&', QLatin1String("&&"));
        if (number < 10)
            text = QStringLiteral("&%1 ").arg(number) + text;
        menu->addAction(text, this, [this, title] { openPage(title); });
    }
    if (titles.isEmpty())
        menu->addAction(empty)->setEnabled(false);
}

void MainWindow::rebuildRecentWikis()
{
    QMenu* menu = m_actions->recentWikis;
    menu->clear();
    const QStringList recent = m_settings.value(Settings::Key::RecentWikis).toStringList();
    const QString current = QFileInfo(m_wiki->path()).absoluteFilePath();
    int number = 0;
    for (const QString& path : recent) {
        if (path == current)
            continue;
        ++number;
        // &1…&9 choose from the keyboard; the folder is in the tool tip.
        QAction* open =
            menu->addAction((number < 10 ? QStringLiteral("&%1 ").arg(number) : QString()) +
                                QFileInfo(path).fileName().replace(u'&', QLatin1String("&&")),
                            this, [this, path] { openWikiFile(path); });
        open->setToolTip(QDir::toNativeSeparators(path));
        open->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!menu->isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("&Clear the List"), this, [this] {
            m_settings.setValue(Settings::Key::RecentWikis,
                                QStringList{QFileInfo(m_wiki->path()).absoluteFilePath()});
            rebuildRecentWikis();
        });
    }
    menu->setEnabled(!menu->isEmpty());
}

void MainWindow::saveAttachment(const QString& sha256, const QString& fileName)
{
    const QString name = fileName.isEmpty() ? sha256.left(12) : fileName;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save Attachment"), QDir(folder).filePath(name));
    if (path.isEmpty())
        return;
    std::optional<AttachmentStore::Blob> blob;
    try {
        blob = AttachmentStore(m_wiki->database()).blob(sha256);
    } catch (const StoreError& error) {
        MessageBox::warning(this, tr("Cannot Save Attachment"), error.message());
        return;
    }
    if (!blob) {
        MessageBox::warning(this, tr("Cannot Save Attachment"),
                            tr("“%1” is no longer in this wiki.").arg(name));
        return;
    }
    if (const QString error = FileOutput::write(path, blob->data); !error.isEmpty()) {
        MessageBox::warning(this, tr("Cannot Save Attachment"), error);
        return;
    }
    statusBar()->showMessage(
        tr("Saved “%1” (%2).")
            .arg(QDir::toNativeSeparators(path), AttachmentFile::describeSize(blob->data.size())),
        5000);
}

void MainWindow::openWikiFile(const QString& path)
{
    if (isEditing() && !settleDraft())
        return;
    WikiFile::Options options;
    options.mayCreate = false; // a mistyped or moved file is reported, not made anew
    options.createFolders = false;
    try {
        setWiki(Wiki::open(path, options));
    } catch (const StoreError& error) {
        MessageBox::critical(this, tr("Cannot Open Wiki"), error.message());
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Folio"),
                       tr("<h3>Folio %1</h3><p>An offline wiki for guides, FAQs and best "
                          "practices, and the links your team shares.</p>")
                           .arg(QLatin1String(kVersion)));
}

void MainWindow::setTheme(PageStyle::ColorScheme choice)
{
    Theme::apply(choice);
    m_settings.setValue(Settings::Key::Theme, Theme::key(choice));
    m_actions->themeAction(choice)->setChecked(true);
    // The pages ask for their style sheet again.
    m_view->refresh();
    m_editor->preview()->reload();
    m_links->reader()->pageView()->reload();
}

void MainWindow::setZoom(double factor)
{
    // Qt WebEngine's own bounds; rounded so ten steps in and out come back to 100%.
    const double zoom = std::clamp(std::round(factor * 10) / 10, 0.3, 5.0);
    m_view->setZoomFactor(zoom);
    m_links->reader()->pageView()->setZoomFactor(zoom);
    m_editor->setZoom(zoom);
    const QString percent = QLocale().toString(qRound(zoom * 100)) + QLocale().percent();
    m_statusZoom->setText(percent);
    m_statusZoom->setAccessibleName(tr("Zoom %1").arg(percent));
}

void MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Group> groups = ShortcutsDialog::fromMenus(*menuBar());
    ShortcutsDialog::Group editing{tr("While editing"), {}};
    for (const auto& [action, keys] : PageEditor::keyboardShortcuts())
        editing.rows.append({action, keys});
    groups.append(editing);
    // Keys that belong to a list or a bar rather than to a menu.
    groups.append({tr("Lists and bars"),
                   {{tr("From a filter or search field into its list"), tr("Down")},
                    {tr("Back to the filter from the first row"), tr("Up")},
                    {tr("Rename the page chosen in the page list"), QStringLiteral("F2")},
                    {tr("Delete the page chosen in the page list"),
                     QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)},
                    {tr("Open, copy link, rename or delete (page list)"), tr("Menu key")},
                    {tr("A tag's pages / back to the tags (Tags panel)"), tr("Right / Left")},
                    {tr("Next / previous match (find bar)"), tr("Enter / Shift+Enter")},
                    {tr("Close the find bar, leave the search"), tr("Esc")}}});
    if (auto* open = findChild<ShortcutsDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new ShortcutsDialog(groups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::updateActions()
{
    const bool editing = isEditing();
    const MainWindowActions& a = *m_actions;
    bool canEdit = false;
    try {
        canEdit = !editing && m_wiki->pages().exists(currentTitle());
    } catch (const StoreError&) {
        // Edit stays off until the wiki answers again; the action that failed said why.
    }
    a.edit->setEnabled(canEdit);
    a.save->setEnabled(editing && m_editor->isModified());
    a.cancelEdit->setEnabled(editing);
    a.undoRename->setEnabled(m_session->canUndoRename());
    a.undoRename->setText(
        m_session->canUndoRename()
            ? tr("&Undo Rename (Back to “%1”)")
                  .arg(QString(m_session->lastRenameTitle()).replace(u'&', QLatin1String("&&")))
            : tr("&Undo Rename"));
    a.undoMove->setEnabled(m_moves->canUndo());
    a.undoMove->setText(m_moves->undoText());
    a.back->setEnabled(m_navigator->canGoBack());
    a.forward->setEnabled(m_navigator->canGoForward());
    // Off in the editor, so Ctrl+F and F3 are left to it.
    const bool canFind = shownWebView() != nullptr;
    for (QAction* find : {a.findInPage, a.findNext, a.findPrevious})
        find->setEnabled(canFind);
}

QWebEngineView* MainWindow::shownWebView() const
{
    if (m_stack->currentWidget() == m_view)
        return m_view;
    if (m_stack->currentWidget() == m_links->reader())
        return m_links->reader()->pageView();
    return nullptr;
}

void MainWindow::findInPage()
{
    if (QWebEngineView* view = shownWebView())
        m_findBar->open(view);
}

void MainWindow::updateStatus()
{
    try {
        m_statusWiki->setText(tr("%n page(s) · %1", nullptr, m_wiki->pages().count())
                                  .arg(QDir::toNativeSeparators(m_wiki->path())));
    } catch (const StoreError&) {
        m_statusWiki->setText(QDir::toNativeSeparators(m_wiki->path()));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isEditing() && !settleDraft()) {
        event->ignore();
        return;
    }
    saveSession();
    event->accept();
}

void MainWindow::showSettings()
{
    const QString language = m_settings.value(Settings::Key::Language).toString();
    const QString theme = m_settings.value(Settings::Key::Theme).toString();
    SettingsDialog dialog(m_settings, m_sync->syncFolder(), this);
    connect(&dialog, &SettingsDialog::syncFolderRequested, m_sync,
            &SyncController::chooseSyncFolder, Qt::QueuedConnection);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_settings.value(Settings::Key::Theme).toString() != theme)
        setTheme(Theme::fromKey(m_settings.value(Settings::Key::Theme).toString()));
    applyEditorFont();
    statusBar()->showMessage(
        m_settings.value(Settings::Key::Language).toString() == language
            ? tr("Settings saved.")
            : tr("Settings saved. The new language shows when Folio starts again."),
        8000);
}

void MainWindow::applyEditorFont()
{
    QFont font = PageEditor::defaultFont();
    if (const QString stored = m_settings.value(Settings::Key::EditorFont).toString();
        !stored.isEmpty())
        font.fromString(stored);
    m_editor->setTextFont(font);
}

void MainWindow::askAuthorName()
{
    const std::optional<QString> name = TextInputDialog::getText(
        this, tr("Your Name"), tr("Your name in the history of the pages you save:"),
        m_settings.authorName());
    if (!name)
        return;
    if (name->simplified().isEmpty())
        m_settings.reset(Settings::Key::AuthorName); // back to the login name
    else
        m_settings.setValue(Settings::Key::AuthorName, name->simplified());
    m_settings.sync();
    statusBar()->showMessage(tr("Pages you save are signed “%1”.").arg(m_settings.authorName()),
                             4000);
}

} // namespace folio
