#include "editor/EditSession.h"

#include "authoring/AttachmentFile.h"
#include "authoring/PageRename.h"
#include "authoring/TextMerge.h"
#include "common/LocalTime.h"
#include "common/MessageBox.h"
#include "editor/ConflictDialog.h"
#include "editor/MarkdownEdit.h"
#include "editor/PageEditor.h"
#include "store/AttachmentStore.h"
#include "store/DraftStore.h"
#include "store/PageStore.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QStackedWidget>

namespace folio {
namespace {

// A few seconds after typing pauses, as the issue asks: often enough to lose little, rarely
// enough not to write on every key.
constexpr int kAutosaveDelayMs = 2000;
constexpr int kAutosaveLongestWaitMs = 10000;

} // namespace

EditSession::EditSession(PageEditor& editor, QStackedWidget& content, QWidget& reader,
                         std::function<QString()> author, QObject* parent)
    : QObject(parent), m_editor(editor), m_content(content), m_reader(reader),
      m_author(std::move(author))
{
    connect(&m_editor, &PageEditor::modifiedChanged, this, &EditSession::stateChanged);
    // Every change restarts the wait: the text is kept once typing pauses.
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_editor, &PageEditor::modifiedChanged, this, [this](bool modified) {
        if (!modified || !m_drafts || !isEditing())
            return;
        if (!m_autosave.isActive())
            m_waitingSince.start();
        // Steady typing never pauses: the text is kept every few seconds all the same.
        if (m_waitingSince.elapsed() >= kAutosaveLongestWaitMs) {
            m_autosave.stop();
            keepDraft();
            return;
        }
        m_autosave.start();
    });
    connect(&m_autosave, &QTimer::timeout, this, &EditSession::keepDraft);
    m_editor.bodyEdit()->setAttachHandler(
        [this](const AttachmentFile& file) { return attach(file); });
}

std::optional<QString> EditSession::attach(const AttachmentFile& file)
{
    if (!file.error.isEmpty()) {
        MessageBox::critical(m_content.window(), tr("Cannot Attach File"), file.error);
        return std::nullopt;
    }
    if (!m_store)
        return std::nullopt;
    QString sha256;
    std::optional<QString> name;
    MessageBox::attempt(m_content.window(), tr("Cannot Attach File"), [&] {
        AttachmentStore attachments(m_store->database());
        Transaction transaction(m_store->database()); // the bytes and their name, or neither
        const QString stored = attachments.add(file.data, file.mimeType);
        if (m_editor.pageId() != 0)
            name = attachments.attach(m_editor.pageId(), file.name, stored);
        transaction.commit();
        sha256 = stored;
    });
    if (sha256.isEmpty())
        return std::nullopt;
    if (!name) {
        // A page not created yet holds its attachments from its first save on.
        const QHash<QString, QString>& unsaved = m_editor.unsavedAttachments();
        name = AttachmentStore::freeName(file.name, sha256, [&](const QString& candidate) {
            const auto held = unsaved.constFind(candidate);
            return held == unsaved.cend() ? std::nullopt : std::optional<QString>(*held);
        });
        m_editor.addAttachment(*name, sha256);
    }
    return name;
}

void EditSession::setDrafts(DraftStore* drafts)
{
    m_autosave.stop();
    m_drafts = drafts;
    m_draftId = 0;
    m_toldDraftProblem = false;
}

void EditSession::keepDraft()
{
    if (!m_drafts || !isModified())
        return;
    Draft draft;
    draft.id = m_draftId;
    draft.pageId = m_editor.pageId();
    draft.baseRevision = m_editor.baseRevision();
    draft.content = m_editor.content();
    draft.attachments = m_editor.unsavedAttachments();
    try {
        m_draftId = m_drafts->keep(draft);
    } catch (const StoreError& error) {
        // Said once per wiki: the editor still holds the text, and saving says why it fails.
        if (!m_toldDraftProblem)
            Q_EMIT message(
                tr("Unsaved text could not be kept in the wiki (Folio tries again in a moment): %1")
                    .arg(error.message()));
        m_toldDraftProblem = true;
        m_autosave.start(); // again after a while, typing or not: the wiki may be free by then
        return;
    }
    Q_EMIT draftKept();
}

