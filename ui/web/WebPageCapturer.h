#pragma once

#include "archive/PageCapturer.h"

#include <QHash>
#include <QTemporaryDir>

class QWebEngineDownloadRequest;
class QWebEngineLoadingInfo;
class QWebEnginePage;
class QWebEngineProfile;

namespace folio {

class CaptureGuard;

// Captures pages with Qt WebEngine, for the archive: each link is loaded in a hidden page of
// a capture profile of its own (off the record; JavaScript on, so pages built by script are
// complete; the reading profile keeps it off), its readable text is extracted with Mozilla
// Readability in Folio's isolated script world, and it is saved as one MHTML file. A PDF is
// kept as it is. Requests to other schemes, and to private addresses unless allowed, are
// blocked while capturing.
class WebPageCapturer : public PageCapturer
{
    Q_OBJECT

public:
    explicit WebPageCapturer(QObject* parent = nullptr);
    ~WebPageCapturer() override;

    // Lets script timers run at full speed in pages no one sees (Chromium slows them to one a
    // second, and pages that build their text by script would be read half built). Call
    // before the application object, as FolioScheme::registerScheme().
    static void prepareEngine();

    void capture(const CaptureRequest& request) override;
    void cancel(qint64 id) override;

    // A page is read once its document has not changed for kQuietMs and kMinSettleMs have
    // passed since it loaded (its own script may still be building it, or fetching what it
    // shows), or after kMaxSettleMs whatever it does.
    static constexpr int kQuietMs = 120;
    static constexpr int kMinSettleMs = 200;
    static constexpr int kMaxSettleMs = 3000;

private:
    struct Job
    {
        CaptureRequest request;
        QWebEnginePage* page = nullptr;
        CaptureGuard* guard = nullptr;
        std::optional<int> httpStatus;
        CaptureResult result; // filled as the steps go
        QWebEngineDownloadRequest* download = nullptr;
        int loads = 0;        // navigations started: a redirect by script starts another
        bool reading = false; // the page is being read and saved: later loads are ignored
    };
    void loadingChanged(qint64 id, const QWebEngineLoadingInfo& info);
    void loaded(qint64 id, bool ok);
    void waitForQuiet(qint64 id, int waited);
    void extract(qint64 id);
    void save(qint64 id);
    void downloadRequested(QWebEngineDownloadRequest* download);
    void downloadFinished(qint64 id, QWebEngineDownloadRequest* download);
    void fail(qint64 id, ArchiveReason::Kind kind, const QString& detail = {});
    void succeed(qint64 id);
    void finish(qint64 id, const CaptureResult& result);
    qint64 jobOf(const QWebEnginePage* page) const;
    QString tempPath(qint64 id, const char* suffix) const;

    QWebEngineProfile* m_profile = nullptr;
    QHash<qint64, Job> m_jobs;
    QTemporaryDir m_temp;
    QString m_extractor; // Readability and the function that reads a page with it
};

} // namespace folio
