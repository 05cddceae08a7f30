#pragma once

#include "store/Page.h"

#include <QDialog>

namespace folio {

// A save met a newer revision saved elsewhere (another window, another process): the two
// versions side by side — the saved one and the writer's — and the choice of what to keep.
// Nothing is lost whatever is chosen: a revision kept aside stays in the history.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { KeepMine, KeepTheirs, MergeByHand, Cancel };

    ConflictDialog(const Revision& theirs, const PageContent& mine, QWidget* parent = nullptr);

    static Choice ask(QWidget* parent, const Revision& theirs, const PageContent& mine);
    // Tests: the next ask() returns `choice` without showing the dialog, and records what it
    // would have said.
    static void setNextChoice(Choice choice);
    static QString lastText();

private:
    Choice m_choice = Choice::Cancel;
};

} // namespace folio
