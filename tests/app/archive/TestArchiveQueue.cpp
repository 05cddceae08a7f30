#include "SharedLinks.h"
#include "SmallPdf.h"
#include "archive/ArchiveQueue.h"
#include "archive/PageCapturer.h"
#include "wiki/Wiki.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace folio;

namespace {

// Stands in for the browser engine, whose own tests are WebPageCapturer's: answers each URL
// with the results scripted for it, one per attempt, after `delayMs`; a URL with nothing
// scripted is archived; "hold" keeps every answer until release().
class ScriptedCapturer : public PageCapturer
{
public:
    QHash<QString, QList<CaptureResult>> script;
    int delayMs = 5;
    bool hold = false;
    QList<qint64> asked, cancelled;
    QHash<QString, QList<qint64>> askedAt; // ms on a monotonic clock, per URL
    int running = 0, mostRunning = 0;

    ScriptedCapturer() { m_clock.start(); }

    void capture(const CaptureRequest& request) override
    {
        asked << request.id;
        askedAt[request.url.toString()] << m_clock.elapsed();
        mostRunning = qMax(mostRunning, ++running);
        CaptureResult result;
        QList<CaptureResult>& planned = script[request.url.toString()];
        if (!planned.isEmpty()) {
            result = planned.takeFirst();
        } else {
            result.content = "snapshot of " + request.url.toString().toUtf8();
            result.contentType = QStringLiteral("multipart/related");
            result.finalUrl = request.url;
            result.title = request.url.path();
            result.text = QStringLiteral("text of ") + request.url.toString();
        }
        m_waiting.insert(request.id, result);
        if (!hold)
            QTimer::singleShot(delayMs, this, [this, id = request.id] { answer(id); });
    }
    void cancel(qint64 id) override
    {
        cancelled << id;
        if (m_waiting.remove(id))
            --running;
    }
    void release()
    {
        hold = false;
        for (const qint64 id : m_waiting.keys())
            answer(id);
    }
    // A result that never comes: the queue's timeout must end it.
    static CaptureResult never()
    {
        return CaptureResult::failed(ArchiveReason::Other, QStringLiteral("never"));
    }

private:
    void answer(qint64 id)
    {
        if (!m_waiting.contains(id))
            return;
        const CaptureResult result = m_waiting.take(id);
        if (result.failure == ArchiveReason::Other && result.detail == QLatin1String("never")) {
            m_waiting.insert(id, result);
            return;
        }
        --running;
        Q_EMIT captured(id, result);
    }
    QHash<qint64, CaptureResult> m_waiting;
    QElapsedTimer m_clock;
};

} // namespace

// The archive queue: concurrency, retries with a growing wait, final failures, timeouts,
// policy, pause and resume, and a run that goes on after the process was killed.
class TestArchiveQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void archivesEveryLinkWithinTheConcurrencyLimit();
    void transientFailuresAreRetriedAfterAGrowingWait();
    void finalFailuresAreNotRetried();
    void aPageThatNeverAnswersTimesOut();
    void thePolicySkipsWithoutFetching();
    void tooLargeASnapshotFails();
    void pauseCancelsAndStartGoesOn();
    void aNewRunOnTheSameWikiGoesOnWithoutDuplicates();
    void aRunOfChosenLinksLeavesTheOthers();
    void aPdfIsKeptWithItsText();

private:
    QList<qint64> share(int count);
    std::unique_ptr<ArchiveQueue> makeQueue(ArchiveQueue::Options options = {},
                                            bool allowPrivate = true);
    bool runUntilIdle(ArchiveQueue& queue);
    QTemporaryDir m_dir;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<ArchiveStore> m_store;
    std::unique_ptr<ScriptedCapturer> m_capturer;
};

void TestArchiveQueue::init()
{
    static int run = 0;
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("queue-%1.folio").arg(++run)));
    m_store = std::make_unique<ArchiveStore>(m_wiki->database());
    m_capturer = std::make_unique<ScriptedCapturer>();
}

