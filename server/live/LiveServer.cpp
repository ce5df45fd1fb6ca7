#include "LiveServer.h"

#include "LiveHub.h"
#include "LiveLog.h"
#include "PresenceStore.h"
#include "abuse/AbuseGuard.h"
#include "base/Clock.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

const QString ModerationChannel = u"moderation"_s;
// What LiveHub::announce() calls a change of the presence table.
const QString PresenceTopic = u"presence"_s;

QString randomInstance()
{
    quint32 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
}

// The item is kept as a one-element JSON array (a string or an integer keeps its type).
QString itemText(const QJsonValue& item)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact));
}

QJsonValue itemValue(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

} // namespace

LiveServer::LiveServer(LiveHub& hub, PresenceStore& presence, const AccountAuthenticator& authenticator,
                       AbuseGuard& abuse, const Clock& clock, LiveLimits limits, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_presenceStore(presence)
    , m_authenticator(authenticator)
    , m_abuse(abuse)
    , m_clock(clock)
    , m_limits(limits)
    , m_instance(randomInstance())
{
    connect(&m_hub, &LiveHub::channelChanged, this, [this](const QString& channel) {
        if (channel == PresenceTopic)
            syncPresence();
    });
    // Refreshed well before it expires, so a slow tick or two never drops a live claim.
    m_sweep.setInterval(int(std::clamp<qint64>(m_limits.presenceTtlMs / 4, 100, 60'000)));
    connect(&m_sweep, &QTimer::timeout, this, &LiveServer::sweepPresence);
    m_sweep.start();
    syncPresence();
}

LiveServer::~LiveServer()
{
    // The connections (and refused sockets still closing) are children; the connections are
    // deleted first as they unregister themselves from the hub and from m_connections.
    const QList<LiveConnection*> connections = m_connections;
    for (LiveConnection* connection : connections)
        delete connection;
    // Whatever claim is left (there should be none) goes with this instance.
    QString error;
    const std::optional<int> removed = m_presenceStore.clearInstance(m_instance, error);
    if (removed && *removed > 0)
        m_hub.announce(PresenceTopic);
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

void LiveServer::presenceChanged()
{
    syncPresence();                // this instance's moderators at once
    m_hub.announce(PresenceTopic); // the others' (and this one again, finding nothing new)
}

void LiveServer::syncPresence()
{
    QString error;
    const std::optional<QList<PresenceClaim>> rows = m_presenceStore.current(m_clock.epochMs(), error);
    if (!rows)
        return; // told on the next sweep
    QHash<QString, Claim> claims;
    for (const PresenceClaim& row : *rows)
        claims.insert(row.session, Claim{row.moderator, itemValue(row.item)});
    QStringList frames;
    for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it) {
        if (!claims.contains(it.key()))
            frames.append(presenceFrame(it->moderator, QJsonValue::Null));
    }
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        const auto known = m_claims.constFind(it.key());
        if (known == m_claims.cend() || known->item != it->item || known->moderator != it->moderator)
            frames.append(presenceFrame(it->moderator, it->item));
    }
    m_claims = std::move(claims);
    for (const QString& frame : std::as_const(frames))
        m_hub.sendToChannel(ModerationChannel, frame);
}

void LiveServer::sweepPresence()
{
    QString error;
    const qint64 now = m_clock.epochMs();
    if (!m_sessions.isEmpty())
        m_presenceStore.refresh(m_instance, now + m_limits.presenceTtlMs, error);
    const std::optional<int> expired = m_presenceStore.removeExpired(now, error);
    if (expired && *expired > 0) {
        qCInfo(lcServerLive) << *expired << "presence claim(s) of a stopped instance expired";
        presenceChanged();
        return;
    }
    syncPresence();
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
    auto session = m_sessions.find(connection);
    if (session == m_sessions.end())
        session = m_sessions.insert(connection, m_instance + u':' + QString::number(++m_nextSession));
    QString error;
    if (!m_presenceStore.set(
            {*session, connection->accountId(), itemText(item), m_clock.epochMs() + m_limits.presenceTtlMs},
            error)) {
        return; // the database failed: the claim is not shared (logged by the store)
    }
    presenceChanged();
}

void LiveServer::clearPresence(LiveConnection* connection)
{
    const QString session = m_sessions.take(connection);
    if (session.isEmpty())
        return;
    QString error;
    const std::optional<bool> removed = m_presenceStore.clear(session, error);
    if (removed && *removed)
        presenceChanged();
}

void LiveServer::sendPresenceTo(LiveConnection* connection) const
{
    for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it)
        connection->sendText(presenceFrame(it->moderator, it->item));
}

} // namespace SafeScan
