#include "editor/EditSession.h"

#include "authoring/PageRename.h"
#include "common/MessageBox.h"
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

void EditSession::editNew(const QString& title)
{
    m_originalTitle.clear();
    m_editor.editNew(title);
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
        MessageBox::critical(m_content.window(), tr("Cannot Save Page"), error.message());
        return false;
    }
    if (m_editor.pageId() != 0)
        page = rename.page;
    const QString previous = m_editor.pageId() == 0 ? QString() : m_originalTitle;
    leave();
    Q_EMIT saved(page, previous);
    if (rename.renamed())
        Q_EMIT linksFollowed(rename.oldTitle, page.content.title, int(rename.rewritten.size()));
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
