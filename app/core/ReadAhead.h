#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>

namespace folio {

// Two threads as a pipeline: one reads (decompresses, checks, parses) and posts each thing
// it read as a step; the caller's thread runs the steps in order (writes them to the wiki).
// A reader ahead by at most a few steps and bytes keeps memory bounded. Either side failing
// ends both: the reader's error is thrown on the caller's thread, and a caller that stops
// wakes the reader out of post().
//
//     ReadAhead ahead;
//     ahead.run([&] { ...; ahead.post([=] { write(thing); }, thing.size()); ... });
class ReadAhead
{
public:
    // Thrown out of post() once the caller stopped; run() swallows it.
    struct Stopped
    {
    };

    // Runs `read` on a thread of its own and, meanwhile, the steps it posts on this one.
    // Returns when both are done; rethrows the first error either side threw.
    void run(const std::function<void()>& read);
    // On the reading thread: queues a step, waiting while the queue is full.
    void post(std::function<void()> step, qint64 bytes);

    static constexpr qsizetype kMaxSteps = 64;
    static constexpr qint64 kMaxBytes = 64 << 20; // one larger step still goes, alone

private:
    struct Step
    {
        std::function<void()> run;
        qint64 bytes = 0;
    };
    void consume();
    void finish(std::exception_ptr error);
    void stop();

    std::mutex m_mutex;
    std::condition_variable m_ready; // a step was posted, or the reader finished
    std::condition_variable m_space; // a step was taken, or the caller stopped
    std::deque<Step> m_queue;
    qint64 m_bytes = 0;
    bool m_finished = false;
    bool m_stopped = false;
    std::exception_ptr m_error;
};

} // namespace folio
