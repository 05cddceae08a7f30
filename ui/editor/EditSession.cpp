#include "editor/EditSession.h"

#include "authoring/PageRename.h"
#include "authoring/TextMerge.h"
#include "common/MessageBox.h"
#include "editor/ConflictDialog.h"
#include "editor/PageEditor.h"
#include "store/PageStore.h"
#include "store/StoreError.h"

#include <QStackedWidget>

namespace folio {

EditSession::EditSession(PageEditor& editor, QStackedWidget& content, QWidget& reader,
                         std::function<QString()> author, QObject* parent)
    : QObject(parent), m_editor(editor), m_content(content), m_reader(reader),
      m_author(std::move(author))
{
    connect(&m_editor, &PageEditor::modifiedChanged, this, &EditSession::stateChanged);
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
    m_originalTitle = page.content.title;
    m_editor.edit(page);
    m_content.setCurrentWidget(&m_editor);
    m_editor.focusBody();
    Q_EMIT stateChanged();
}

void EditSession::editNew(const QString& title, const PageContent& start)
{
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
        if (m_editor.pageId() == 0)
            page =
                m_store->create(content, m_author(), {PageStatus::Draft, PageVisibility::Internal});
        else
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
    m_editor.edit(Page{}); // drops the draft so it is not asked about twice
    m_content.setCurrentWidget(&m_reader);
    Q_EMIT stateChanged();
}

} // namespace folio
