#include "editor/ConflictDialog.h"

#include "common/LocalTime.h"
#include "history/DiffView.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace folio {
namespace {

std::optional<ConflictDialog::Choice> g_nextChoice;
QString g_lastText;

QString explanation(const Revision& theirs)
{
    return ConflictDialog::tr("“%1” was saved by %2 at %3 while you were editing it. Left: the "
                              "saved version. Right: yours. What should the page keep?")
        .arg(theirs.content.title, theirs.author, shortLocalTime(theirs.createdAt));
}

} // namespace

ConflictDialog::ConflictDialog(const Revision& theirs, const PageContent& mine, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed While You Edited"));
    auto* text = new QLabel(explanation(theirs), this);
    text->setWordWrap(true);
    auto* diff = new DiffView(this);
    diff->setLayout(DiffView::Layout::SideBySide);
    diff->showDiff(theirs.content.body, mine.body);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keepMine = buttons->addButton(tr("Keep &Mine"), QDialogButtonBox::AcceptRole);
    QPushButton* keepTheirs =
        buttons->addButton(tr("Keep &Theirs"), QDialogButtonBox::DestructiveRole);
    QPushButton* merge = buttons->addButton(tr("Merge by &Hand"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    keepMine->setToolTip(tr("Save your text; theirs stays in the page's history."));
    keepTheirs->setToolTip(tr("Drop your changes and show the saved version."));
    merge->setToolTip(tr("Both changes in the editor, with the places where they clash marked."));
    merge->setDefault(true);
    const auto choose = [this](Choice choice) {
        m_choice = choice;
        accept();
    };
    connect(keepMine, &QPushButton::clicked, this, [=] { choose(Choice::KeepMine); });
    connect(keepTheirs, &QPushButton::clicked, this, [=] { choose(Choice::KeepTheirs); });
    connect(merge, &QPushButton::clicked, this, [=] { choose(Choice::MergeByHand); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(diff, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

ConflictDialog::Choice ConflictDialog::ask(QWidget* parent, const Revision& theirs,
                                           const PageContent& mine)
{
    g_lastText = explanation(theirs);
    if (g_nextChoice) {
        const Choice choice = *g_nextChoice;
        g_nextChoice.reset();
        return choice;
    }
    ConflictDialog dialog(theirs, mine, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.m_choice : Choice::Cancel;
}

void ConflictDialog::setNextChoice(Choice choice)
{
    g_nextChoice = choice;
}

QString ConflictDialog::lastText()
{
    return g_lastText;
}

} // namespace folio
