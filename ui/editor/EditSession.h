#pragma once

#include "authoring/PageRename.h"
#include "store/Page.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QStackedWidget;

namespace folio {

class DraftStore;
class PageEditor;
class PageStore;
struct AttachmentFile;
struct Draft;

// A writer's edit of one page: the editor opened on a page or on a new title, the draft saved
// as a revision signed with the writer's name, and a draft never dropped without asking. The
// window decides what to show once a page is saved or the editor is left.
class EditSession : public QObject
{
    Q_OBJECT

public:
    // `content` holds the editor and `reader` (what shows when not editing); `author` is asked
    // at each save, so a name changed meanwhile is used.
    EditSession(PageEditor& editor, QStackedWidget& content, QWidget& reader,
                std::function<QString()> author, QObject* parent = nullptr);

    void setStore(PageStore* store)
    {
        m_store = store;
        m_lastRename.reset();
    }
    // Where unsaved text is kept a moment after typing pauses (autosave); nullptr keeps none.
    void setDrafts(DraftStore* drafts);
    void setAutosaveDelay(int milliseconds) { m_autosave.setInterval(milliseconds); }
    // Opens a kept draft in the editor, unsaved, on top of the revision it started from: a
    // page changed meanwhile meets the conflict dialog on save. A draft of a page deleted
    // since becomes a new page.
    void restore(const Draft& draft);
    // At start: asks about each draft left by an edit that never got saved (Folio killed, a
    // crash), newest first. Yes opens it in the editor and stops asking; No deletes it;
    // Cancel keeps it for the next start. True when one was opened.
    bool offerKeptDrafts();
    // Stores a pasted or dropped file in the wiki once (by SHA-256) and names it on the page;
    // nothing, after saying why, when it is refused (too large, unreadable, the wiki failing).
    std::optional<QString> attach(const AttachmentFile& file);
    bool isEditing() const;
    bool isModified() const;
    void edit(const Page& page);
    // A new page titled `title`, starting from `start` (a template's text, kind and tags).
    void editNew(const QString& title, const PageContent& start = {});
    // Stores the draft as a new revision (or the new page); on failure says why in a message
    // box, keeps the draft and returns false.
    bool save();
    // Unsaved changes? Asks: Save, Discard or Cancel. False means stay in the editor.
    bool settle();
    // Back to `reader`, dropping the draft (after settle()).
    void leave();
    // The last save renamed a page: undoing it brings back the old title and every link it
    // changed, as new revisions (PageRename::undo). False, after saying why, if it failed.
    bool canUndoRename() const { return m_lastRename.has_value(); }
    QString lastRenameTitle() const { return m_lastRename ? m_lastRename->oldTitle : QString(); }
    bool undoRename();
    // Renames the page titled `title` without opening the editor (the page list's Rename):
    // links follow, Undo Rename takes it back. False, after saying why, if it failed.
    bool rename(const QString& title, const QString& newTitle);

Q_SIGNALS:
    // A page was saved; `previousTitle` is its title before (empty for a new page).
    void saved(const Page& page, const QString& previousTitle);
    // The save renamed the page, and the links to it in `pages` other pages were changed to
    // the new title (in the same transaction).
    void linksFollowed(const QString& oldTitle, const QString& newTitle, int pages);
    // A save met a newer revision and the writer kept it, dropping the edit.
    void replaced(const Page& page, const QString& previousTitle);
    // rename() gave `page` its new title; it was `oldTitle`.
    void renamed(const Page& page, const QString& oldTitle);
    // A rename was undone: `page` has its old title again (it was `renamedTitle`).
    void renameUndone(const Page& page, const QString& renamedTitle, int pages);
    // The unsaved text was written to the drafts table.
    void draftKept();
    // Something to tell the writer in passing (the status bar).
    void message(const QString& text);
    // Editing started or ended, or the draft became modified or clean.
    void stateChanged();

private:
    PageEditor& m_editor;
    QStackedWidget& m_content;
    QWidget& m_reader;
    std::function<QString()> m_author;
    // The page changed elsewhere since editing began: the writer chooses (ConflictDialog).
    bool resolveConflict(const PageContent& mine);

    void keepDraft();
    // Editing a page that has a kept draft: asks whether to restore it. True when it was.
    bool offerKeptDraftOf(const Page& page);
    void restore(const Draft& draft, const Page& page);
    void forgetDraft();

    PageStore* m_store = nullptr;
    DraftStore* m_drafts = nullptr;
    QTimer m_autosave;
    QElapsedTimer m_waitingSince; // the first change not kept yet
    qint64 m_draftId = 0;
    bool m_toldDraftProblem = false;
    QString m_originalTitle;
    std::optional<PageRename::Result> m_lastRename;
};

} // namespace folio
