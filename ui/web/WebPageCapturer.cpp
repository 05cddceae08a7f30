#include "web/WebPageCapturer.h"

#include "archive/ArchivePolicy.h"
#include "core/Logging.h"
#include "web/CaptureGuard.h"

#include <QFile>
#include <QTimer>
#include <QWebEngineDownloadRequest>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

namespace folio {

namespace {

QString resourceText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("resource %s is missing from the build", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// Chromium's net error codes (net/base/net_error_list.h) that name a reason people know.
ArchiveReason::Kind reasonForNetError(int code)
{
    switch (code) {
    case -105: // NAME_NOT_RESOLVED
    case -137: // NAME_RESOLUTION_FAILED
        return ArchiveReason::Dns;
    case -7:   // TIMED_OUT
    case -118: // CONNECTION_TIMED_OUT
        return ArchiveReason::Timeout;
    case -310: // TOO_MANY_REDIRECTS
        return ArchiveReason::RedirectLoop;
    case -20: // BLOCKED_BY_CLIENT: the capture guard
        return ArchiveReason::Policy;
    case -100: // CONNECTION_CLOSED
    case -101: // CONNECTION_RESET
    case -102: // CONNECTION_REFUSED
    case -104: // CONNECTION_FAILED
    case -106: // INTERNET_DISCONNECTED
    case -109: // ADDRESS_UNREACHABLE
    case -324: // EMPTY_RESPONSE
        return ArchiveReason::Connection;
    default:
        return ArchiveReason::Other;
    }
}

void keepPdfsAsFiles(QWebEngineSettings* settings)
{
    // A PDF becomes a download, kept as it is, instead of a viewer page.
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
}

// The page a link is captured in: the page itself, and every address it is redirected to,
// must pass the archive policy before the engine asks for it (the guard, which also resolves
// names, stands before each request; a redirect is decided here first, on the UI thread,
// without a name lookup). No windows open.
class CapturePage : public QWebEnginePage
{
public:
    CapturePage(QWebEngineProfile* profile, ArchivePolicy policy, QObject* parent)
        : QWebEnginePage(profile, parent), m_policy(std::move(policy))
    {
    }
    QString refusal() const { return m_refusal; }

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType, bool isMainFrame) override
    {
        if (!isMainFrame)
            return true; // frames: the guard decides, as for everything the page loads
        if (const std::optional<QString> rule = m_policy.refusal(url)) {
            m_refusal = WebPageCapturer::tr("went to %1: %2").arg(url.host(), *rule);
            return false;
        }
        return true;
    }
    QWebEnginePage* createWindow(WebWindowType) override { return nullptr; }

private:
    const ArchivePolicy m_policy;
    QString m_refusal;
};

} // namespace

void WebPageCapturer::prepareEngine()
{
    const QByteArray flag = "--disable-background-timer-throttling";
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.contains(flag))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", QByteArray(flags + ' ' + flag).trimmed());
}

WebPageCapturer::WebPageCapturer(QObject* parent)
    : PageCapturer(parent), m_profile(new QWebEngineProfile(this))
{
    // Off the record: nothing a captured site sets (cookies, storage, cache) reaches the disk
    // or the reading profile.
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    QWebEngineSettings* settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    settings->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    keepPdfsAsFiles(settings);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this,
            &WebPageCapturer::downloadRequested);
    m_extractor = resourceText(QStringLiteral(":/folio/web/readability/Readability.js")) + u'\n' +
                  resourceText(QStringLiteral(":/folio/web/extract-article.js"));
    // Watches each captured document for changes from its creation, in Folio's isolated
    // world (the page cannot see it), so the capture knows when the page's script is done.
    QWebEngineScript watcher;
    watcher.setName(QStringLiteral("folio-quiet-watcher"));
    watcher.setSourceCode(resourceText(QStringLiteral(":/folio/web/quiet-watcher.js")));
    watcher.setInjectionPoint(QWebEngineScript::DocumentCreation);
    watcher.setWorldId(QWebEngineScript::ApplicationWorld);
    watcher.setRunsOnSubFrames(false);
    m_profile->scripts()->insert(watcher);
}

WebPageCapturer::~WebPageCapturer()
{
    for (const qint64 id : m_jobs.keys())
        cancel(id);
    // Pages must go before their profile, even those still waiting to be deleted.
    qDeleteAll(findChildren<QWebEnginePage*>(Qt::FindDirectChildrenOnly));
    delete m_profile;
}

QString WebPageCapturer::tempPath(qint64 id, const char* suffix) const
{
    return m_temp.filePath(QStringLiteral("capture-%1.%2").arg(id).arg(QLatin1String(suffix)));
}