void TestArchiveQueue::cleanup()
{
    m_capturer.reset();
    m_store.reset();
    m_wiki.reset();
}

QList<qint64> TestArchiveQueue::share(int count)
{
    QStringList urls;
    for (int i = 0; i < count; ++i)
        urls << QStringLiteral("http://127.0.0.1:9/page/%1").arg(i);
    const QList<qint64> ids = test::shareLinks(m_wiki->links(), urls);
    m_store->enqueue(ids);
    return ids;
}

std::unique_ptr<ArchiveQueue> TestArchiveQueue::makeQueue(ArchiveQueue::Options options,
                                                          bool allowPrivate)
{
    ArchivePolicy policy;
    policy.allowPrivate = allowPrivate; // the pages are "served" on loopback
    return std::make_unique<ArchiveQueue>(*m_store, *m_capturer, policy, options);
}

bool TestArchiveQueue::runUntilIdle(ArchiveQueue& queue)
{
    QSignalSpy idle(&queue, &ArchiveQueue::idle);
    queue.start();
    return idle.count() > 0 || idle.wait(10000);
}

void TestArchiveQueue::archivesEveryLinkWithinTheConcurrencyLimit()
{
    const QList<qint64> ids = share(7);
    auto queue = makeQueue();
    QSignalSpy progress(queue.get(), &ArchiveQueue::progress);
    QVERIFY(runUntilIdle(*queue));
    QCOMPARE(m_store->counts().archived, qint64(7));
    QCOMPARE(m_capturer->mostRunning, 3);
    QCOMPARE(m_capturer->asked.size(), 7);
    QCOMPARE(progress.count(), 7);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(7));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(7));
    QCOMPARE(progress.at(0).at(1).toLongLong(), qint64(7)); // the total is known from the start
    const std::optional<Capture> capture = m_store->latestCapture(ids[4]);
    QVERIFY(capture);
    QCOMPARE(capture->text, QStringLiteral("text of http://127.0.0.1:9/page/4"));
}

void TestArchiveQueue::transientFailuresAreRetriedAfterAGrowingWait()
{
    const QList<qint64> ids = share(1);
    const QString url = QStringLiteral("http://127.0.0.1:9/page/0");
    m_capturer->script[url] = {CaptureResult::failed(ArchiveReason::Http, QStringLiteral("503")),
                               CaptureResult::failed(ArchiveReason::Connection)};
    ArchiveQueue::Options options;
    options.firstRetryMs = 40;
    auto queue = makeQueue(options);
    QSignalSpy finished(queue.get(), &ArchiveQueue::linkFinished);
    queue->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->state(ids[0]).status, ArchiveStatus::Archived, 10000);
    const QList<qint64> at = m_capturer->askedAt.value(url);
    QCOMPARE(at.size(), 3);
    QVERIFY2(at[1] - at[0] >= 40, qPrintable(QString::number(at[1] - at[0])));
    QVERIFY2(at[2] - at[1] >= 80, qPrintable(QString::number(at[2] - at[1])));
    QCOMPARE(m_store->state(ids[0]).attempts, 3);
    QCOMPARE(finished.count(), 3);
    QCOMPARE(finished.at(0).at(1).value<ArchiveStatus>(), ArchiveStatus::Pending);
    QCOMPARE(queue->retryDelay(1), qint64(40));
    QCOMPARE(queue->retryDelay(3), qint64(160));
    QCOMPARE(queue->retryDelay(40), qint64(3600 * 1000));
}

