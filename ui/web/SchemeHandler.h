#pragma once

#include <QWebEngineUrlSchemeHandler>

namespace folio {

class PageStore;

// Answers folio:// requests from the open wiki: pages rendered by PageDocument, style sheets
// from the resources. Serving from memory has no size limit, unlike setHtml's 2 MB.
class SchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit SchemeHandler(QObject* parent = nullptr);

    // The wiki whose pages are served; nullptr serves nothing.
    void setStore(const PageStore* store) { m_store = store; }
    // The editor's preview document, served at every FolioUrl::preview address.
    void setPreview(const QByteArray& document) { m_preview = document; }
    void requestStarted(QWebEngineUrlRequestJob* job) override;

private:
    void serveAttachment(QWebEngineUrlRequestJob* job, const QString& sha256);

    const PageStore* m_store = nullptr;
    QByteArray m_preview;
};

} // namespace folio
