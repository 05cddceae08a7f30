#include "pages/NewPageDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace folio {
namespace {

QList<std::optional<NewPageDialog::Choice>>& queuedChoices()
{
    static QList<std::optional<NewPageDialog::Choice>> choices;
    return choices;
}

} // namespace

NewPageDialog::NewPageDialog(const QList<PageSummary>& templates, QWidget* parent)
    : QDialog(parent), m_title(new QLineEdit(this)), m_template(new QComboBox(this))
{
    setWindowTitle(tr("New Page"));
    m_title->setPlaceholderText(tr("What the page is about"));
    m_template->addItem(tr("Blank page"), 0);
    for (const PageSummary& page : templates)
        m_template->addItem(page.title, page.id);
    m_template->setAccessibleName(tr("Template"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, this, [buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Start from:"), m_template);
    form->addRow(buttons);
    setMinimumWidth(420);
}

NewPageDialog::Choice NewPageDialog::choice() const
{
    return {m_title->text(), m_template->currentData().toLongLong()};
}

std::optional<NewPageDialog::Choice> NewPageDialog::ask(QWidget* parent,
                                                        const QList<PageSummary>& templates)
{
    if (!queuedChoices().isEmpty())
        return queuedChoices().takeFirst();
    NewPageDialog dialog(templates, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

void NewPageDialog::setNextChoice(std::optional<Choice> choice)
{
    queuedChoices().append(std::move(choice));
}

} // namespace folio
