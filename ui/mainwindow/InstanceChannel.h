#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

namespace folio {

class ChannelServer;

// One Folio window per user and wiki, as KeePassXC and qBittorrent keep one: a second start
// on a wiki already open (a copied page link clicked in a chat, the menu entry used twice)
// hands its page to the window open on it and ends, instead of opening the wiki twice.
// They meet on a local socket in the user's runtime folder (no other user can reach or
// squat it), named after the wiki's path. The socket is served on a thread of its own, so
// a window busy starting or in a dialog still answers at once; its requests wait in the
// channel until the window takes them (deliver()).
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    enum class Start {
        HandedOver, // a Folio open on the wiki took the page: this start ends
        Listening,  // this start holds the wiki: later starts are handed to it
        Alone,      // no socket could be made (no private runtime folder, say)
        Unanswered, // a Folio holds the wiki but does not answer: this start opens it too
    };

    explicit InstanceChannel(QObject* parent = nullptr);
    ~InstanceChannel() override;

    // For a start on `wikiPath`: hands `pageTitle` (empty: only to come forward) to a Folio
    // open on it, else listens for the wiki. One start at a time decides (a lock file), so
    // two starts at once never both listen.
    Start start(const QString& wikiPath, const QString& pageTitle, int timeoutMs = 5000);
    // The window now shows another wiki: later starts on it come here, on the old one not.
    // False when another Folio already holds the new wiki (this window then works alone).
    bool moveTo(const QString& wikiPath);
    // From now on requests are signalled; those that came before are, at once, in order.
    void deliver();
    // Stops listening (Folio is quitting): later starts open their own window, rather than
    // be answered by a window that will not show their page.
    void close();
    // Where the socket for `wikiPath` lives; empty when the user has no private runtime
    // folder, as a socket anywhere else could be reached, or taken first, by other users.
    static QString socketPath(const QString& wikiPath);

    // The most a request may hold: a title, not a flood.
    static constexpr qint64 kMaxRequestBytes = 64 * 1024;

Q_SIGNALS:
    // A later start asked for this page (empty: for the window).
    void pageRequested(const QString& pageTitle);

private:
    friend class ChannelServer; // hands requests over through received()
    enum class Probe { Taken, NobodyThere, NoAnswer };
    Probe handOver(const QString& socket, const QString& pageTitle, int timeoutMs) const;
    // `mayReplace`: under the lock, a socket file nobody answered on is a killed Folio's.
    bool listen(const QString& socket, bool mayReplace);
    void received(const QString& pageTitle);

    QThread m_thread;
    QString m_held; // the socket listened on
    ChannelServer* m_server = nullptr;
    QStringList m_pending;
    bool m_delivering = false;
};

} // namespace folio
