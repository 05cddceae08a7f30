#include "mainwindow/InstanceChannel.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace folio {
namespace {

// A request is the page title in UTF-8 and a newline; the answer, one newline once taken.
constexpr char kEnd = '\n';

QString channelName(const QString& wikiPath)
{
    const QFileInfo file(wikiPath);
    const QString canonical = file.canonicalFilePath();
    const QString path = canonical.isEmpty() ? file.absoluteFilePath() : canonical;
    const QByteArray hash =
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("folio-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
}

} // namespace

InstanceChannel::InstanceChannel(const QString& wikiPath, QObject* parent)
    : QObject(parent), m_name(channelName(wikiPath))
{
}

bool InstanceChannel::handOver(const QString& pageTitle, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody listens: this start opens the window
    QByteArray request = pageTitle.toUtf8();
    request.replace(kEnd, ' ');
    socket.write(request.left(kMaxRequestBytes - 1) + kEnd);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false; // the other window hung or went: this start opens its own
    }
    return true;
}

bool InstanceChannel::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // handOver() found nobody there: the socket is a killed Folio's, and goes.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection())
            serve(socket);
    });
    return true;
}

void InstanceChannel::serve(QLocalSocket* socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() >= kMaxRequestBytes)
                socket->abort(); // no title is that long
            return;
        }
        const QString title = QString::fromUtf8(socket->readLine(kMaxRequestBytes)).trimmed();
        socket->write(QByteArray(1, kEnd));
        socket->flush();
        socket->disconnectFromServer();
        Q_EMIT pageRequested(title);
    });
}

} // namespace folio
