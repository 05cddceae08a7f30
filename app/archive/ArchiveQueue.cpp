#include "archive/ArchiveQueue.h"

#include "archive/PageCapturer.h"
#include "archive/PdfText.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHostInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace folio {

ArchiveQueue::ArchiveQueue(ArchiveStore& store, PageCapturer& capturer, ArchivePolicy policy,
                           Options options, QObject* parent)
    : QObject(parent), m_store(store), m_capturer(&capturer), m_policy(std::move(policy)),
      m_options(std::move(options)), m_wake(new QTimer(this))
{
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &ArchiveQueue::fill);
    connect(&capturer, &PageCapturer::captured, this,
            [this](qint64 id, const CaptureResult& result) {
                if (m_jobs.contains(id) && m_jobs.value(id).lookupId < 0)
                    finish(id, result);
            });
}

ArchiveQueue::Options ArchiveQueue::fromSettings(const Settings& settings)
{
    Options options;
    options.concurrency = qBound(1, settings.value(Settings::Key::ArchiveConcurrency).toInt(), 16);
    options.timeoutMs =
        qBound(5, settings.value(Settings::Key::ArchiveTimeoutSeconds).toInt(), 3600) * 1000;
    return options;
}

ArchiveQueue::~ArchiveQueue()
{
    pause();
}

qint64 ArchiveQueue::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

qint64 ArchiveQueue::retryDelay(int attempts) const
{
    constexpr qint64 kLongest = 3600 * 1000;
    qint64 delay = m_options.firstRetryMs;
    for (int i = 1; i < attempts && delay < kLongest; ++i)
        delay *= 2;
    return qMin(delay, kLongest);
}

void ArchiveQueue::start()
{
    if (!m_running) {
        m_running = true;
        m_done = 0;
    }
    fill();
}

void ArchiveQueue::pause()
{
    m_running = false;
    m_wake->stop();
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (auto it = jobs.begin(); it != jobs.end(); ++it) {
        if (it->timeout) {
            it->timeout->stop();
            it->timeout->deleteLater();
        }
        if (it->lookupId >= 0)
            QHostInfo::abortHostLookup(it->lookupId);
        else if (m_capturer)
            m_capturer->cancel(it.key());
    }
    m_currentUrl.clear();
}

bool ArchiveQueue::write(const std::function<void()>& action)
{
    try {
        action();
        return true;
    } catch (const StoreError& error) {
        qCWarning(lcArchive) << "archive stopped:" << error.message();
        pause();
        Q_EMIT failed(error.message());
        return false;
    }
}

void ArchiveQueue::scheduleFill()
{
    // Queued, never recursive: a capturer may answer within capture(), and a long queue of
    // quick failures must not grow the stack.
    if (m_fillScheduled)
        return;
    m_fillScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fillScheduled = false;
            fill();
        },
        Qt::QueuedConnection);
}

void ArchiveQueue::fill()
{
    if (!m_running)
        return;
    const int free = m_options.concurrency - int(m_jobs.size());
    std::vector<DueLink> due;
    if (free > 0 && !write([&] { due = m_store.due(now(), free, m_jobs.keys(), m_options.only); }))
        return;
    for (const DueLink& link : due)
        begin(link);
    if (!m_jobs.isEmpty())
        return;
    std::optional<qint64> retry;
    if (!write([&] { retry = m_store.nextRetry(m_options.only); }))
        return;
    if (retry)
        m_wake->start(int(qBound(qint64(0), *retry - now(), qint64(3600 * 1000))));
    m_currentUrl.clear();
    Q_EMIT idle();
    if (!retry) {
        m_running = false; // the run is over: a fill still queued finds nothing to do
        Q_EMIT finished();
    }
}

void ArchiveQueue::begin(const DueLink& link)
{
    const QUrl url(link.url);
    if (const std::optional<QString> rule = m_policy.refusal(url, link.flags)) {
        Job refused;
        refused.link = link;
        m_jobs.insert(link.linkId, refused);
        skip(link.linkId, *rule);
        return;
    }
    m_currentUrl = link.url;
    Job job;
    job.link = link;
    job.serial = ++m_serial;
    const QString host = url.host(QUrl::FullyDecoded);
    if (!m_policy.allowPrivate && QHostAddress(host).isNull()) {
        // A public name may point at a private address: resolved before anything is fetched.
        job.lookupId = QHostInfo::lookupHost(
            host, this, [this, id = link.linkId, host, serial = job.serial](const QHostInfo& info) {
                if (!m_jobs.contains(id) || m_jobs.value(id).serial != serial)
                    return; // an answer for a run that was paused
                m_jobs[id].lookupId = -1;
                if (info.error() != QHostInfo::NoError) {
                    finish(id, CaptureResult::failed(info.error() == QHostInfo::HostNotFound
                                                         ? ArchiveReason::Dns
                                                         : ArchiveReason::Connection,
                                                     host));
                } else if (const auto rule = m_policy.refusal(host, info.addresses())) {
                    skip(id, *rule);
                } else {
                    capture(id);
                }
            });
        m_jobs.insert(link.linkId, job);
        return;
    }
    m_jobs.insert(link.linkId, job);
    capture(link.linkId);
}

