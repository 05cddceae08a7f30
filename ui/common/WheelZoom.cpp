#include "common/WheelZoom.h"

#include <QChildEvent>
#include <QWheelEvent>
#include <QWidget>

namespace folio {
namespace {

constexpr int kStepDelta = 120; // one notch of a mouse wheel, in eighths of a degree

} // namespace

WheelZoom::WheelZoom(QObject* parent) : QObject(parent)
{
}

void WheelZoom::watch(QWidget* view)
{
    m_views.insert(view);
    connect(view, &QObject::destroyed, this, [this](QObject* gone) { m_views.remove(gone); });
    view->installEventFilter(this);
    // Scroll bars too, a level down in their containers.
    for (QWidget* child : view->findChildren<QWidget*>())
        child->installEventFilter(this);
}

bool WheelZoom::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ChildAdded && m_views.contains(watched)) {
        if (QObject* child = static_cast<QChildEvent*>(event)->child(); child->isWidgetType())
            child->installEventFilter(this);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    auto* wheel = static_cast<QWheelEvent*>(event);
    const int delta = wheel->angleDelta().y();
    if (!(wheel->modifiers() & Qt::ControlModifier) || delta == 0) {
        m_pendingDelta = 0;
        return false;
    }
    // A touchpad's glide after the fingers lift, or what was left of a turn the other way,
    // is no new step.
    if (wheel->phase() == Qt::ScrollMomentum)
        return true;
    if ((delta > 0) != (m_pendingDelta > 0))
        m_pendingDelta = 0;
    m_pendingDelta += delta;
    const int steps = m_pendingDelta / kStepDelta;
    m_pendingDelta -= steps * kStepDelta;
    if (steps != 0)
        Q_EMIT stepped(steps);
    wheel->accept();
    return true;
}

} // namespace folio
