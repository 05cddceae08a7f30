#include "web/ContentPage.h"

#include "core/FolioUrl.h"

#include <QLoggingCategory>

namespace folio {

Q_LOGGING_CATEGORY(lcWeb, "folio.web", QtWarningMsg)

ContentPage::ContentPage(QWebEngineProfile* profile, QObject* parent)
    : QWebEnginePage(profile, parent)
{
}

bool ContentPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return false;
    if (type != NavigationTypeLinkClicked)
        return FolioUrl::isFolio(url); // the app's own loads, reloads and history
    // A jump to a heading on the page being read scrolls in place.
    if (url.adjusted(QUrl::RemoveFragment) == this->url().adjusted(QUrl::RemoveFragment))
        return true;
    switch (FolioUrl::kind(url)) {
    case FolioUrl::Kind::Page:
        Q_EMIT pageLinkClicked(FolioUrl::target(url), url.fragment());
        break;
    case FolioUrl::Kind::Create:
        Q_EMIT createRequested(FolioUrl::target(url));
        break;
    case FolioUrl::Kind::Tag:
        Q_EMIT tagClicked(FolioUrl::target(url));
        break;
    case FolioUrl::Kind::Attachment:
        Q_EMIT attachmentClicked(FolioUrl::attachmentSha256(url),
                                 FolioUrl::attachmentFileName(url));
        break;
    case FolioUrl::Kind::Style:
    case FolioUrl::Kind::Preview:
        break;
    case FolioUrl::Kind::Other:
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
            url.scheme() == QLatin1String("mailto"))
            Q_EMIT externalLinkClicked(url);
        break;
    }
    return false;
}

QWebEnginePage* ContentPage::createWindow(WebWindowType)
{
    return nullptr; // no pop-ups
}

} // namespace folio

namespace folio {

void ContentPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString& message,
                                           int line, const QString& source)
{
    qCInfo(lcWeb).noquote() << source << line << message;
}

} // namespace folio
