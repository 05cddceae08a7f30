#include "web/ArchivedPageView.h"

#include "archive/ArchiveStore.h"
#include "archive/ReaderDocument.h"
#include "core/Sha256.h"
#include "web/PageView.h"
#include "web/RequestBlocker.h"
#include "web/WebProfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace folio {

namespace {

// Loads only what the view itself asks for, from the snapshot folder; a clicked link goes
// out as linkClicked, and nothing else navigates.
class ArchivedPage : public QWebEnginePage
{
public:
    ArchivedPage(WebProfile& profile, ArchivedPageView* view)
        : QWebEnginePage(profile.profile(), view), m_profile(profile), m_view(view)
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override
    {
        if (!isMainFrame)
            return false;
        if (type == NavigationTypeLinkClicked) {
            if (url.adjusted(QUrl::RemoveFragment) == this->url().adjusted(QUrl::RemoveFragment))
                return true; // a jump within the page
            if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
                Q_EMIT m_view->linkClicked(url);
            return false;
        }
        return m_profile.requestBlocker()->isAllowedHere(url) && url.isLocalFile();
    }
    QWebEnginePage* createWindow(WebWindowType) override { return nullptr; }

private:
    WebProfile& m_profile;
    ArchivedPageView* m_view;
};

} // namespace

ArchivedPageView::ArchivedPageView(WebProfile& profile, QWidget* parent)
    : QWebEngineView(parent), m_profile(profile)
{
    setPage(new ArchivedPage(profile, this));
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (ok && !m_pendingHighlight.isEmpty())
            page()->runJavaScript(PageView::highlightScript(m_pendingHighlight),
                                  QWebEngineScript::ApplicationWorld);
        m_pendingHighlight.clear();
    });
}

QString ArchivedPageView::write(const QString& name, const QByteArray& data)
{
    const QString path = QDir(m_profile.snapshotFolder()).filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

void ArchivedPageView::showSnapshot(const Capture& capture, const QByteArray& data)
{
    m_pendingHighlight.clear();
    // Named by its content, hashed here (not by what the wiki says it is): the same snapshot
    // is written once however often it is opened, and no name can point elsewhere.
    Q_UNUSED(capture);
    const QString name = Sha256::hex(data) + QStringLiteral(".mhtml");
    QString path = QDir(m_profile.snapshotFolder()).filePath(name);
    if (!QFileInfo::exists(path))
        path = write(name, data);
    load(QUrl::fromLocalFile(path));
}

void ArchivedPageView::showReader(const Capture& capture, const QString& linkUrl,
                                  const QStringList& highlight)
{
    m_pendingHighlight = highlight;
    const QString path = write(QStringLiteral("reader-%1.html").arg(capture.id),
                               ReaderDocument::html(capture, linkUrl));
    const QUrl target = QUrl::fromLocalFile(path);
    if (target == url())
        page()->triggerAction(QWebEnginePage::Reload);
    else
        load(target);
}

} // namespace folio
