#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace folio::test {

// Answers the next real message box as a person would: once it is on screen, `look` sees it
// (to check it or take its picture), then its `button` is clicked.
inline void answerNextMessageBox(QMessageBox::StandardButton button,
                                 std::function<void(QMessageBox&)> look = {})
{
    auto* timer = new QTimer(QApplication::instance());
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button, look] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        if (look)
            look(*box);
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
    timer->start();
}

// Once a modal `Dialog` is on screen, hands it to `use` (which types into it, clicks it…).
template <typename Dialog> void onNextModal(std::function<void(Dialog&)> use)
{
    auto* timer = new QTimer(QApplication::instance());
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, use] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        use(*dialog);
    });
    timer->start();
}

// With FOLIO_SCREENSHOT_DIR set, saves `widget` as NAME.png there, to look at.
inline void screenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("FOLIO_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget.grab().save(folder + u'/' + name + QLatin1String(".png"));
}

} // namespace folio::test
