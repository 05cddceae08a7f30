#include "core/JobThread.h"

#include <QThread>

namespace folio {

JobThread::JobThread(QObject* owner) : m_owner(owner)
{
}

JobThread::~JobThread()
{
    cancel();
    finish();
}

void JobThread::finish()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void JobThread::start(std::function<void()> job)
{
    finish();
    m_cancel = false;
    m_thread = QThread::create(std::move(job));
    m_thread->start();
}

void JobThread::post(std::function<void()> call) const
{
    QMetaObject::invokeMethod(m_owner, std::move(call), Qt::QueuedConnection);
}

} // namespace folio
