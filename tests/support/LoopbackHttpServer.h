#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace folio::test {

// A small HTTP/1.1 server on a loopback address, for tests that fetch pages: each path
// answers as routed (status, type, body, headers, or never), every request is counted, and
// each connection is closed after its answer. A "remote" host is another loopback address.
class LoopbackHttpServer : public QObject
{
public:
    struct Response
    {
        int status = 200;
        QByteArray contentType = "text/html; charset=utf-8";
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool never = false; // accepts the request and never answers
    };

    explicit LoopbackHttpServer(QObject* parent = nullptr) : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    bool listen(const QHostAddress& address = QHostAddress(QStringLiteral("127.0.0.1")))
    {
        return m_server.listen(address);
    }
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://%1:%2%3")
                        .arg(m_server.serverAddress().toString())
                        .arg(m_server.serverPort())
                        .arg(path));
    }
    void route(const QString& path, const Response& response) { m_routes.insert(path, response); }
    void route(const QString& path, const QByteArray& html)
    {
        Response response;
        response.body = html;
        m_routes.insert(path, response);
    }
    int requests(const QString& path) const { return m_counts.value(path); }
    int totalRequests() const
    {
        int total = 0;
        for (const int count : m_counts)
            total += count;
        return total;
    }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_buffers.remove(socket);
        const QString path = QString::fromLatin1(requestLine.value(1)).section(u'?', 0, 0);
        ++m_counts[path];
        const auto found = m_routes.constFind(path);
        Response response;
        if (found == m_routes.constEnd()) {
            response.status = 404;
            response.body = "<title>Not found</title><p>Nothing here.";
        } else {
            response = *found;
        }
        if (response.never)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " " +
                          reason(response.status) + "\r\n";
        head += "Content-Type: " + response.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        for (const auto& [name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head + response.body);
        socket->disconnectFromHost();
    }
    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 404:
            return "Not Found";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }

    QTcpServer m_server;
    QHash<QString, Response> m_routes;
    QHash<QString, int> m_counts;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace folio::test
