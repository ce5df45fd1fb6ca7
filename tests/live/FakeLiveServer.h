#pragma once

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>

namespace SafeScan::Test {

// A /v1/live stand-in the test controls, for the fault cases the real server does not produce
// on demand: it can refuse to authenticate, close every connection at once, ignore pings, send
// any frame (duplicates, gaps, resync) and records every message the client sent.
class FakeLiveServer final : public QObject
{
public:
    bool authenticate = true;    // answer a new connection with "authenticated"
    bool closeOnConnect = false; // close each connection right after the handshake
    bool answerPings = true;
    QString epoch = QStringLiteral("epoch-1");
    QStringList resyncChannels; // answer "resync" instead of "subscribed" for these
    qint64 subscribedOffset = 0;

    QList<QJsonObject> received; // every message from any client, in order
    QList<QByteArray> authorizations;
    int connections = 0;

    FakeLiveServer()
        : m_server(QStringLiteral("fake-live"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] { accept(); });
    }
    ~FakeLiveServer() override { closeAll(); }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void stopListening() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port ? m_port : port())); }
    void rememberPort() { m_port = port(); }

    void sendToAll(const QJsonObject& message)
    {
        const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
        for (const QPointer<QWebSocket>& socket : std::as_const(m_sockets))
            if (socket)
                socket->sendTextMessage(text);
    }
    void sendMessage(const QString& channel, qint64 offset, const QJsonObject& data,
                     const QString& epochName = {})
    {
        sendToAll({{QStringLiteral("type"), QStringLiteral("message")},
                   {QStringLiteral("channel"), channel},
                   {QStringLiteral("epoch"), epochName.isEmpty() ? epoch : epochName},
                   {QStringLiteral("offset"), offset},
                   {QStringLiteral("data"), data}});
    }
    void closeAll()
    {
        for (const QPointer<QWebSocket>& socket : std::as_const(m_sockets))
            if (socket)
                socket->close();
    }
    int openConnections() const
    {
        int open = 0;
        for (const QPointer<QWebSocket>& socket : m_sockets)
            open += socket && socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        return open;
    }
    QList<QJsonObject> receivedOfType(const QString& type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject& m : received)
            if (m.value(QStringLiteral("type")).toString() == type)
                out.append(m);
        return out;
    }

private:
    void accept()
    {
        while (QWebSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            ++connections;
            m_sockets.append(socket);
            authorizations.append(socket->request().rawHeader("Authorization"));
            connect(socket, &QWebSocket::textMessageReceived, this,
                    [this, socket](const QString& text) { onText(socket, text); });
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            if (closeOnConnect) {
                socket->close();
                continue;
            }
            if (authenticate)
                reply(socket, {{QStringLiteral("type"), QStringLiteral("authenticated")},
                               {QStringLiteral("role"), QStringLiteral("device")},
                               {QStringLiteral("epoch"), epoch}});
        }
    }
    void onText(QWebSocket* socket, const QString& text)
    {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        received.append(message);
        const QString type = message.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("ping") && answerPings)
            reply(socket, {{QStringLiteral("type"), QStringLiteral("pong")},
                           {QStringLiteral("id"), message.value(QStringLiteral("id"))}});
        if (type == QStringLiteral("subscribe")) {
            for (const QJsonValue& channel : message.value(QStringLiteral("channels")).toArray()) {
                const bool resync = resyncChannels.contains(channel.toString());
                reply(socket, {{QStringLiteral("type"),
                                resync ? QStringLiteral("resync") : QStringLiteral("subscribed")},
                               {QStringLiteral("channel"), channel},
                               {QStringLiteral("epoch"), epoch},
                               {QStringLiteral("offset"), subscribedOffset}});
            }
        }
    }
    static void reply(QWebSocket* socket, const QJsonObject& message)
    {
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }

    QWebSocketServer m_server;
    QList<QPointer<QWebSocket>> m_sockets;
    quint16 m_port = 0;
};

} // namespace SafeScan::Test
