#include "core/ReadAhead.h"

#include <thread>

namespace folio {

void ReadAhead::run(const std::function<void()>& read)
{
    std::thread reader([this, &read] {
        try {
            read();
            finish({});
        } catch (const Stopped&) {
            finish({});
        } catch (...) {
            finish(std::current_exception());
        }
    });
    try {
        consume();
    } catch (...) {
        stop();
        reader.join();
        throw;
    }
    reader.join();
}

void ReadAhead::post(std::function<void()> step, qint64 bytes)
{
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] {
        return m_stopped || m_queue.empty() ||
               (qsizetype(m_queue.size()) < kMaxSteps && m_bytes + bytes <= kMaxBytes);
    });
    if (m_stopped)
        throw Stopped{};
    m_queue.push_back({std::move(step), bytes});
    m_bytes += bytes;
    m_ready.notify_one();
}

void ReadAhead::consume()
{
    for (;;) {
        Step step;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [&] { return !m_queue.empty() || m_finished; });
            // A reader that failed fails the whole: what it queued before is not written.
            if (m_error)
                std::rethrow_exception(m_error);
            if (m_queue.empty())
                return;
            step = std::move(m_queue.front());
            m_queue.pop_front();
            m_bytes -= step.bytes;
            m_space.notify_one();
        }
        step.run();
    }
}

void ReadAhead::finish(std::exception_ptr error)
{
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_error = std::move(error);
    m_ready.notify_one();
}

void ReadAhead::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_space.notify_all();
}

} // namespace folio
