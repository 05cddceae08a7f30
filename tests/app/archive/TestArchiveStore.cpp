#include "SharedLinks.h"
#include "archive/ArchiveStore.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "wiki/Wiki.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// The archive's tables: a queue that keeps its state in the wiki, snapshots stored once by
// their SHA-256, versions of each link's capture, and the search rows of their text.
class TestArchiveStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void queuesEachLinkOnce();
    void archiveAllLeavesHiddenAndQueuedLinks();
    void dueLinksWaitForTheirRetryAndSkipBusyOnes();
    void failuresRetryThenFail();
    void aSnapshotIsStoredOnceAndCapturesAreVersions();
    void theNewestCaptureIsSearchable();
    void aFailedWriteLeavesNothing();

private:
    static CaptureResult page(const QByteArray& content, const QString& title, const QString& text);
    qint64 searchHit(const QString& words) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<ArchiveStore> m_store;
    QList<qint64> m_ids;
};

void TestArchiveStore::init()
{
    static int run = 0;
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("archive-%1.folio").arg(++run)));
    m_store = std::make_unique<ArchiveStore>(m_wiki->database());
    m_ids = test::shareLinks(m_wiki->links(), {QStringLiteral("https://a.example/1"),
                                               QStringLiteral("https://b.example/2"),
                                               QStringLiteral("https://c.example/3")});
}

void TestArchiveStore::cleanup()
{
    m_store.reset();
    m_wiki.reset();
}

CaptureResult TestArchiveStore::page(const QByteArray& content, const QString& title,
                                     const QString& text)
{
    CaptureResult result;
    result.content = content;
    result.contentType = QStringLiteral("multipart/related");
    result.finalUrl = QUrl(QStringLiteral("https://a.example/1?final"));
    result.httpStatus = 200;
    result.title = title;
    result.byline = QStringLiteral("Ada");
    result.text = text;
    return result;
}

qint64 TestArchiveStore::searchHit(const QString& words) const
{
    Statement query(
        m_wiki->database(),
        QStringLiteral("SELECT rowid FROM capture_search WHERE capture_search MATCH ?"));
    query.bind(1, words);
    return query.step() ? query.int64(0) : 0;
}

void TestArchiveStore::queuesEachLinkOnce()
{
    QCOMPARE(m_store->state(m_ids[0]).status, ArchiveStatus::NotQueued);
    QCOMPARE(m_store->enqueue({m_ids[0], m_ids[1], 424242}), 2); // no such link: left out
    QCOMPARE(m_store->enqueue({m_ids[0]}), 0);
    QCOMPARE(m_store->state(m_ids[0]).status, ArchiveStatus::Pending);
    // Asked for again while it waits for a retry: it starts at once.
    m_store->recordFailure(m_ids[0], ArchiveReason::Timeout, {}, 90000, 1000);
    QCOMPARE(m_store->enqueue({m_ids[0]}, true), 1);
    QCOMPARE(m_store->state(m_ids[0]).nextAttempt, qint64(0));
    QCOMPARE(m_store->state(m_ids[0]).attempts, 0);
    // A run the user starts makes every waiting retry due (among the links it runs).
    m_store->recordFailure(m_ids[0], ArchiveReason::Timeout, {}, 90000, 1000);
    m_store->recordFailure(m_ids[1], ArchiveReason::Timeout, {}, 90000, 1000);
    m_store->makeDueNow({m_ids[1]});
    QCOMPARE(m_store->state(m_ids[0]).nextAttempt, qint64(90000));
    QCOMPARE(m_store->state(m_ids[1]).nextAttempt, qint64(0));
    m_store->makeDueNow();
    QCOMPARE(m_store->state(m_ids[0]).nextAttempt, qint64(0));
    QCOMPARE(m_store->state(m_ids[0]).attempts, 1);
    QCOMPARE(m_store->counts().pending, qint64(2));
    m_store->recordCapture(m_ids[0], page("snapshot", QStringLiteral("A"), QStringLiteral("a")),
                           1000);
    QCOMPARE(m_store->enqueue({m_ids[0]}), 0); // archived stays archived
    QCOMPARE(m_store->state(m_ids[0]).status, ArchiveStatus::Archived);
    QCOMPARE(m_store->enqueue({m_ids[0]}, true), 1); // re-archive
    QCOMPARE(m_store->state(m_ids[0]).status, ArchiveStatus::Pending);
    QCOMPARE(int(m_store->captures(m_ids[0]).size()), 1); // the older capture stays
}

