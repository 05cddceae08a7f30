#include "editor/PagePreview.h"

#include "core/FolioUrl.h"
#include "web/ContentPage.h"
#include "web/SchemeHandler.h"
#include "web/WebProfile.h"
#include "wiki/PreviewRenderer.h"

#include <QWebEngineHistory>
#include <QWebEngineScript>

namespace folio {
PagePreview::PagePreview(WebProfile& profile, QWidget* parent)
    : QWebEngineView(parent), m_scheme(*profile.schemeHandler()),
      m_renderer(new PreviewRenderer(this))
{
    setPage(new ContentPage(profile.profile(), this)); // links in the preview go nowhere
    setAccessibleName(tr("Preview"));
    setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_renderer, &PreviewRenderer::rendered, this, &PagePreview::show);
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (!ok)
            return;
        history()->clear(); // each rendering is a new address; nothing to go back to
        applyScroll();
        Q_EMIT shown();
    });
}

void PagePreview::setWiki(const QString& wikiPath)
{
    m_renderer->setWiki(wikiPath);
}

void PagePreview::render(const Page& page, const QHash<QString, QString>& unsaved)
{
    m_renderer->render(page, unsaved);
}

void PagePreview::show(const QByteArray& document)
{
    m_scheme.setPreview(document);
    load(FolioUrl::preview(++m_shown));
}

void PagePreview::scrollToShare(double share)
{
    m_share = std::clamp(share, 0.0, 1.0);
    applyScroll();
}

void PagePreview::applyScroll()
{
    // Folio's isolated world: the page itself runs no script.
    page()->runJavaScript(
        QStringLiteral("window.scrollTo(0, %1 * (document.documentElement.scrollHeight - "
                       "window.innerHeight))")
            .arg(m_share),
        QWebEngineScript::ApplicationWorld);
}

} // namespace folio
