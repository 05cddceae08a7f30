#pragma once

#include <QAtomicInt>
#include <QWebEngineUrlRequestInterceptor>

namespace folio {

// Stands before every request a page makes while it is captured: only http, https, data
// and blob pass, and loopback, private and intranet addresses only when the archive policy
// allows them, so a captured page cannot probe the user's network or read local files.
class CaptureGuard : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    CaptureGuard(bool allowPrivate, QObject* parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo& info) override;
    bool isAllowed(const QUrl& url) const;
    int blockedCount() const { return m_blocked.loadRelaxed(); }

private:
    const bool m_allowPrivate;
    QAtomicInt m_blocked; // interceptRequest runs on WebEngine's IO thread
};

} // namespace folio