void TestArchiveStore::archiveAllLeavesHiddenAndQueuedLinks()
{
    m_wiki->links().setHidden(m_ids[2], true);
    m_store->recordSkipped(m_ids[1], ArchiveReason::Policy, QStringLiteral("rule"), 5);
    m_store->recordFailure(m_ids[0], ArchiveReason::Http, QStringLiteral("404"), std::nullopt, 5);
    QCOMPARE(m_store->state(m_ids[1]).reasonText(),
             QStringLiteral("blocked by the archive policy: rule"));
    // A skipped link is checked again (the policy may have changed); a failed one waits for
    // "retry failed"; a hidden one is left out.
    QCOMPARE(m_store->enqueueAll(), 1);
    QCOMPARE(m_store->state(m_ids[0]).status, ArchiveStatus::Failed);
    QCOMPARE(m_store->state(m_ids[1]).status, ArchiveStatus::Pending);
    QVERIFY(m_store->state(m_ids[1]).reasonText().isEmpty());
    QCOMPARE(m_store->state(m_ids[1]).attempts, 0);
    QCOMPARE(m_store->state(m_ids[2]).status, ArchiveStatus::NotQueued);
    QCOMPARE(m_store->enqueueAll(), 0);
    m_wiki->links().setHidden(m_ids[2], false);
    QCOMPARE(m_store->enqueueAll(), 1);
}

void TestArchiveStore::dueLinksWaitForTheirRetryAndSkipBusyOnes()
{
    m_store->enqueue(m_ids);
    m_store->recordFailure(m_ids[0], ArchiveReason::Timeout, {}, 50000, 1000);
    const auto ids = [](const std::vector<DueLink>& links) {
        QList<qint64> result;
        for (const DueLink& link : links)
            result << link.linkId;
        return result;
    };
    QCOMPARE(ids(m_store->due(2000, 10)), (QList<qint64>{m_ids[1], m_ids[2]}));
    QCOMPARE(ids(m_store->due(2000, 1)), (QList<qint64>{m_ids[1]}));
    QCOMPARE(ids(m_store->due(2000, 10, {m_ids[1]})), (QList<qint64>{m_ids[2]}));
    QCOMPARE(ids(m_store->due(50000, 10)), (QList<qint64>{m_ids[1], m_ids[2], m_ids[0]}));
    const std::vector<DueLink> due = m_store->due(50000, 10, {m_ids[1], m_ids[2]});
    QCOMPARE(int(due.size()), 1);
    QCOMPARE(due.front().url, QStringLiteral("https://a.example/1"));
    QCOMPARE(due.front().attempts, 1);
    QCOMPARE(m_store->nextRetry(), std::optional<qint64>(0));
    m_store->recordSkipped(m_ids[1], ArchiveReason::Policy, {}, 1);
    m_store->recordSkipped(m_ids[2], ArchiveReason::Policy, {}, 1);
    QCOMPARE(m_store->nextRetry(), std::optional<qint64>(50000));
}

