#include "mainwindow/MainWindowActions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QIcon>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace folio {
namespace {

QAction* make(QMainWindow* window, const QString& text, const QKeySequence& shortcut,
              const QString& themeIcon = {},
              QStyle::StandardPixmap fallback = QStyle::SP_CustomBase)
{
    auto* action = new QAction(text, window);
    action->setShortcut(shortcut);
    if (!themeIcon.isEmpty()) {
        const QIcon standard =
            fallback == QStyle::SP_CustomBase ? QIcon() : window->style()->standardIcon(fallback);
        action->setIcon(QIcon::fromTheme(themeIcon, standard));
    }
    if (!shortcut.isEmpty())
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

MainWindowActions::MainWindowActions(QMainWindow* w)
{
    newPage = make(w, tr("&New Page…"), QKeySequence::New, QStringLiteral("document-new"),
                   QStyle::SP_FileIcon);
    newWiki = make(w, tr("New &Wiki…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    openWiki = make(w, tr("&Open Wiki…"), QKeySequence::Open, QStringLiteral("document-open"),
                    QStyle::SP_DirOpenIcon);
    quit = make(w, tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"));
    edit = make(w, tr("&Edit Page"), QKeySequence(Qt::CTRL | Qt::Key_E),
                QStringLiteral("document-edit"), QStyle::SP_FileDialogDetailedView);
    save = make(w, tr("&Save"), QKeySequence::Save, QStringLiteral("document-save"),
                QStyle::SP_DialogSaveButton);
    cancelEdit = make(w, tr("&Cancel Editing"), QKeySequence(Qt::Key_Escape),
                      QStringLiteral("dialog-cancel"), QStyle::SP_DialogCancelButton);
    back = make(w, tr("&Back"), QKeySequence(Qt::ALT | Qt::Key_Left), QStringLiteral("go-previous"),
                QStyle::SP_ArrowBack);
    forward = make(w, tr("&Forward"), QKeySequence(Qt::ALT | Qt::Key_Right),
                   QStringLiteral("go-next"), QStyle::SP_ArrowForward);
    home = make(w, tr("&Home Page"), QKeySequence(Qt::ALT | Qt::Key_Home),
                QStringLiteral("go-home"), QStyle::SP_DirHomeIcon);
    goToPage =
        make(w, tr("&Go to Page…"), QKeySequence(Qt::CTRL | Qt::Key_P), QStringLiteral("go-jump"));
    search =
        make(w, tr("&Search…"), QKeySequence(Qt::CTRL | Qt::Key_K), QStringLiteral("edit-find"));
    findInPage = make(w, tr("&Find in Page…"), QKeySequence::Find, QStringLiteral("edit-find"));
    findNext = make(w, tr("Find Ne&xt"), QKeySequence::FindNext);
    findPrevious = make(w, tr("Find Pre&vious"), QKeySequence::FindPrevious);
    filterPages = make(w, tr("&Filter Pages"), QKeySequence(Qt::CTRL | Qt::Key_L));
    togglePageList = make(w, tr("Show Side &Panel"), QKeySequence(Qt::CTRL | Qt::Key_B));
    // Ctrl+L is the page filter's; the links panel has the same key with Shift.
    showLinks = make(w, tr("&Links"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    showTags = make(w, tr("&Tags"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    importLinks = make(w, tr("&Import Links…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    exportWiki = make(w, tr("&Export Wiki…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                      QStringLiteral("document-export"));
    importBundle = make(w, tr("Import &Bundle…"), {}, QStringLiteral("document-import"));
    undoImport = make(w, tr("U&ndo Last Import…"), {});
    syncFolder = make(w, tr("Sync &Folder…"), {});
    syncNow = make(w, tr("S&ync Now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
                   QStringLiteral("view-refresh"));
    stopSyncing = make(w, tr("S&top Syncing"), {});
    stopSyncing->setEnabled(false);
    conflicts = make(w, tr("&Conflicts…"), {});
    togglePageList->setCheckable(true);
    togglePageList->setChecked(true);
    themeSystem = make(w, tr("As the &System"), {});
    themeLight = make(w, tr("&Light"), {});
    themeDark = make(w, tr("&Dark"), {});
    auto* themes = new QActionGroup(w);
    for (QAction* theme : {themeSystem, themeLight, themeDark}) {
        theme->setCheckable(true);
        themes->addAction(theme);
    }
    zoomIn = make(w, tr("Zoom &In"), QKeySequence::ZoomIn, QStringLiteral("zoom-in"));
    zoomOut = make(w, tr("Zoom &Out"), QKeySequence::ZoomOut, QStringLiteral("zoom-out"));
    zoomReset = make(w, tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0),
                     QStringLiteral("zoom-original"));
    undoRename = make(w, tr("&Undo Rename"), {});
    undoMove = make(w, tr("Undo &Move"), {});
    authorName = make(w, tr("Your &Name in Page History…"), {});
    about = make(w, tr("&About Folio"), {}, QStringLiteral("help-about"));
    settings = make(w, tr("Se&ttings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                    QStringLiteral("preferences-system"));
    shortcuts = make(w, tr("&Keyboard Shortcuts"), QKeySequence::HelpContents,
                     QStringLiteral("help-keyboard-shortcuts"));
    showDrafts = make(w, tr("Show &Drafts"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    showDrafts->setCheckable(true);
    submitForReview = make(w, tr("Submit for &Review"), {});
    publish = make(w, tr("&Publish"), {});
    sendBack = make(w, tr("Send &Back to Draft"), {});
    makePublic = make(w, tr("P&ublic Page"), {});
    makePublic->setCheckable(true);
    history = make(w, tr("Page &History"), QKeySequence(Qt::CTRL | Qt::Key_H),
                   QStringLiteral("document-open-recent"));
    copyPageLink = make(w, tr("Copy &Link to Page"), {}, QStringLiteral("edit-copy"));
    favorite = make(w, tr("&Favorite Page"), QKeySequence(Qt::CTRL | Qt::Key_D),
                    QStringLiteral("starred"));
    favorite->setCheckable(true);
    // Ctrl+P is Go to Page, as in editors; printing is rarer than jumping to a page.
    exportPdf = make(w, tr("E&xport as PDF…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                     QStringLiteral("document-export"));
    printPage = make(w, tr("Pri&nt…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                     QStringLiteral("document-print"));
    renamePage = make(w, tr("Rena&me Page…"), {});
    movePage = make(w, tr("M&ove Under…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    deletePage =
        make(w, tr("&Delete Page…"), {}, QStringLiteral("edit-delete"), QStyle::SP_TrashIcon);
    deletedPages = make(w, tr("Deleted Pa&ges…"), {});
    // Esc cancels only while the editor has focus; elsewhere it must not discard a draft.
    cancelEdit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

QAction* MainWindowActions::themeAction(PageStyle::ColorScheme scheme) const
{
    switch (scheme) {
    case PageStyle::ColorScheme::Light:
        return themeLight;
    case PageStyle::ColorScheme::Dark:
        return themeDark;
    case PageStyle::ColorScheme::System:
        break;
    }
    return themeSystem;
}

void MainWindowActions::buildMenus(QMainWindow* w)
{
    QMenu* file = w->menuBar()->addMenu(tr("&File"));
    file->addAction(newPage);
    file->addSeparator();
    file->addActions({newWiki, openWiki});
    recentWikis = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(importLinks);
    file->addSeparator();
    file->addActions({exportWiki, importBundle, undoImport});
    file->addSeparator();
    file->addActions({syncFolder, syncNow, stopSyncing});
    file->addSeparator();
    file->addAction(quit);
    QMenu* editMenu = w->menuBar()->addMenu(tr("&Edit"));
    editMenu->addActions({edit, save, cancelEdit});
    editMenu->addSeparator();
    editMenu->addActions({findInPage, findNext, findPrevious});
    editMenu->addSeparator();
    editMenu->addActions({undoRename, undoMove});
    editMenu->addSeparator();
    editMenu->addActions({authorName, settings});
    QMenu* page = w->menuBar()->addMenu(tr("&Page"));
    page->addAction(history);
    page->addActions({favorite, copyPageLink});
    page->addActions({exportPdf, printPage});
    page->addSeparator();
    page->addActions({submitForReview, publish, sendBack, makePublic});
    page->addSeparator();
    page->addActions({renamePage, movePage, deletePage, deletedPages});
    QMenu* view = w->menuBar()->addMenu(tr("&View"));
    view->addActions(
        {search, filterPages, showLinks, showTags, togglePageList, showDrafts, conflicts});
    view->addSeparator();
    QMenu* theme = view->addMenu(tr("&Theme"));
    theme->addActions({themeSystem, themeLight, themeDark});
    view->addActions({zoomIn, zoomOut, zoomReset});
    QMenu* go = w->menuBar()->addMenu(tr("&Go"));
    go->addAction(goToPage);
    favorites = go->addMenu(tr("F&avorites"));
    recentPages = go->addMenu(tr("Recently &Viewed"));
    go->addSeparator();
    go->addActions({back, forward, home});
    QMenu* help = w->menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);
}

void MainWindowActions::buildToolBar(QMainWindow* w, QWidget* searchField) const
{
    QToolBar* bar = w->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Arrows and save/cancel icons speak for themselves (their names are in the tooltips):
    // without their words the bar keeps room for the search field in longer languages.
    for (QAction* action : {back, forward, save, cancelEdit})
        action->setPriority(QAction::LowPriority);
    bar->addActions({back, forward, home});
    bar->addSeparator();
    bar->addActions({newPage, edit, save, cancelEdit});
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(searchField);
}

} // namespace folio
