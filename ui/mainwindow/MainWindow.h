#pragma once

#include "store/Page.h"
#include "wiki/PageStyle.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class QMenu;
class QWebEngineView;

namespace folio {

class EditSession;
class FindBar;
class LinksWorkspace;
class PageEditor;
class PageNavigator;
class PageListPanel;
class PagePrinter;
class FavoritePages;
class TagsPanel;
class QuickSwitcher;
class HistoryView;
class PageView;
class ReviewQueuePanel;
class ReviewView;
class ReviewWorkflow;
class SearchController;
class SearchPanel;
class Settings;
class Sidebar;
class SyncController;
class WebProfile;
class Wiki;
class PageMoves;
struct MainWindowActions;

// The window: page list on the left, the page (or its editor) on the right. It turns user
// actions into store calls; rendering, storage and policy live in their own classes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` keeps the window's size and layout, zoom, the last page and the author name
    // across restarts.
    MainWindow(WebProfile& profile, Settings& settings, std::unique_ptr<Wiki> wiki,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the page with this title (adding it to Back/Forward), or offers to create it;
    // `highlight` words are marked in it (opened from a search).
    void openPage(const QString& title, const QString& anchor = {},
                  const QStringList& highlight = {});
    void startEditing();
    // Stores the editor's text as a new revision; false if it could not be saved.
    bool save();
    // Opens the wiki file at `path` (an existing one: File → New Wiki makes new ones).
    void openWikiFile(const QString& path);
    // File → New Wiki: a file name, then the starter pages or an empty wiki.
    void newWiki();

    QString currentTitle() const;
    bool isEditing() const;
    PageView* pageView() const { return m_view; }
    FindBar* findBar() const { return m_findBar; }
    PagePrinter* printer() const { return m_printer; }
    PageEditor* editor() const { return m_editor; }
    PageListPanel* pageList() const { return m_pageList; }
    TagsPanel* tagsPanel() const { return m_tagsPanel; }
    QLineEdit* searchField() const { return m_searchField; }
    SearchPanel* searchPanel() const { return m_searchPanel; }
    Sidebar* sidebar() const { return m_sidebar; }
    LinksWorkspace* links() const { return m_links; }
    // True while the content area shows a link's details instead of a page.
    bool isShowingLink() const;
    bool isShowingSearch() const;
    Wiki& wiki() const { return *m_wiki; }
    ReviewWorkflow* review() const { return m_review; }
    const MainWindowActions& actions() const { return *m_actions; }
    // The current page's status and visibility, as the status bar shows them.
    QString pageStateText() const;
    bool showsDrafts() const;
    // Asks, then deletes the page on screen (its history is kept).
    void deleteCurrentPage();
    // Asks, then deletes the page titled `title`.
    void deletePage(const QString& title);
    // Asks for a new title; links to the page follow, Edit → Undo Rename takes it back.
    void renamePage(const QString& title);
    // Puts the page under another (empty: at the top); Edit → Undo Move takes it back.
    void movePage(const QString& title, const QString& parentTitle);
    // Asks which page `title` goes under, then moves it.
    void askToMovePage(const QString& title);
    // Edit → Undo Move: the last move taken back.
    void undoMove();
    // A folio://wiki/page/… link on the clipboard: pasted in a page it links there, opened
    // with Folio (folio LINK, or from a chat) it shows the page.
    void copyPageLink(const QString& title);
    void showDeletedPages();
    // The page on screen's revisions and their changes, in the content area.
    void showHistory();
    HistoryView* historyView() const { return m_history; }
    ReviewQueuePanel* reviewQueue() const { return m_reviewQueue; }
    ReviewView* reviewView() const { return m_reviewView; }
    SyncController* sync() const { return m_sync; }
    // Another start of Folio asked for `title` (empty: for the window): the window comes
    // forward and shows it, once any dialog open here is closed (its owner carries on after it).
    void openRequestedPage(const QString& title);

Q_SIGNALS:
    // Another wiki is open in the window (File → Open Wiki, New Wiki).
    void wikiOpened(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void connectActions();
    void setWiki(std::unique_ptr<Wiki> wiki);
    void onPageShown(const QString& title);
    void onSearchTextChanged(const QString& text);
    void leaveSearch();
    void showLinksPanel();
    // The Tags panel, with `tag` chosen when given (a chip clicked on a page).
    void showTagsPanel(const QString& tag = {});
    void offerToCreate(const QString& title);
    void newPage();
    void startNewPage(const QString& title, const PageContent& start = {});
    void cancelEditing();
    void onSaved(const Page& page, const QString& previousTitle);
    void goBack();
    // The quick switcher (Ctrl+P): a few letters of a title, then Enter.
    void goToPage();
    // A page was renamed: the quick switcher's recent pages follow it.
    void renameRecent(const QString& from, const QString& to);
    void goForward();
    // Find in page (Ctrl+F) over the page or archived page on screen.
    void findInPage();
    // The list, the actions and the page on screen after `title` moved.
    void afterMove(const QString& title, bool shownBelow);
    void orderTabs();
    // Whether the page on screen is `title` or sits under it (its breadcrumbs name it).
    bool showsPageBelow(const QString& title) const;
    // The web view on screen that find in page searches, if any.
    QWebEngineView* shownWebView() const;
    void showAbout();
    // Zooms the page, the archived page and the editor alike (1.0 = 100%), shown in the
    // status bar.
    void setZoom(double factor);
    // Light, dark, or as the system is: the window, the page, the editor and its preview.
    void setTheme(PageStyle::ColorScheme choice);
    // Help → Keyboard Shortcuts: the menus' keys, the editor's, and those of lists and bars.
    void showShortcuts();
    void askAuthorName();
    // Edit → Settings; what changed applies at once, but the language (at the next start).
    void showSettings();
    void applyEditorFont();
    void restoreLayout();
    void saveSession();
    void chooseWikiFile();
    // File → Open Recent follows the wikis opened, the latest first.
    void rememberWiki(const QString& path);
    void rebuildRecentWikis();
    // Go → Favorites and Go → Recently Viewed, filled as they open.
    void fillPageMenu(QMenu* menu, const QStringList& titles, const QString& empty);
    // Saves a file attached to the page where the reader chooses.
    void saveAttachment(const QString& sha256, const QString& fileName);
    // Asks what to do with unsaved edits; false means stay in the editor.
    bool settleDraft();
    void updateActions();
    void updateStatus();
    // The review actions and status bar follow the page on screen (none while editing or
    // showing a link).
    void updatePageState();
    void setShowDrafts(bool show);
    QString homeTitle() const;
    void reloadPageList();
    // Opens the page another start asked for, once no dialog is open (checked every 300 ms).
    void openRequestedPageOnceFree();
    // Counting tags reads every page's tags (0.1 s at 100,000 pages): done for the Tags panel
    // on screen, else when it is next shown.
    void reloadTagsIfShown();
    // Every page's title, drafts too: what "[[" offers in the editor.
    QStringList pageTitles() const;
    void reloadReviewQueue();
    // Pages changed under the window (an import, an undo, a sync round): lists, status and
    // the page on screen follow; an open editor keeps its text.
    void onWikiChangedElsewhere();
    // Runs a user action that reaches the store. A failure (the wiki busy, the disk full, an
    // I/O error) is shown in a message box titled `failure`; the window stays as it was.
    bool attempt(const QString& failure, const std::function<void()>& action);

    WebProfile& m_profile;
    Settings& m_settings;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<MainWindowActions> m_actions;
    SearchController* m_searchController = nullptr;
    QLineEdit* m_searchField = nullptr;
    Sidebar* m_sidebar = nullptr;
    PageListPanel* m_pageList = nullptr;
    TagsPanel* m_tagsPanel = nullptr;
    SearchPanel* m_searchPanel = nullptr;
    LinksWorkspace* m_links = nullptr;
    QStackedWidget* m_stack = nullptr;
    FindBar* m_findBar = nullptr;
    PagePrinter* m_printer = nullptr;
    PageView* m_view = nullptr;
    PageEditor* m_editor = nullptr;
    EditSession* m_session = nullptr;
    PageNavigator* m_navigator = nullptr;
    SyncController* m_sync = nullptr;
    QLabel* m_statusWiki = nullptr;
    QToolButton* m_statusZoom = nullptr; // "110%"; a click goes back to 100%
    QLabel* m_statusPage = nullptr;      // "Draft · Internal"
    ReviewWorkflow* m_review = nullptr;
    HistoryView* m_history = nullptr;
    ReviewQueuePanel* m_reviewQueue = nullptr;
    ReviewView* m_reviewView = nullptr;
    QLabel* m_statusArchive = nullptr; // "Archiving 3 of 20" while links are archived
    QSplitter* m_splitter = nullptr;
    QStringList m_recentPages; // the latest first, for the quick switcher
    std::unique_ptr<FavoritePages> m_favorites;
    std::unique_ptr<PageMoves> m_moves;
    QuickSwitcher* m_switcher = nullptr;
    bool m_switcherTitlesStale = true; // pages were added, renamed or deleted since
    bool m_tagsStale = true;           // the Tags panel's counts are older than the pages
    QTimer* m_requestRetry = nullptr;  // a requested page waiting for a dialog to close
    QString m_requestedPage;
    static constexpr qsizetype kRecentPages = 30;
    static constexpr qsizetype kRecentWikis = 10;
};

} // namespace folio
