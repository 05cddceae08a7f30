#include "common/TextInputDialog.h"

#include <QInputDialog>
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
                                                const QString& label, const QString& text)
{
    if (!queuedTexts().isEmpty())
        return queuedTexts().takeFirst();
    bool ok = false;
    const QString result =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    if (!ok)
        return std::nullopt;
    return result;
}

void TextInputDialog::setNextText(std::optional<QString> text)
{
    queuedTexts().append(std::move(text));
}

} // namespace folio
