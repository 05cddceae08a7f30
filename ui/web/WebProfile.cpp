#include "web/WebProfile.h"

#include "core/FolioUrl.h"
#include "web/RequestBlocker.h"
#include "web/SchemeHandler.h"

#include <QDir>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace folio {

WebProfile::WebProfile(QObject* parent)
    : QObject(parent), m_profile(new QWebEngineProfile(this)), m_handler(new SchemeHandler(this)),
      m_blocker(new RequestBlocker(this))
{
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->installUrlSchemeHandler(FolioUrl::kScheme, m_handler);
    m_blocker->allowFolder(QDir::cleanPath(m_snapshots.path()));
    m_profile->setUrlRequestInterceptor(m_blocker);

    QWebEngineSettings* settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
}

WebProfile::~WebProfile()
{
    // Pages must go before their profile; views own pages, so they are gone by now.
    delete m_profile;
    m_profile = nullptr;
}

} // namespace folio
