#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace folio {

// QInputDialog::getText behind a seam, like MessageBox.
class TextInputDialog
{
public:
    // `completions` are offered as the user types (any part, any case): page titles, say.
    static std::optional<QString> getText(QWidget* parent, const QString& title,
                                          const QString& label, const QString& text = {},
                                          const QStringList& completions = {});
    // The next getText returns this (std::nullopt: as if cancelled) without showing anything.
    static void setNextText(std::optional<QString> text);
};

} // namespace folio