void ArchiveQueue::capture(qint64 linkId)
{
    Job& job = m_jobs[linkId];
    job.timeout = new QTimer(this);
    job.timeout->setSingleShot(true);
    connect(job.timeout, &QTimer::timeout, this, [this, linkId] {
        if (m_jobs.value(linkId).readingPdf) {
            // Its text takes too long to read (a damaged or enormous PDF): kept without it.
            const CaptureResult pdf = m_jobs.value(linkId).pdf;
            return record(linkId, pdf);
        }
        if (m_capturer)
            m_capturer->cancel(linkId);
        finish(linkId, CaptureResult::failed(ArchiveReason::Timeout));
    });
    job.timeout->start(m_options.timeoutMs);
    CaptureRequest request;
    request.id = linkId;
    request.url = QUrl(job.link.url);
    request.maxBytes = m_policy.maxSnapshotBytes;
    request.allowPrivate = m_policy.allowPrivate;
    request.allowDomains = m_policy.allowDomains;
    request.denyDomains = m_policy.denyDomains;
    if (m_capturer)
        m_capturer->capture(request);
}

void ArchiveQueue::finish(qint64 linkId, const CaptureResult& given)
{
    if (m_jobs.value(linkId).readingPdf)
        return; // a PDF's text is being read: its time limit is over
    if (given.ok() && given.contentType == QLatin1String("application/pdf") &&
        given.text.isEmpty() && given.content.size() <= m_policy.maxSnapshotBytes)
        return readPdf(linkId, given);
    record(linkId, given);
}

void ArchiveQueue::readPdf(qint64 linkId, const CaptureResult& given)
{
    // Off this thread: poppler takes seconds over a long PDF, and the window must not wait.
    Job& job = m_jobs[linkId];
    job.readingPdf = true;
    job.pdf = given;
    auto* reader = new QFutureWatcher<PdfText::Extracted>(this);
    connect(reader, &QFutureWatcher<PdfText::Extracted>::finished, this,
            [this, reader, linkId, serial = job.serial, given] {
                reader->deleteLater();
                if (!m_jobs.contains(linkId) || m_jobs.value(linkId).serial != serial)
                    return; // paused meanwhile: the link waits for the next run
                const PdfText::Extracted pdf = reader->result();
                CaptureResult result = given;
                result.text = pdf.text;
                if (!pdf.title.isEmpty())
                    result.title = pdf.title;
                result.byline = pdf.author;
                if (!pdf.error.isEmpty())
                    qCInfo(lcArchive) << "no text from" << result.finalUrl << pdf.error;
                record(linkId, result);
            });
    reader->setFuture(QtConcurrent::run(&PdfText::extract, given.content, 500));
}

void ArchiveQueue::record(qint64 linkId, const CaptureResult& given)
{
    const Job job = m_jobs.take(linkId);
    if (job.timeout) {
        job.timeout->stop();
        job.timeout->deleteLater(); // this may be its own timeout signal
    }
    CaptureResult result = given;
    if (result.ok() && result.content.size() > m_policy.maxSnapshotBytes)
        result = CaptureResult::failed(ArchiveReason::TooLarge,
                                       tr("%1 MB, more than %2 MB")
                                           .arg(double(given.content.size()) / (1 << 20), 0, 'f', 1)
                                           .arg(m_policy.maxSnapshotBytes >> 20));
    const qint64 at = now();
    // The page's last address must pass the policy too (the capturer's guard stops the
    // redirects it sees; this is the check of what was kept).
    if (const auto rule = result.ok() && !result.finalUrl.isEmpty()
                              ? m_policy.refusal(result.finalUrl)
                              : std::nullopt) {
        m_jobs.insert(linkId, job);
        return skip(linkId, tr("redirected to %1: %2").arg(result.finalUrl.host(), *rule));
    }
    if (result.ok()) {
        if (write([&] { m_store.recordCapture(linkId, result, at); }))
            endJob(linkId, ArchiveStatus::Archived);
        return;
    }
    const int attempts = job.link.attempts + 1;
    std::optional<qint64> retryAt;
    if (ArchiveReason::isTransient(result.failure, result.detail) &&
        attempts < m_options.maxAttempts)
        retryAt = at + retryDelay(attempts);
    qCInfo(lcArchive) << job.link.url << ArchiveReason::key(result.failure) << result.detail
                      << (retryAt ? "will retry" : "failed");
    if (write([&] { m_store.recordFailure(linkId, result.failure, result.detail, retryAt, at); }))
        endJob(linkId, retryAt ? ArchiveStatus::Pending : ArchiveStatus::Failed);
}

void ArchiveQueue::skip(qint64 linkId, const QString& rule)
{
    m_jobs.remove(linkId);
    if (write([&] { m_store.recordSkipped(linkId, ArchiveReason::Policy, rule, now()); }))
        endJob(linkId, ArchiveStatus::Skipped);
}

void ArchiveQueue::endJob(qint64 linkId, ArchiveStatus status)
{
    if (status != ArchiveStatus::Pending)
        ++m_done;
    Q_EMIT linkFinished(linkId, status);
    reportProgress();
    scheduleFill();
}

void ArchiveQueue::reportProgress()
{
    qint64 pending = 0;
    if (!write([&] { pending = m_store.pendingCount(m_options.only); }))
        return;
    Q_EMIT progress(m_done, m_done + pending, m_jobs.isEmpty() ? QString() : m_currentUrl);
}

} // namespace folio
