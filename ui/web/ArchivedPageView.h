#pragma once

#include <QWebEngineView>

namespace folio {

struct Capture;
class WebProfile;

// Shows an archived link inside Folio, with the reading profile: JavaScript off and every
// request outside Folio blocked, so reading the archive leaks nothing and works with the
// network off. The snapshot is the page as it was kept (MHTML, opened from a private
// folder); the Reader view is its readable text in Folio's style. A click on a link in
// either asks for the system browser, and never loads it here.
class ArchivedPageView : public QWebEngineView
{
    Q_OBJECT

public:
    ArchivedPageView(WebProfile& profile, QWidget* parent = nullptr);

    void showSnapshot(const Capture& capture, const QByteArray& data);
    // `highlight` words (from a search) are marked once it has loaded.
    void showReader(const Capture& capture, const QString& linkUrl,
                    const QStringList& highlight = {});

Q_SIGNALS:
    void linkClicked(const QUrl& url);

private:
    QString write(const QString& name, const QByteArray& data);

    WebProfile& m_profile;
    QStringList m_pendingHighlight;
};

} // namespace folio
