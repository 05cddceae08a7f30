#pragma once

#include "store/Page.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;

namespace folio {

// Asks for a new page's title and the template it starts from (Blank, or a page tagged
// "template").
class NewPageDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString title;
        qint64 templateId = 0; // 0: a blank page
    };

    NewPageDialog(const QList<PageSummary>& templates, QWidget* parent = nullptr);
    Choice choice() const;

    // Shows the dialog; nothing when cancelled.
    static std::optional<Choice> ask(QWidget* parent, const QList<PageSummary>& templates);
    // The next ask() returns this (std::nullopt: as if cancelled) without showing anything.
    static void setNextChoice(std::optional<Choice> choice);

private:
    QLineEdit* m_title = nullptr;
    QComboBox* m_template = nullptr;
};

} // namespace folio
