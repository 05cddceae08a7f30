#include "web/FolioScheme.h"

#include "core/FolioUrl.h"

#include <QWebEngineUrlScheme>

namespace folio::FolioScheme {

void registerScheme()
{
    QWebEngineUrlScheme scheme(FolioUrl::kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Local, so web content can never load Folio's pages; LocalAccessAllowed, so Folio's own
    // pages may load their style sheets and images from it.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
                    QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

} // namespace folio::FolioScheme
