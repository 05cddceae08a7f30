#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace folio {

class PageStore;

// Moves pages under others from the window (a drop in the page tree, Page → Move Under…)
// and takes the last move back (Edit → Undo Move). Failures are said in a message box.
class PageMoves
{
    Q_DECLARE_TR_FUNCTIONS(folio::PageMoves)

public:
    PageMoves(QWidget* window, std::function<QString()> author);

    // Puts `title` under `parentTitle` (empty: at the top). False, after saying why, if the
    // store refused it; true, with nothing written, if the page is already there.
    bool move(PageStore& store, const QString& title, const QString& parentTitle);
    bool canUndo() const { return m_last.has_value(); }
    // The page the last move moved, for Undo.
    QString lastTitle() const { return m_last ? m_last->title : QString(); }
    // "Undo Move (Printers Back under “Printing”)", for the Edit menu.
    QString undoText() const;
    bool undo(PageStore& store);
    // Another wiki opened: its pages are not the ones moved.
    void forget() { m_last.reset(); }

private:
    struct Move
    {
        qint64 pageId = 0;
        QString title;
        std::optional<qint64> formerParent;
        QString formerParentTitle;
    };

    QWidget* m_window;
    std::function<QString()> m_author;
    std::optional<Move> m_last;
};

} // namespace folio