qint64 WebPageCapturer::jobOf(const QWebEnginePage* page) const
{
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it)
        if (it->page == page)
            return it.key();
    return 0;
}

void WebPageCapturer::capture(const CaptureRequest& request)
{
    Job job;
    job.request = request;
    ArchivePolicy policy;
    policy.allowPrivate = request.allowPrivate;
    policy.allowDomains = request.allowDomains;
    policy.denyDomains = request.denyDomains;
    job.page = new CapturePage(m_profile, policy, this);
    job.guard = new CaptureGuard(policy, job.page);
    job.page->setUrlRequestInterceptor(job.guard);
    job.page->setAudioMuted(true);
    // As a page on screen: a hidden page's timers are throttled to one a second, and pages
    // that build their text by script would be read before they have.
    job.page->setVisible(true);
    const qint64 id = request.id;
    connect(job.page, &QWebEnginePage::loadingChanged, this,
            [this, id](const QWebEngineLoadingInfo& info) { loadingChanged(id, info); });
    connect(job.page, &QWebEnginePage::loadStarted, this, [this, id] {
        if (m_jobs.contains(id))
            ++m_jobs[id].loads;
    });
    connect(job.page, &QWebEnginePage::loadFinished, this, [this, id](bool ok) { loaded(id, ok); });
    // A page that replaces itself by a new window or asks for rights gets neither.
    connect(job.page, &QWebEnginePage::featurePermissionRequested, job.page,
            [page = job.page](const QUrl& origin, QWebEnginePage::Feature feature) {
                page->setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
            });
    m_jobs.insert(id, job);
    job.page->load(request.url);
}

void WebPageCapturer::cancel(qint64 id)
{
    if (!m_jobs.contains(id))
        return;
    const Job job = m_jobs.take(id);
    job.page->disconnect(this);
    job.page->triggerAction(QWebEnginePage::Stop);
    if (job.download && !job.download->isFinished()) {
        // WebEngine crashes when a page goes while its download is ending: it goes after.
        job.download->disconnect(this);
        connect(job.download, &QWebEngineDownloadRequest::isFinishedChanged, job.page,
                &QObject::deleteLater);
        job.download->cancel();
    } else {
        job.page->deleteLater();
    }
    QFile::remove(tempPath(id, "mhtml"));
    QFile::remove(tempPath(id, "pdf"));
}

void WebPageCapturer::loadingChanged(qint64 id, const QWebEngineLoadingInfo& info)
{
    if (!m_jobs.contains(id))
        return;
    Job& job = m_jobs[id];
    if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain)
        job.httpStatus = info.errorCode();
    if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus && !job.download) {
        job.result.failure = info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain
                                 ? ArchiveReason::Http
                                 : reasonForNetError(info.errorCode());
        job.result.detail = job.result.failure == ArchiveReason::Http
                                ? QString::number(info.errorCode())
                                : info.errorString();
    }
    job.result.finalUrl = info.url();
}

void WebPageCapturer::loaded(qint64 id, bool ok)
{
    if (!m_jobs.contains(id))
        return;
    Job& job = m_jobs[id];
    if (job.download || job.reading)
        return; // the link is a file (a PDF), or the page is already being read
    if (job.httpStatus && *job.httpStatus >= 400)
        return fail(id, ArchiveReason::Http, QString::number(*job.httpStatus));
    if (const QString refusal = static_cast<CapturePage*>(job.page)->refusal(); !refusal.isEmpty())
        return fail(id, ArchiveReason::Policy, refusal);
    if (!ok) {
        // A navigation that turned into a download ends the load "aborted"; the download
        // request follows at once.
        QTimer::singleShot(500, this, [this, id, loads = job.loads] {
            // ... and a page that went on to another address is still loading.
            if (!m_jobs.contains(id) || m_jobs.value(id).download ||
                m_jobs.value(id).loads != loads)
                return;
            const CaptureResult& result = m_jobs.value(id).result;
            fail(id, result.failure == ArchiveReason::None ? ArchiveReason::Other : result.failure,
                 result.detail);
        });
        return;
    }
    job.result.finalUrl = job.page->url();
    job.reading = true;
    // Pages built by script finish after their load event: read once they are quiet.
    waitForQuiet(id, 0);
}

void WebPageCapturer::waitForQuiet(qint64 id, int waited)
{
    constexpr int kPollMs = 40;
    QTimer::singleShot(kPollMs, this, [this, id, waited] {
        if (!m_jobs.contains(id))
            return;
        m_jobs[id].page->runJavaScript(
            QStringLiteral("window.__folioQuietFor ? window.__folioQuietFor() : 1e9"),
            QWebEngineScript::ApplicationWorld, [this, id, waited](const QVariant& quietFor) {
                if (!m_jobs.contains(id))
                    return;
                const int total = waited + kPollMs;
                if ((quietFor.toDouble() >= kQuietMs && total >= kMinSettleMs) ||
                    total >= kMaxSettleMs)
                    extract(id);
                else
                    waitForQuiet(id, total);
            });
    });
}

