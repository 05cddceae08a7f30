#include "web/CaptureGuard.h"

#include "archive/ArchivePolicy.h"

namespace folio {

CaptureGuard::CaptureGuard(bool allowPrivate, QObject* parent)
    : QWebEngineUrlRequestInterceptor(parent), m_allowPrivate(allowPrivate)
{
}

bool CaptureGuard::isAllowed(const QUrl& url) const
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("data") || scheme == QLatin1String("blob"))
        return true;
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    if (m_allowPrivate)
        return true;
    const QString host = url.host(QUrl::FullyDecoded);
    const QHostAddress literal(host);
    return !(literal.isNull() ? ArchivePolicy::isIntranetName(host)
                              : ArchivePolicy::isPrivate(literal));
}

void CaptureGuard::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    if (!isAllowed(info.requestUrl())) {
        info.block(true);
        m_blocked.fetchAndAddRelaxed(1);
    }
}

} // namespace folio
