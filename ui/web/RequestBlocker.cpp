#include "web/RequestBlocker.h"

#include "core/FolioUrl.h"

namespace folio {

RequestBlocker::RequestBlocker(QObject* parent) : QWebEngineUrlRequestInterceptor(parent)
{
}

bool RequestBlocker::isAllowed(const QUrl& url)
{
    return url.scheme() == QLatin1String(FolioUrl::kScheme) ||
           url.scheme() == QLatin1String("data");
}

void RequestBlocker::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    if (!isAllowed(info.requestUrl())) {
        info.block(true);
        m_blocked.fetchAndAddRelaxed(1);
    }
}

} // namespace folio