void TestArchiveStore::failuresRetryThenFail()
{
    m_store->enqueue({m_ids[0]});
    m_store->recordFailure(m_ids[0], ArchiveReason::Http, QStringLiteral("503"), 9000, 1000);
    ArchiveState state = m_store->state(m_ids[0]);
    QCOMPARE(state.status, ArchiveStatus::Pending);
    QCOMPARE(state.attempts, 1);
    QCOMPARE(state.nextAttempt, qint64(9000));
    m_store->recordFailure(m_ids[0], ArchiveReason::Http, QStringLiteral("404"), std::nullopt,
                           10000);
    state = m_store->state(m_ids[0]);
    QCOMPARE(state.status, ArchiveStatus::Failed);
    QCOMPARE(state.attempts, 2);
    QCOMPARE(state.reasonText(), QStringLiteral("the server answered HTTP 404"));
    QCOMPARE(m_store->counts().failed, qint64(1));
    QCOMPARE(m_store->retryFailed(), QList<qint64>{m_ids[0]});
    state = m_store->state(m_ids[0]);
    QCOMPARE(state.status, ArchiveStatus::Pending);
    QCOMPARE(state.attempts, 0);
    QVERIFY(state.reasonText().isEmpty());
}

void TestArchiveStore::aSnapshotIsStoredOnceAndCapturesAreVersions()
{
    m_store->enqueue(m_ids);
    const QByteArray same = "MIME-Version: 1.0\r\n\r\nthe same bytes";
    m_store->recordCapture(m_ids[0], page(same, QStringLiteral("First"), QStringLiteral("one")),
                           1000);
    m_store->recordCapture(m_ids[1], page(same, QStringLiteral("Mirror"), QStringLiteral("one")),
                           2000);
    QCOMPARE(m_store->snapshotCount(), qint64(1));
    m_store->recordCapture(
        m_ids[0], page("other bytes", QStringLiteral("Second"), QStringLiteral("two")), 3000);
    QCOMPARE(m_store->snapshotCount(), qint64(2));
    const std::vector<Capture> captures = m_store->captures(m_ids[0]);
    QCOMPARE(int(captures.size()), 2);
    QCOMPARE(captures[0].title, QStringLiteral("Second"));
    QCOMPARE(captures[0].capturedAt, qint64(3000));
    QCOMPARE(captures[1].title, QStringLiteral("First"));
    QCOMPARE(
        captures[1].sha256,
        QString::fromLatin1(QCryptographicHash::hash(same, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(captures[1].size, qint64(same.size()));
    QCOMPARE(captures[1].finalUrl, QStringLiteral("https://a.example/1?final"));
    QCOMPARE(captures[1].httpStatus, std::optional<int>(200));
    QCOMPARE(m_store->snapshotData(captures[1].sha256), same);
    QCOMPARE(m_store->latestCapture(m_ids[0])->title, QStringLiteral("Second"));
    QVERIFY(!m_store->latestCapture(m_ids[2]));
    QCOMPARE(m_store->state(m_ids[0]).status, ArchiveStatus::Archived);
    QCOMPARE(m_store->state(m_ids[0]).captures, 2);
    QCOMPARE(m_store->counts().archived, qint64(2));
}

void TestArchiveStore::theNewestCaptureIsSearchable()
{
    m_store->recordCapture(m_ids[0],
                           page("v1", QStringLiteral("Bloom filters"),
                                QStringLiteral("A space-efficient probabilistic structure.")),
                           1000);
    QCOMPARE(searchHit(QStringLiteral("probabilistic")), m_ids[0]);
    QCOMPARE(searchHit(QStringLiteral("bloom")), m_ids[0]);
    QCOMPARE(searchHit(QStringLiteral("ada")), m_ids[0]); // the byline
    m_store->recordCapture(
        m_ids[0],
        page("v2", QStringLiteral("Cuckoo filters"), QStringLiteral("Deletions are supported.")),
        2000);
    QCOMPARE(searchHit(QStringLiteral("probabilistic")), qint64(0));
    QCOMPARE(searchHit(QStringLiteral("deletions")), m_ids[0]);
}

void TestArchiveStore::aFailedWriteLeavesNothing()
{
    QVERIFY_THROWS_EXCEPTION(
        StoreError, m_store->recordCapture(
                        987654, page("orphan", QStringLiteral("T"), QStringLiteral("orphan")), 1));
    QCOMPARE(m_store->snapshotCount(), qint64(0));
    QCOMPARE(searchHit(QStringLiteral("orphan")), qint64(0));
}

QTEST_APPLESS_MAIN(TestArchiveStore)
#include "TestArchiveStore.moc"
