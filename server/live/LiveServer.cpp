#include "LiveServer.h"

#include "LiveHub.h"
#include "LiveLog.h"
#include "abuse/AbuseGuard.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

const QString ModerationChannel = u"moderation"_s;

} // namespace

LiveServer::LiveServer(LiveHub& hub, const AccountAuthenticator& authenticator, AbuseGuard& abuse,
                       const Clock& clock, LiveLimits limits, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_authenticator(authenticator)
    , m_abuse(abuse)
    , m_clock(clock)
    , m_limits(limits)
{}

LiveServer::~LiveServer()
{
    // The connections (and refused sockets still closing) are children; the connections are
    // deleted first as they unregister themselves from the hub and from m_connections.
    const QList<LiveConnection*> connections = m_connections;
    for (LiveConnection* connection : connections)
        delete connection;
}

void LiveServer::install(QHttpServer& server)
{
    connect(&server, &QAbstractHttpServer::newWebSocketConnection, this,
            [this, &server] { acceptPending(&server); });
    server.route(QString::fromLatin1(Path), QHttpServerRequest::Method::Get,
                 [](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                     if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
                         return; // QtHttpServer hands the socket to its WebSocket server next
                     const QJsonObject error{{u"error"_s, u"upgrade_required"_s},
                                             {u"message"_s, u"/v1/live is a WebSocket endpoint."_s}};
                     responder.write(QJsonDocument(error), {{"Upgrade", "websocket"}},
                                     QHttpServerResponder::StatusCode::UpgradeRequired);
                 });
}

void LiveServer::acceptPending(QAbstractHttpServer* server)
{
    while (server->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = server->nextPendingWebSocketConnection();
        if (!socket)
            return;
        const bool knownPath = socket->requestUrl().path() == QLatin1StringView(Path);
        const bool admitted = knownPath && m_abuse.admitRequest(socket->peerAddress()).allowed;
        if (!admitted) {
            qCDebug(lcServerLive) << "WebSocket connection refused:" << (knownPath ? "rate" : "path");
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          knownPath ? u"too many requests"_s : u"unknown path"_s);
            // Owned by this server until the peer answers the close (or a client that never does is
            // aborted): whatever is left at shutdown goes with the server, before main() returns.
            QWebSocket* closing = socket.release();
            closing->setParent(this);
            connect(closing, &QWebSocket::disconnected, closing, &QObject::deleteLater);
            QTimer::singleShot(m_limits.authTimeoutMs, closing, &QWebSocket::abort);
            continue;
        }
        auto* connection =
            new LiveConnection(std::move(socket), *this, m_hub, m_authenticator, m_clock, m_limits, this);
        m_connections.append(connection);
    }
}

void LiveServer::connectionGone(LiveConnection* connection)
{
    clearPresence(connection);
    m_connections.removeOne(connection);
}

QString LiveServer::presenceFrame(qint64 moderator, const QJsonValue& item)
{
    const QJsonObject frame{{u"type"_s, u"presence"_s}, {u"moderator"_s, moderator}, {u"item"_s, item}};
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

void LiveServer::setPresence(LiveConnection* connection, const QJsonValue& item)
{
    if (item.isNull()) {
        clearPresence(connection);
        return;
    }
    m_presence.insert(connection, item);
    m_hub.sendToChannel(ModerationChannel, presenceFrame(connection->accountId(), item));
}

void LiveServer::clearPresence(LiveConnection* connection)
{
    if (m_presence.remove(connection) == 0)
        return;
    m_hub.sendToChannel(ModerationChannel, presenceFrame(connection->accountId(), QJsonValue::Null));
}

void LiveServer::sendPresenceTo(LiveConnection* connection) const
{
    for (auto it = m_presence.cbegin(); it != m_presence.cend(); ++it)
        connection->sendText(presenceFrame(it.key()->accountId(), it.value()));
}

} // namespace SafeScan
