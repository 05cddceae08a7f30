#pragma once

#include <QObject>
#include <QSet>

class QWidget;

namespace folio {

// Ctrl+wheel over a watched view zooms the whole window, as Ctrl++ and Ctrl+- do, instead of
// that view alone (a web view would zoom itself, and the status bar would not know). A web
// view takes the wheel in a child it makes when it first shows a page: children are watched
// as they come.
class WheelZoom : public QObject
{
    Q_OBJECT

public:
    explicit WheelZoom(QObject* parent = nullptr);

    void watch(QWidget* view);

Q_SIGNALS:
    // +1 a step in, -1 a step out; a touchpad's small moves add up to whole steps.
    void stepped(int steps);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QSet<QObject*> m_views;
    int m_pendingDelta = 0;
};

} // namespace folio
