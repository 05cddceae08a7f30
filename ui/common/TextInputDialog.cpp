#include "common/TextInputDialog.h"

#include <QCompleter>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QList>

namespace folio {
namespace {

QList<std::optional<QString>>& queuedTexts()
{
    static QList<std::optional<QString>> texts;
    return texts;
}

} // namespace

std::optional<QString> TextInputDialog::getText(QWidget* parent, const QString& title,
                                                const QString& label, const QString& text,
                                                const QStringList& completions)
{
    if (!queuedTexts().isEmpty())
        return queuedTexts().takeFirst();
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(text);
    // Labels name pages, and a title such as "<b>Draft</b>" is text, not markup.
    for (QLabel* shown : dialog.findChildren<QLabel*>())
        shown->setTextFormat(Qt::PlainText);
    if (!completions.isEmpty()) {
        auto* completer = new QCompleter(completions, &dialog);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        if (auto* field = dialog.findChild<QLineEdit*>())
            field->setCompleter(completer);
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

void TextInputDialog::setNextText(std::optional<QString> text)
{
    queuedTexts().append(std::move(text));
}

} // namespace folio
