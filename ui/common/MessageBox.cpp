#include "common/MessageBox.h"

#include "store/StoreError.h"

#include <QList>

namespace folio {
namespace {

QList<QMessageBox::StandardButton>& queuedAnswers()
{
    static QList<QMessageBox::StandardButton> answers;
    return answers;
}

QString& lastShownText()
{
    static QString text;
    return text;
}

} // namespace

QMessageBox::StandardButton MessageBox::ask(QMessageBox::Icon icon, QWidget* parent,
                                            const QString& title, const QString& text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton)
{
    lastShownText() = text;
    if (!queuedAnswers().isEmpty())
        return queuedAnswers().takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    // Messages quote page titles and file names, which are text even when they look like
    // markup.
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title,
                                                 const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    ask(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    ask(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    queuedAnswers().append(answer);
}

QString MessageBox::lastText()
{
    return lastShownText();
}

bool MessageBox::hasQueuedAnswers()
{
    return !queuedAnswers().isEmpty();
}

bool MessageBox::attempt(QWidget* parent, const QString& failure,
                         const std::function<void()>& action)
{
    try {
        action();
        return true;
    } catch (const StoreError& error) {
        critical(parent, failure, error.message());
        return false;
    }
}

} // namespace folio
