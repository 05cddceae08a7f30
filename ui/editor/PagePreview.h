#pragma once

#include "store/Page.h"

#include <QWebEngineView>

namespace folio {

class PreviewRenderer;
class SchemeHandler;
class WebProfile;

// The rendered page beside the source: rendered off the UI thread (PreviewRenderer) shortly
// after typing pauses, shown through Folio's scheme like any page, and scrolled to the same
// share of the page as the source.
class PagePreview : public QWebEngineView
{
    Q_OBJECT

public:
    explicit PagePreview(WebProfile& profile, QWidget* parent = nullptr);

    void setWiki(const QString& wikiPath);
    // Renders `page` off the UI thread and shows it; `unsaved`: attachments added in the editor
    // and not saved with the page yet (name → SHA-256).
    void render(const Page& page, const QHash<QString, QString>& unsaved = {});
    // Keeps the preview at `share` (0 = top, 1 = bottom) of its height.
    void scrollToShare(double share);

Q_SIGNALS:
    // A new rendering is on screen.
    void shown();

private:
    void show(const QByteArray& document);
    void applyScroll();

    SchemeHandler& m_scheme;
    PreviewRenderer* m_renderer = nullptr;
    quint64 m_shown = 0;
    double m_share = 0;
};

} // namespace folio
