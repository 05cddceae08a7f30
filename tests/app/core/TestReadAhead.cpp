#include "core/ReadAhead.h"

#include <QTest>

#include <atomic>
#include <stdexcept>
#include <thread>

using namespace folio;

// The read-ahead pipeline: steps run in order on the caller's thread, and a failure on
// either side ends both without a hang.
class TestReadAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsRunInOrderOnTheCallersThread();
    void theReadersErrorComesOutOfRun();
    void aStepThatThrowsStopsTheReader();
    void theReaderWaitsWhileTheQueueIsFull();
};

void TestReadAhead::stepsRunInOrderOnTheCallersThread()
{
    ReadAhead ahead;
    QList<int> ran;
    std::thread::id readerThread;
    bool allHere = true;
    const std::thread::id here = std::this_thread::get_id();
    ahead.run([&] {
        readerThread = std::this_thread::get_id();
        for (int i = 0; i < 1000; ++i)
            ahead.post(
                [&, i] {
                    allHere = allHere && std::this_thread::get_id() == here;
                    ran.append(i);
                },
                1);
    });
    QVERIFY(readerThread != here);
    QVERIFY(allHere);
    QCOMPARE(ran.size(), 1000);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(ran.at(i), i);
}

void TestReadAhead::theReadersErrorComesOutOfRun()
{
    ReadAhead ahead;
    QString caught;
    try {
        ahead.run([&] {
            ahead.post([] {}, 1);
            throw std::runtime_error("damaged entry");
        });
    } catch (const std::runtime_error& error) {
        caught = QString::fromUtf8(error.what());
    }
    QCOMPARE(caught, QStringLiteral("damaged entry"));
}

void TestReadAhead::aStepThatThrowsStopsTheReader()
{
    // The reader would post forever: only the caller's failure can end it.
    ReadAhead ahead;
    std::atomic<bool> readerEnded = false;
    int ran = 0;
    bool caught = false;
    try {
        ahead.run([&] {
            try {
                for (int i = 0;; ++i)
                    ahead.post(
                        [&, i] {
                            ++ran;
                            if (i == 10)
                                throw std::logic_error("cancelled");
                        },
                        1);
            } catch (const ReadAhead::Stopped&) {
                readerEnded = true;
                throw;
            }
        });
    } catch (const std::logic_error&) {
        caught = true;
    }
    QVERIFY(caught);
    QVERIFY(readerEnded); // run() returned only after the reader did
    QCOMPARE(ran, 11);
}

void TestReadAhead::theReaderWaitsWhileTheQueueIsFull()
{
    // While the first step runs, the reader fills the queue and no more.
    ReadAhead ahead;
    std::atomic<int> posted = 0;
    int seenWhileFirstRan = -1;
    ahead.run([&] {
        ahead.post(
            [&] {
                // Wait until the reader stands at the full queue (proved by its count
                // holding at the limit), then look.
                while (posted.load() < ReadAhead::kMaxSteps + 1)
                    std::this_thread::yield();
                seenWhileFirstRan = posted.load();
            },
            1);
        ++posted;
        for (int i = 0; i < 1000; ++i) {
            ahead.post([] {}, 1);
            ++posted;
        }
    });
    QCOMPARE(seenWhileFirstRan, int(ReadAhead::kMaxSteps) + 1);
    QCOMPARE(posted.load(), 1001);
}

QTEST_GUILESS_MAIN(TestReadAhead)
#include "TestReadAhead.moc"