void WebPageCapturer::extract(qint64 id)
{
    if (!m_jobs.contains(id))
        return;
    m_jobs[id].page->runJavaScript(
        m_extractor, QWebEngineScript::ApplicationWorld, [this, id](const QVariant& value) {
            if (!m_jobs.contains(id))
                return;
            const QVariantMap article = value.toMap();
            CaptureResult& result = m_jobs[id].result;
            result.title = article.value(QStringLiteral("title")).toString().trimmed();
            result.byline = article.value(QStringLiteral("byline")).toString().trimmed();
            result.excerpt = article.value(QStringLiteral("excerpt")).toString().trimmed();
            result.text = article.value(QStringLiteral("text")).toString();
            save(id);
        });
}

void WebPageCapturer::save(qint64 id)
{
    Job& job = m_jobs[id];
    job.page->save(tempPath(id, "mhtml"), QWebEngineDownloadRequest::MimeHtmlSaveFormat);
}

void WebPageCapturer::downloadRequested(QWebEngineDownloadRequest* download)
{
    const qint64 id = jobOf(download->page());
    if (!id) {
        download->cancel();
        return;
    }
    Job& job = m_jobs[id];
    if (!download->isSavePageDownload()) {
        const QString mime = download->mimeType().section(u';', 0, 0).trimmed().toLower();
        if (mime != QLatin1String("application/pdf") &&
            !download->url().path().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            job.download = download; // the link is a file, not a page: no load error follows
            return fail(id, ArchiveReason::Unsupported, mime); // cancels the download
        }
        download->setDownloadDirectory(m_temp.path());
        download->setDownloadFileName(QFileInfo(tempPath(id, "pdf")).fileName());
        job.result.finalUrl = download->url();
        job.result.contentType = QStringLiteral("application/pdf");
    } else {
        job.result.contentType = QStringLiteral("multipart/related");
    }
    job.download = download;
    const qint64 maxBytes = job.request.maxBytes;
    connect(
        download, &QWebEngineDownloadRequest::receivedBytesChanged, this,
        [this, id, download, maxBytes] {
            // Failing cancels the download, and the job goes first, so the download's own
            // end finds nothing to answer for.
            if (maxBytes > 0 && download->receivedBytes() > maxBytes && m_jobs.contains(id))
                fail(id, ArchiveReason::TooLarge, tr("more than %1 MB").arg(maxBytes >> 20));
        },
        Qt::QueuedConnection); // WebEngine crashes when a download is cancelled in its signal
    connect(download, &QWebEngineDownloadRequest::isFinishedChanged, this,
            [this, id, download] { downloadFinished(id, download); });
    download->accept();
}

void WebPageCapturer::downloadFinished(qint64 id, QWebEngineDownloadRequest* download)
{
    if (!m_jobs.contains(id) || m_jobs.value(id).download != download)
        return;
    Job& job = m_jobs[id];
    if (job.download->state() != QWebEngineDownloadRequest::DownloadCompleted)
        return fail(id, ArchiveReason::Other, job.download->interruptReasonString());
    const bool isPdf = !job.download->isSavePageDownload();
    QFile file(tempPath(id, isPdf ? "pdf" : "mhtml"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(id, ArchiveReason::Other, file.errorString());
    if (job.request.maxBytes > 0 && file.size() > job.request.maxBytes)
        return fail(id, ArchiveReason::TooLarge,
                    tr("more than %1 MB").arg(job.request.maxBytes >> 20));
    job.result.content = file.readAll();
    if (isPdf && job.result.title.isEmpty())
        job.result.title = job.result.finalUrl.fileName();
    succeed(id);
}

void WebPageCapturer::fail(qint64 id, ArchiveReason::Kind kind, const QString& detail)
{
    finish(id, CaptureResult::failed(kind, detail));
}

void WebPageCapturer::succeed(qint64 id)
{
    CaptureResult result = m_jobs.value(id).result;
    result.failure = ArchiveReason::None;
    result.detail.clear();
    result.httpStatus = m_jobs.value(id).httpStatus;
    finish(id, result);
}

void WebPageCapturer::finish(qint64 id, const CaptureResult& result)
{
    cancel(id); // the page and its files go; the answer stays
    qCDebug(lcArchive) << "captured" << id << ArchiveReason::key(result.failure) << result.detail
                       << result.content.size() << "bytes";
    Q_EMIT captured(id, result);
}

} // namespace folio
