#pragma once

#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace folio {

// One job at a time on a thread of its own, for a worker whose signals must arrive on the
// thread that owns it (the window's): the job posts them back with post(). Destroying it
// cancels the job and waits for it.
class JobThread
{
public:
    explicit JobThread(QObject* owner);
    ~JobThread();
    JobThread(const JobThread&) = delete;
    JobThread& operator=(const JobThread&) = delete;

    // Runs `job` once the previous job's thread has ended; clears the cancel flag first.
    void start(std::function<void()> job);
    void cancel() { m_cancel = true; }
    // What the job checks between steps.
    const std::atomic<bool>* cancelFlag() const { return &m_cancel; }
    std::atomic<bool>* cancelFlag() { return &m_cancel; }
    // Calls `call` on the owner's thread, after what was posted before it.
    void post(std::function<void()> call) const;

private:
    void finish();

    QObject* m_owner;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace folio