bool EditSession::offerKeptDraftOf(const Page& page)
{
    std::optional<Draft> kept;
    if (!m_drafts ||
        !MessageBox::attempt(m_content.window(), tr("Cannot Restore Draft"),
                             [&] { kept = m_drafts->forPage(page.id); }) ||
        !kept)
        return false;
    // Answered "later" at start, or left by another window that was killed: the writer's
    // text, which the new edit must not replace unasked.
    const auto answer = MessageBox::question(
        m_content.window(), tr("Restore Unsaved Text"),
        tr("“%1” has changes kept %2 that were never saved. Restore them?\n\nNo deletes "
           "that text and opens the page as it is.")
            .arg(kept->content.title, shortLocalTime(kept->savedAt)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        restore(*kept, page);
        return true;
    }
    MessageBox::attempt(m_content.window(), tr("Cannot Delete Draft"),
                        [&] { m_drafts->discard(kept->id); });
    return false;
}

bool EditSession::offerKeptDrafts()
{
    if (!m_drafts)
        return false;
    QList<Draft> drafts;
    if (!MessageBox::attempt(m_content.window(), tr("Cannot Restore Draft"),
                             [&] { drafts = m_drafts->all(); }))
        return false;
    for (const Draft& draft : drafts) {
        const auto answer = MessageBox::question(
            m_content.window(), tr("Restore Unsaved Text"),
            tr("Folio closed before your changes to “%1” were saved (kept %2). Restore them?\n\n"
               "No deletes this text; Cancel asks again next time.")
                .arg(draft.content.title, shortLocalTime(draft.savedAt)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Yes) {
            restore(draft);
            return true;
        }
        MessageBox::attempt(m_content.window(), tr("Cannot Delete Draft"),
                            [&] { m_drafts->discard(draft.id); });
    }
    return false;
}

void EditSession::forgetDraft()
{
    m_autosave.stop();
    if (m_drafts && m_draftId != 0) {
        try {
            m_drafts->discard(m_draftId);
        } catch (const StoreError&) {
            // Left behind, it is offered once more at the next start: harmless.
        }
    }
    m_draftId = 0;
}

void EditSession::restore(const Draft& draft)
{
    std::optional<Page> page;
    if (draft.pageId != 0 && m_store) {
        MessageBox::attempt(m_content.window(), tr("Cannot Restore Draft"),
                            [&] { page = m_store->find(draft.pageId); });
    }
    if (page) {
        restore(draft, *page);
        return;
    }
    editNew(draft.content.title, draft.content);
    for (auto it = draft.attachments.cbegin(); it != draft.attachments.cend(); ++it)
        m_editor.addAttachment(it.key(), it.value());
    m_draftId = draft.id;
}

void EditSession::restore(const Draft& draft, const Page& page)
{
    forgetDraft();
    m_originalTitle = page.content.title;
    m_editor.edit(page);
    m_editor.restore(draft.baseRevision, draft.content);
    m_content.setCurrentWidget(&m_editor);
    m_editor.focusBody();
    m_draftId = draft.id;
    Q_EMIT stateChanged();
}

bool EditSession::isEditing() const
{
    return m_content.currentWidget() == &m_editor;
}

bool EditSession::isModified() const
{
    return isEditing() && m_editor.isModified();
}

void EditSession::edit(const Page& page)
{
    forgetDraft();
    if (offerKeptDraftOf(page))
        return;
    m_originalTitle = page.content.title;
    m_editor.edit(page);
    m_content.setCurrentWidget(&m_editor);
    m_editor.focusBody();
    Q_EMIT stateChanged();
}

void EditSession::editNew(const QString& title, const PageContent& start)
{
    forgetDraft();
    m_originalTitle.clear();
    m_editor.editNew(title, start);
    m_content.setCurrentWidget(&m_editor);
    m_editor.focusBody();
    Q_EMIT stateChanged();
}

bool EditSession::save()
{
    if (!isEditing())
        return true;
    const PageContent content = m_editor.content();
    Page page;
    PageRename::Result rename;
    try {
        if (!m_store)
            return false;
        if (m_editor.pageId() == 0) {
            // The new page and the attachments pasted into it land together.
            Transaction transaction(m_store->database());
            page =
                m_store->create(content, m_author(), {PageStatus::Draft, PageVisibility::Internal});
            AttachmentStore attachments(m_store->database());
            const QHash<QString, QString>& unsaved = m_editor.unsavedAttachments();
            for (auto it = unsaved.cbegin(); it != unsaved.cend(); ++it)
                attachments.attach(page.id, it.key(), it.value());
            transaction.commit();
        } else
            rename = PageRename(m_store->database())
                         .save(m_editor.pageId(), content, m_editor.baseRevision(), m_author());
    } catch (const StoreError& error) {
        if (error.code() == StoreError::Code::Conflict)
            return resolveConflict(content);
        MessageBox::critical(m_content.window(), tr("Cannot Save Page"), error.message());
        return false;
    }
    if (m_editor.pageId() != 0)
        page = rename.page;
    const QString previous = m_editor.pageId() == 0 ? QString() : m_originalTitle;
    if (rename.renamed())
        m_lastRename = rename; // before the window hears of the save, so Undo is offered
    leave();
    Q_EMIT saved(page, previous);
    if (rename.renamed())
        Q_EMIT linksFollowed(rename.oldTitle, page.content.title, int(rename.rewritten.size()));
    return true;
}

bool EditSession::resolveConflict(const PageContent& mine)
{
    std::optional<Page> current;
    std::optional<Revision> theirs, base;
    const bool read = MessageBox::attempt(m_content.window(), tr("Cannot Save Page"), [&] {
        current = m_store->find(m_editor.pageId());
        if (current) {
            theirs = m_store->revision(current->revisionId);
            base = m_store->revision(m_editor.baseRevision());
        }
    });
    if (!read)
        return false;
    if (!current || !theirs) {
        MessageBox::critical(m_content.window(), tr("Cannot Save Page"),
                             tr("“%1” was deleted while you edited it. Your text is still in the "
                                "editor: copy it, or restore the page from Page → Deleted Pages "
                                "and save again.")
                                 .arg(mine.title));
        return false;
    }
    switch (ConflictDialog::ask(m_content.window(), *theirs, mine)) {
    case ConflictDialog::Choice::KeepMine:
        // On top of theirs: their revision stays in the history.
        m_editor.rebase(*current, mine);
        return save();
    case ConflictDialog::Choice::KeepTheirs: {
        const QString previous = m_originalTitle;
        leave();
        Q_EMIT replaced(*current, previous);
        return true;
    }
    case ConflictDialog::Choice::MergeByHand: {
        const TextMerge::Result merged = TextMerge::merge(
            base ? base->content.body : QString(), mine.body, current->content.body,
            tr("your text"), tr("saved by %1").arg(theirs->author));
        PageContent draft = mine;
        draft.body = merged.text;
        m_editor.rebase(*current, draft);
        m_originalTitle = current->content.title;
        Q_EMIT message(merged.clean ? tr("Both changes are merged: check the text, then save.")
                                    : tr("Both changes are in the editor; where they clash, "
                                         "both versions stand between <<<<<<< and >>>>>>>. "
                                         "Keep what is right, then save."));
        m_editor.focusBody();
        return false;
    }
    case ConflictDialog::Choice::Cancel:
        break;
    }
    return false;
}

bool EditSession::undoRename()
{
    if (!m_lastRename || !m_store || (isEditing() && !settle()))
        return false;
    PageRename::Result undone;
    if (!MessageBox::attempt(m_content.window(), tr("Cannot Undo Rename"), [&] {
            undone = PageRename(m_store->database()).undo(*m_lastRename, m_author());
        }))
        return false;
    m_lastRename.reset();
    Q_EMIT renameUndone(undone.page, undone.oldTitle, int(undone.rewritten.size()));
    return true;
}

bool EditSession::rename(const QString& title, const QString& newTitle)
{
    if (!m_store || (isEditing() && !settle()))
        return false;
    PageRename::Result result;
    if (!MessageBox::attempt(m_content.window(), tr("Cannot Rename Page"), [&] {
            result = PageRename(m_store->database()).rename(title, newTitle, m_author());
        }))
        return false;
    // A change of case or spacing renames too, though no link has to change for it.
    if (result.renamed())
        m_lastRename = result;
    if (result.page.content.title != title)
        Q_EMIT renamed(result.page, title);
    if (result.renamed())
        Q_EMIT linksFollowed(result.oldTitle, result.page.content.title,
                             int(result.rewritten.size()));
    return true;
}

bool EditSession::settle()
{
    if (!isEditing() || !m_editor.isModified())
        return true;
    const auto answer = MessageBox::question(
        m_content.window(), tr("Unsaved Changes"),
        tr("“%1” has changes that are not saved. Save them?").arg(m_editor.content().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        leave();
        return true;
    }
    return false;
}

void EditSession::leave()
{
    if (!isEditing())
        return;
    forgetDraft();         // saved or given up by the writer: nothing to offer back
    m_editor.edit(Page{}); // drops the draft so it is not asked about twice
    m_content.setCurrentWidget(&m_reader);
    Q_EMIT stateChanged();
}

} // namespace folio
