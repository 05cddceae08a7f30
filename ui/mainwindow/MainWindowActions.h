#pragma once

#include "wiki/PageStyle.h"

#include <QCoreApplication>

class QAction;
class QMenu;
class QMainWindow;

namespace folio {

// Every menu and toolbar action of the main window, with its shortcut, created in one place
// so the window itself only wires behaviour.
struct MainWindowActions
{
    Q_DECLARE_TR_FUNCTIONS(folio::MainWindowActions)

public:
    explicit MainWindowActions(QMainWindow* window);

    QAction* newPage = nullptr;
    QAction* openWiki = nullptr;
    QAction* newWiki = nullptr;
    QMenu* recentWikis = nullptr; // filled by the window
    QAction* quit = nullptr;
    QAction* edit = nullptr;
    QAction* save = nullptr;
    QAction* cancelEdit = nullptr;
    QAction* back = nullptr;
    QAction* forward = nullptr;
    QAction* home = nullptr;
    QAction* goToPage = nullptr;
    QAction* favorite = nullptr;  // checkable: the page on screen is pinned
    QMenu* favorites = nullptr;   // filled by the window as it opens
    QMenu* recentPages = nullptr; // filled by the window as it opens
    QAction* search = nullptr;
    QAction* findInPage = nullptr;
    QAction* findNext = nullptr;
    QAction* findPrevious = nullptr;
    QAction* filterPages = nullptr;
    QAction* togglePageList = nullptr;
    QAction* showLinks = nullptr;
    QAction* showTags = nullptr;
    QAction* importLinks = nullptr;
    QAction* exportWiki = nullptr;
    QAction* importBundle = nullptr;
    QAction* undoImport = nullptr;
    QAction* syncFolder = nullptr;
    QAction* syncNow = nullptr;
    QAction* stopSyncing = nullptr;
    QAction* conflicts = nullptr;
    // View → Theme: checkable, one of them checked.
    QAction* themeSystem = nullptr;
    QAction* themeLight = nullptr;
    QAction* themeDark = nullptr;
    QAction* themeAction(PageStyle::ColorScheme scheme) const;
    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* zoomReset = nullptr;
    QAction* undoRename = nullptr;
    QAction* undoMove = nullptr;
    QAction* authorName = nullptr;
    QAction* settings = nullptr;
    QAction* showDrafts = nullptr; // checkable: drafts and pages in review in lists and search
    QAction* submitForReview = nullptr;
    QAction* publish = nullptr;
    QAction* sendBack = nullptr;
    QAction* makePublic = nullptr; // checkable
    QAction* history = nullptr;
    QAction* copyPageLink = nullptr;
    QAction* exportPdf = nullptr;
    QAction* printPage = nullptr;
    QAction* renamePage = nullptr;
    QAction* movePage = nullptr;
    QAction* deletePage = nullptr;
    QAction* deletedPages = nullptr;
    QAction* about = nullptr;
    QAction* shortcuts = nullptr;

    void buildMenus(QMainWindow* window);
    // The toolbar, with `searchField` at its right end.
    void buildToolBar(QMainWindow* window, QWidget* searchField) const;
};

} // namespace folio
