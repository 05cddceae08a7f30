#pragma once

#include <QMessageBox>

#include <functional>

namespace folio {

// QMessageBox behind a seam: a test queues the answer the next box gets, and the box is
// never shown (KeePassXC's MessageBox::setNextAnswer).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    // Runs `action`; a StoreError it throws is shown in a critical box titled `failure`
    // ("Cannot Save Page") and false returned.
    static bool attempt(QWidget* parent, const QString& failure,
                        const std::function<void()>& action);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box shown or answered, so tests can check what the user saw.
    static QString lastText();
    // Whether answers queued by setNextAnswer() are still waiting for their box.
    static bool hasQueuedAnswers();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget* parent,
                                           const QString& title, const QString& text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace folio
