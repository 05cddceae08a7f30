#include "pages/PageMoves.h"

#include "common/MessageBox.h"
#include "store/PageStore.h"
#include "store/StoreError.h"

namespace folio {

PageMoves::PageMoves(QWidget* window, std::function<QString()> author)
    : m_window(window), m_author(std::move(author))
{
}

bool PageMoves::move(PageStore& store, const QString& title, const QString& parentTitle)
{
    return MessageBox::attempt(m_window, tr("Cannot Move Page"), [&] {
        const std::optional<Page> page = store.find(title);
        if (!page)
            throw StoreError(tr("There is no page titled “%1”.").arg(title),
                             StoreError::Code::NotFound);
        std::optional<qint64> parentId;
        if (!parentTitle.trimmed().isEmpty()) {
            const std::optional<Page> parent = store.find(parentTitle.trimmed());
            if (!parent)
                throw StoreError(tr("There is no page titled “%1” to put “%2” under.")
                                     .arg(parentTitle.trimmed(), page->content.title),
                                 StoreError::Code::NotFound);
            parentId = parent->id;
        }
        const QList<PageSummary> above = store.ancestors(page->id);
        const Page moved = store.move(page->id, parentId, m_author());
        if (moved.revisionId == page->revisionId)
            return; // already there: nothing to undo
        m_last = Move{page->id, page->content.title,
                      above.isEmpty() ? std::nullopt : std::optional<qint64>(above.last().id),
                      above.isEmpty() ? QString() : above.last().title};
    });
}

QString PageMoves::undoText() const
{
    if (!m_last)
        return tr("Undo &Move");
    // A title's "&" is text in a menu, not a shortcut letter.
    const auto menuText = [](QString title) { return title.replace(u'&', QLatin1String("&&")); };
    return m_last->formerParent
               ? tr("Undo &Move (“%1” Back under “%2”)")
                     .arg(menuText(m_last->title), menuText(m_last->formerParentTitle))
               : tr("Undo &Move (“%1” Back to the Top)").arg(menuText(m_last->title));
}

bool PageMoves::undo(PageStore& store)
{
    if (!m_last)
        return false;
    const Move last = *m_last;
    const bool undone = MessageBox::attempt(m_window, tr("Cannot Undo Move"), [&] {
        store.move(last.pageId, last.formerParent, m_author());
    });
    if (undone)
        m_last.reset();
    return undone;
}

} // namespace folio
