#include "mainwindow/InstanceChannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

namespace folio {
namespace {

// A request is the page title in UTF-8 and a newline; the answer, one newline once taken.
constexpr char kEnd = '\n';
// A client is let go this long after it connects, whether it said anything or not.
constexpr int kClientMs = 5000;

// The path as the file system knows it, also for a wiki not made yet: the deepest folder
// that exists is resolved (symbolic links and all), and the rest appended.
QString resolvedPath(const QString& path)
{
    QFileInfo at(QFileInfo(path).absoluteFilePath());
    QStringList rest;
    while (!at.exists() && !at.isRoot() && !at.fileName().isEmpty()) {
        rest.prepend(at.fileName());
        at = QFileInfo(at.absolutePath());
    }
    QString resolved = at.exists() ? at.canonicalFilePath() : at.absoluteFilePath();
    for (const QString& part : std::as_const(rest))
        resolved = QDir(resolved).filePath(part);
    return resolved;
}

} // namespace

// Serves the socket on the channel's thread: reads each request, answers, and hands the
// title to the channel's own thread.
class ChannelServer : public QObject
{
public:
    explicit ChannelServer(InstanceChannel* channel) : m_channel(channel) {}

    bool listen(const QString& socket)
    {
        close();
        m_server = new QLocalServer(this);
        if (!m_server->listen(socket)) {
            close();
            return false;
        }
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* client = m_server->nextPendingConnection())
                serve(client);
        });
        return true;
    }

    void close()
    {
        delete m_server; // its clients too, and the socket file
        m_server = nullptr;
    }

private:
    void serve(QLocalSocket* client)
    {
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        QTimer::singleShot(kClientMs, client, [client] { client->abort(); });
        connect(client, &QLocalSocket::readyRead, this, [this, client] {
            if (!client->canReadLine()) {
                if (client->bytesAvailable() >= InstanceChannel::kMaxRequestBytes)
                    client->abort(); // no title is that long
                return;
            }
            const QString title =
                QString::fromUtf8(client->readLine(InstanceChannel::kMaxRequestBytes)).trimmed();
            // Queued for the channel before the answer: once a start is answered, its
            // request is on its way.
            InstanceChannel* channel = m_channel;
            QMetaObject::invokeMethod(
                channel, [channel, title] { channel->received(title); }, Qt::QueuedConnection);
            client->write(QByteArray(1, kEnd));
            client->flush();
            client->disconnectFromServer();
        });
    }

    InstanceChannel* m_channel;
    QLocalServer* m_server = nullptr;
};

InstanceChannel::InstanceChannel(QObject* parent) : QObject(parent)
{
    m_server = new ChannelServer(this);
    m_server->moveToThread(&m_thread);
    m_thread.start();
}

InstanceChannel::~InstanceChannel()
{
    // First: once it returns, the server thread posts nothing more to this object.
    close();
    m_thread.quit();
    m_thread.wait();
    delete m_server;
}

QString InstanceChannel::socketPath(const QString& wikiPath)
{
    // The runtime folder is the user's alone (Qt checks it is 0700 and theirs): nobody else
    // can reach the socket, or put one in its place first.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty() || QDir::isRelativePath(folder))
        return {};
    // Short: a socket's whole path must fit in 107 bytes.
    const QByteArray hash =
        QCryptographicHash::hash(resolvedPath(wikiPath).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QDir(folder).filePath(QStringLiteral("folio-%1.socket").arg(QString::fromLatin1(hash)));
}

InstanceChannel::Start InstanceChannel::start(const QString& wikiPath, const QString& pageTitle,
                                              int timeoutMs)
{
    const QString socket = socketPath(wikiPath);
    if (socket.isEmpty())
        return Start::Alone;
    QLockFile lock(socket + QLatin1String(".lock"));
    const bool locked = lock.tryLock(timeoutMs); // not (a start stuck deciding): decide anyway
    switch (handOver(socket, pageTitle, timeoutMs)) {
    case Probe::Taken:
        return Start::HandedOver;
    case Probe::NoAnswer:
        return Start::Unanswered;
    case Probe::NobodyThere:
        break;
    }
    return listen(socket, locked) ? Start::Listening : Start::Alone;
}

bool InstanceChannel::moveTo(const QString& wikiPath)
{
    const QString socket = socketPath(wikiPath);
    if (!socket.isEmpty() && socket == m_held)
        return true; // the same wiki opened again
    close();
    if (socket.isEmpty())
        return false;
    QLockFile lock(socket + QLatin1String(".lock"));
    const bool locked = lock.tryLock(1000);
    QLocalSocket probe;
    probe.connectToServer(socket);
    if (probe.waitForConnected(1000))
        return false; // another window has it
    return listen(socket, locked);
}

InstanceChannel::Probe InstanceChannel::handOver(const QString& socket, const QString& pageTitle,
                                                 int timeoutMs) const
{
    QLocalSocket client;
    client.connectToServer(socket);
    if (!client.waitForConnected(timeoutMs))
        return Probe::NobodyThere;
    QByteArray request = pageTitle.toUtf8();
    request.replace(kEnd, ' ');
    if (request.size() >= kMaxRequestBytes)
        request.clear(); // no page has such a title: the window only comes forward
    client.write(request + kEnd);
    if (!client.waitForBytesWritten(timeoutMs))
        return Probe::NoAnswer;
    while (!client.canReadLine()) {
        if (!client.waitForReadyRead(timeoutMs))
            return Probe::NoAnswer;
    }
    return Probe::Taken;
}

bool InstanceChannel::listen(const QString& socket, bool mayReplace)
{
    if (mayReplace)
        QLocalServer::removeServer(socket);
    bool listening = false;
    ChannelServer* server = m_server;
    QMetaObject::invokeMethod(
        server, [&listening, server, socket] { listening = server->listen(socket); },
        Qt::BlockingQueuedConnection);
    if (listening)
        m_held = socket;
    return listening;
}

void InstanceChannel::close()
{
    ChannelServer* server = m_server;
    QMetaObject::invokeMethod(
        server, [server] { server->close(); }, Qt::BlockingQueuedConnection);
    m_held.clear();
}

void InstanceChannel::deliver()
{
    // From the event loop, not from inside the caller (the window still starting).
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_delivering = true;
            for (const QString& title : std::exchange(m_pending, {}))
                Q_EMIT pageRequested(title);
        },
        Qt::QueuedConnection);
}

void InstanceChannel::received(const QString& pageTitle)
{
    if (m_delivering)
        Q_EMIT pageRequested(pageTitle);
    else
        m_pending << pageTitle;
}

} // namespace folio
