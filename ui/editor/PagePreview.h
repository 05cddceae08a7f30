#pragma once

#include "store/Page.h"

#include <QTimer>
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
    // Renders `page` once typing has paused for a moment.
    // `unsaved`: attachments added in the editor and not saved with the page yet (name → SHA-256).
    void schedule(const Page& page, const QHash<QString, QString>& unsaved = {});
    // Renders now (opening a page in the editor).
    void renderNow(const Page& page, const QHash<QString, QString>& unsaved = {});
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
    QTimer m_pause;
    Page m_pending;
    QHash<QString, QString> m_unsaved;
    quint64 m_shown = 0;
    double m_share = 0;
};

} // namespace folio
