#pragma once

#include <QAtomicInt>
#include <QWebEngineUrlRequestInterceptor>

namespace folio {

// Lets through only folio: and data: requests, and the files of one folder (where archived
// snapshots are opened from), so nothing a page contains (a remote image, a tracking pixel,
// a style sheet) can reach the network while it is read.
class RequestBlocker : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit RequestBlocker(QObject* parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo& info) override;
    static bool isAllowed(const QUrl& url);
    bool isAllowedHere(const QUrl& url) const;
    // Files in `folder` may be opened; set once, before any page loads.
    void allowFolder(const QString& folder) { m_folder = folder; }
    int blockedCount() const { return m_blocked.loadRelaxed(); }

private:
    QAtomicInt m_blocked; // interceptRequest runs on WebEngine's IO thread
    QString m_folder;
};

} // namespace folio
