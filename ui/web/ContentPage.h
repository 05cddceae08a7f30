#pragma once

#include <QWebEnginePage>

namespace folio {

// Owns navigation policy for wiki content: the app decides where a click goes. Wiki links
// become pageLinkClicked, "create" links createRequested, web links externalLinkClicked (to
// be opened in the system browser), links to attached files attachmentClicked; nothing
// navigates the view by itself.
class ContentPage : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit ContentPage(QWebEngineProfile* profile, QObject* parent = nullptr);

Q_SIGNALS:
    void pageLinkClicked(const QString& title, const QString& anchor);
    void createRequested(const QString& title);
    void externalLinkClicked(const QUrl& url);
    // A link to a file attached to the page (a picture's link too); `fileName` may be empty.
    void attachmentClicked(const QString& sha256, const QString& fileName);
    // A tag chip under the page's title: the pages carrying that tag are wanted.
    void tagClicked(const QString& tag);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage* createWindow(WebWindowType type) override;
    // Blocked requests and policy violations show up here; they go to the folio.web log.
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message,
                                  int line, const QString& source) override;
};

} // namespace folio
