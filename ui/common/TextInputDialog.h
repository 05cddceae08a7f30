#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace folio {

// QInputDialog::getText behind a seam, like MessageBox.
class TextInputDialog
{
public:
    static std::optional<QString> getText(QWidget* parent, const QString& title,
                                          const QString& label, const QString& text = {});
    // The next getText returns this (std::nullopt: as if cancelled) without showing anything.
    static void setNextText(std::optional<QString> text);
};

} // namespace folio
