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
    for (QWidget* child : view->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
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
    if (!(wheel->modifiers() & Qt::ControlModifier))
        return false;
    m_pendingDelta += wheel->angleDelta().y();
    const int steps = m_pendingDelta / kStepDelta;
    m_pendingDelta -= steps * kStepDelta;
    if (steps != 0)
        Q_EMIT stepped(steps);
    wheel->accept();
    return true;
}

} // namespace folio
