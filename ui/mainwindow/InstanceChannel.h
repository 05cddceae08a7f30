#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace folio {

// One Folio window per user and wiki, as KeePassXC and qBittorrent keep one: a second start
// on a wiki already open (a copied page link clicked in a chat, the menu entry used twice)
// hands its page to the window open on it and ends, instead of opening the wiki twice.
// They meet on a local socket only the same user can reach, named after the wiki's path.
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    explicit InstanceChannel(const QString& wikiPath, QObject* parent = nullptr);

    // True when a Folio open on this wiki took `pageTitle` (empty: only to come forward).
    // Waits at most `timeoutMs` for it.
    bool handOver(const QString& pageTitle, int timeoutMs = 3000) const;
    // Takes later starts' requests (pageRequested). A socket left by a Folio that was killed
    // is replaced. False when it cannot listen: this window then works alone.
    bool listen();
    QString serverName() const { return m_name; }

    // The most a request may hold: a title, not a flood.
    static constexpr qint64 kMaxRequestBytes = 64 * 1024;

Q_SIGNALS:
    // A later start asked for this page (empty: for the window).
    void pageRequested(const QString& pageTitle);

private:
    void serve(QLocalSocket* socket);

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace folio
