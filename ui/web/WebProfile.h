#pragma once

#include <QObject>
#include <QTemporaryDir>

class QWebEngineProfile;

namespace folio {

class RequestBlocker;
class SchemeHandler;

// The one WebEngine profile every Folio view uses, configured in one place: off the record
// (no cookies or cache on disk), Folio's scheme handler, the request blocker, and
// JavaScript off, since page content is untrusted.
class WebProfile : public QObject
{
    Q_OBJECT

public:
    explicit WebProfile(QObject* parent = nullptr);
    ~WebProfile() override;

    QWebEngineProfile* profile() const { return m_profile; }
    SchemeHandler* schemeHandler() const { return m_handler; }
    RequestBlocker* requestBlocker() const { return m_blocker; }
    // A private folder, gone when Folio quits, that archived snapshots are opened from: the
    // engine opens MHTML only from files. The request blocker lets its files through.
    QString snapshotFolder() const { return m_snapshots.path(); }

private:
    QWebEngineProfile* m_profile = nullptr;
    SchemeHandler* m_handler = nullptr;
    RequestBlocker* m_blocker = nullptr;
    QTemporaryDir m_snapshots;
};

} // namespace folio
