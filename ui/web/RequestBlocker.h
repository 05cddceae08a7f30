#pragma once

#include <QAtomicInt>
#include <QWebEngineUrlRequestInterceptor>

namespace folio {

// Lets through only folio: and data: requests, so nothing a page contains (a remote image,
// a tracking pixel, a style sheet) can reach the network while it is read.
class RequestBlocker : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit RequestBlocker(QObject* parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo& info) override;
    static bool isAllowed(const QUrl& url);
    int blockedCount() const { return m_blocked.loadRelaxed(); }

private:
    QAtomicInt m_blocked; // interceptRequest runs on WebEngine's IO thread
};

} // namespace folio