void TestArchiveQueue::finalFailuresAreNotRetried()
{
    const QList<qint64> ids = share(3);
    m_capturer->script[QStringLiteral("http://127.0.0.1:9/page/0")] = {
        CaptureResult::failed(ArchiveReason::Http, QStringLiteral("404"))};
    m_capturer->script[QStringLiteral("http://127.0.0.1:9/page/1")] = {
        CaptureResult::failed(ArchiveReason::RedirectLoop)};
    // A transient failure ends too, once the attempts are spent.
    m_capturer->script[QStringLiteral("http://127.0.0.1:9/page/2")] = {
        CaptureResult::failed(ArchiveReason::Dns, QStringLiteral("nowhere.example")),
        CaptureResult::failed(ArchiveReason::Dns, QStringLiteral("nowhere.example"))};
    ArchiveQueue::Options options;
    options.maxAttempts = 2;
    options.firstRetryMs = 1;
    auto queue = makeQueue(options);
    queue->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->counts().failed, qint64(3), 10000);
    QCOMPARE(m_store->state(ids[0]).reasonText(), QStringLiteral("the server answered HTTP 404"));
    QCOMPARE(m_store->state(ids[0]).attempts, 1);
    QCOMPARE(m_store->state(ids[1]).reasonText(), QStringLiteral("the page redirects in a loop"));
    QCOMPARE(m_store->state(ids[2]).reasonText(),
             QStringLiteral("the host name does not resolve (DNS): nowhere.example"));
    QCOMPARE(m_store->state(ids[2]).attempts, 2);
    QCOMPARE(m_capturer->asked.size(), 4);
}

void TestArchiveQueue::aPageThatNeverAnswersTimesOut()
{
    const QList<qint64> ids = share(2);
    m_capturer->script[QStringLiteral("http://127.0.0.1:9/page/0")] = {ScriptedCapturer::never()};
    ArchiveQueue::Options options;
    options.timeoutMs = 100;
    options.maxAttempts = 1;
    auto queue = makeQueue(options);
    QVERIFY(runUntilIdle(*queue));
    QTRY_COMPARE(m_store->state(ids[0]).status, ArchiveStatus::Failed);
    QCOMPARE(m_store->state(ids[0]).reason, ArchiveReason::Timeout);
    QCOMPARE(m_capturer->cancelled, QList<qint64>{ids[0]});
    QCOMPARE(m_store->state(ids[1]).status, ArchiveStatus::Archived);
}

void TestArchiveQueue::thePolicySkipsWithoutFetching()
{
    const QList<qint64> ids = test::shareLinks(
        m_wiki->links(), {QStringLiteral("http://localhost:8080/admin"),
                          QStringLiteral("http://192.168.1.1/"), QStringLiteral("ftp://x.org/")});
    m_store->enqueue(ids);
    auto queue = makeQueue({}, false);
    QVERIFY(runUntilIdle(*queue));
    QCOMPARE(m_store->counts().skipped, qint64(3));
    QVERIFY(m_capturer->asked.isEmpty());
    QVERIFY2(m_store->state(ids[1]).reasonText().contains(QLatin1String("192.168.1.1")),
             qPrintable(m_store->state(ids[1]).reasonText()));
}

void TestArchiveQueue::tooLargeASnapshotFails()
{
    const QList<qint64> ids = share(1);
    CaptureResult huge;
    huge.content = QByteArray(3 << 20, 'x');
    huge.contentType = QStringLiteral("multipart/related");
    m_capturer->script[QStringLiteral("http://127.0.0.1:9/page/0")] = {huge};
    ArchivePolicy policy;
    policy.allowPrivate = true;
    policy.maxSnapshotBytes = 2 << 20;
    ArchiveQueue queue(*m_store, *m_capturer, policy, {});
    QVERIFY(runUntilIdle(queue));
    QCOMPARE(m_store->state(ids[0]).status, ArchiveStatus::Failed);
    QCOMPARE(m_store->state(ids[0]).reasonText(),
             QStringLiteral("the page is too large to keep: 3.0 MB, more than 2 MB"));
    QCOMPARE(m_store->snapshotCount(), qint64(0));
}

