#include "web/CaptureGuard.h"

#include <QHostInfo>
#include <QMutexLocker>

namespace folio {

CaptureGuard::CaptureGuard(ArchivePolicy policy, QObject* parent)
    : QWebEngineUrlRequestInterceptor(parent), m_policy(std::move(policy))
{
}

bool CaptureGuard::pointsAtPrivate(const QString& host)
{
    {
        const QMutexLocker locker(&m_lock);
        if (const auto it = m_private.constFind(host); it != m_private.constEnd())
            return *it;
    }
    // On WebEngine's IO thread, once per host of the page: the name is resolved before the
    // engine connects to it. (The engine resolves it again; a name whose answer changes
    // between the two is the limit of this check.)
    const QHostInfo info = QHostInfo::fromName(host);
    const bool isPrivate =
        info.error() == QHostInfo::NoError && m_policy.refusal(host, info.addresses());
    const QMutexLocker locker(&m_lock);
    m_private.insert(host, isPrivate);
    return isPrivate;
}

bool CaptureGuard::isAllowed(const QUrl& url, bool isPage)
{
    const QString scheme = url.scheme();
    if (!isPage && (scheme == QLatin1String("data") || scheme == QLatin1String("blob")))
        return true;
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    if (isPage && m_policy.refusal(url))
        return false;
    if (m_policy.allowPrivate)
        return true;
    const QString host = ArchivePolicy::bareHost(url.host(QUrl::FullyDecoded));
    const QHostAddress literal(host);
    if (!literal.isNull())
        return !ArchivePolicy::isPrivate(literal);
    return !ArchivePolicy::isIntranetName(host) && !pointsAtPrivate(host);
}

void CaptureGuard::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    const bool isPage = info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame;
    if (!isAllowed(info.requestUrl(), isPage)) {
        info.block(true);
        m_blocked.fetchAndAddRelaxed(1);
    }
}

} // namespace folio
