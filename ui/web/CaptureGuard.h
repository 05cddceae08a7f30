#pragma once

#include "archive/ArchivePolicy.h"

#include <QAtomicInt>
#include <QHash>
#include <QMutex>
#include <QWebEngineUrlRequestInterceptor>

namespace folio {

// Stands before every request a page makes while it is captured: only http, https, data
// and blob pass, and loopback, private and intranet addresses only when the archive policy
// allows them — host names are resolved to see where they point — so a captured page cannot
// probe the user's network or read local files; a redirect of the page itself must pass the
// whole policy (domain lists included).
class CaptureGuard : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit CaptureGuard(ArchivePolicy policy, QObject* parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo& info) override;
    // `isPage`: the page itself (its first address or a redirect), not what it loads.
    bool isAllowed(const QUrl& url, bool isPage = false);
    int blockedCount() const { return m_blocked.loadRelaxed(); }

private:
    bool pointsAtPrivate(const QString& host);

    const ArchivePolicy m_policy;
    QAtomicInt m_blocked; // interceptRequest runs on WebEngine's IO thread
    QMutex m_lock;
    QHash<QString, bool> m_private; // host → resolves to a private address
};

} // namespace folio
