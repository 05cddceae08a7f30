#include "web/RequestBlocker.h"

#include "core/FolioUrl.h"

#include <QDir>

namespace folio {

RequestBlocker::RequestBlocker(QObject* parent) : QWebEngineUrlRequestInterceptor(parent)
{
}

bool RequestBlocker::isAllowed(const QUrl& url)
{
    return url.scheme() == QLatin1String(FolioUrl::kScheme) ||
           url.scheme() == QLatin1String("data");
}

bool RequestBlocker::isAllowedHere(const QUrl& url) const
{
    if (isAllowed(url))
        return true;
    if (m_folder.isEmpty() || !url.isLocalFile())
        return false;
    const QString path = QDir::cleanPath(url.toLocalFile());
    return path.startsWith(m_folder + u'/') && !path.contains(QLatin1String("/../"));
}

void RequestBlocker::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    if (!isAllowedHere(info.requestUrl())) {
        info.block(true);
        m_blocked.fetchAndAddRelaxed(1);
    }
}

} // namespace folio