void TestArchiveQueue::pauseCancelsAndStartGoesOn()
{
    const QList<qint64> ids = share(4);
    m_capturer->hold = true;
    auto queue = makeQueue();
    queue->start();
    QCOMPARE(m_capturer->asked.size(), 3);
    queue->pause();
    QCOMPARE(m_capturer->cancelled.size(), 3);
    QVERIFY(queue->busy().isEmpty());
    for (const qint64 id : ids) {
        QCOMPARE(m_store->state(id).status, ArchiveStatus::Pending);
        QCOMPARE(m_store->state(id).attempts, 0); // a pause is no attempt
    }
    m_capturer->release(); // nothing is waiting: the cancelled captures never answer
    m_capturer->hold = false;
    QVERIFY(runUntilIdle(*queue));
    QCOMPARE(m_store->counts().archived, qint64(4));
    for (const qint64 id : ids)
        QCOMPARE(int(m_store->captures(id).size()), 1);
}

void TestArchiveQueue::aNewRunOnTheSameWikiGoesOnWithoutDuplicates()
{
    const QList<qint64> ids = share(5);
    m_capturer->hold = true;
    {
        auto first = makeQueue();
        first->start();
        QCOMPARE(m_capturer->asked.size(), 3);
        // The process ends here (killed, or the window closed): nothing was recorded.
    }
    m_capturer = std::make_unique<ScriptedCapturer>();
    auto second = makeQueue();
    QVERIFY(runUntilIdle(*second));
    QCOMPARE(m_store->counts().archived, qint64(5));
    QCOMPARE(m_capturer->asked.size(), 5);
    for (const qint64 id : ids)
        QCOMPARE(int(m_store->captures(id).size()), 1);
}

void TestArchiveQueue::aRunOfChosenLinksLeavesTheOthers()
{
    const QList<qint64> ids = share(4);
    m_capturer->script[QStringLiteral("http://127.0.0.1:9/page/3")] = {
        CaptureResult::failed(ArchiveReason::Http, QStringLiteral("503"))};
    ArchiveQueue::Options options;
    options.only = {ids[1], ids[3]};
    options.firstRetryMs = 30;
    auto queue = makeQueue(options);
    QSignalSpy finished(queue.get(), &ArchiveQueue::finished);
    QSignalSpy idle(queue.get(), &ArchiveQueue::idle);
    queue->start();
    // The first idle comes while page 3 waits for its retry; finished only once it is done.
    QVERIFY(finished.wait(10000));
    QVERIFY(idle.count() >= 2);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_store->state(ids[1]).status, ArchiveStatus::Archived);
    QCOMPARE(m_store->state(ids[3]).status, ArchiveStatus::Archived);
    QCOMPARE(m_store->state(ids[3]).attempts, 2);
    QCOMPARE(m_store->state(ids[0]).status, ArchiveStatus::Pending);
    QCOMPARE(m_store->state(ids[2]).status, ArchiveStatus::Pending);
    QCOMPARE(m_capturer->asked.size(), 3);
}

void TestArchiveQueue::aPdfIsKeptWithItsText()
{
    const QList<qint64> ids = share(1);
    CaptureResult pdf;
    pdf.content = test::smallPdf("Quarterly numbers inside", "Report");
    pdf.contentType = QStringLiteral("application/pdf");
    pdf.title = QStringLiteral("report.pdf");
    m_capturer->script[QStringLiteral("http://127.0.0.1:9/page/0")] = {pdf};
    auto queue = makeQueue();
    QSignalSpy finished(queue.get(), &ArchiveQueue::finished);
    queue->start();
    QVERIFY(finished.wait(10000));
    const std::optional<Capture> kept = m_store->latestCapture(ids[0]);
    QVERIFY(kept);
    QCOMPARE(kept->contentType, QStringLiteral("application/pdf"));
    QCOMPARE(kept->text, QStringLiteral("Quarterly numbers inside"));
    QCOMPARE(kept->title, QStringLiteral("Report"));
    QCOMPARE(kept->byline, QStringLiteral("Ada Lovelace"));
    QCOMPARE(m_store->snapshotData(kept->sha256), pdf.content);
}

QTEST_GUILESS_MAIN(TestArchiveQueue)
#include "TestArchiveQueue.moc"
