#pragma once

#include "LiveConnection.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>

class QAbstractHttpServer;
class QHttpServer;

namespace SafeScan {

class AbuseGuard;
class AccountAuthenticator;
class Clock;
class LiveHub;

// WebSocket /v1/live on a QHttpServer: takes the upgraded connections and keeps
// the moderators' presence: which queue item each one has open, ephemeral, per instance, broadcast
// on the "moderation" channel and cleared when the moderator disconnects.
class LiveServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr auto Path = "/v1/live";

    // Each new connection takes a token of its address's bucket in `abuse`, like a REST request;
    // refused, it is closed at once with 1008.
    LiveServer(LiveHub& hub, const AccountAuthenticator& authenticator, AbuseGuard& abuse, const Clock& clock,
               LiveLimits limits, QObject* parent = nullptr);
    ~LiveServer() override;

    // QtHttpServer 6.4 upgrades a WebSocket request only when a route handles it (any other path
    // gets the missing handler's 404), so this adds GET /v1/live: it leaves upgrade requests to
    // the WebSocket server and answers plain GETs with 426. Any other path that still arrives as
    // a WebSocket is closed with 1008.
    void install(QHttpServer& server);
    int connectionCount() const { return int(m_connections.size()); }

    // Presence (moderators only; the connection checks the role).
    void setPresence(LiveConnection* connection, const QJsonValue& item);
    void clearPresence(LiveConnection* connection);
    // Every current claim, to a moderator who just subscribed to "moderation".
    void sendPresenceTo(LiveConnection* connection) const;
    void connectionGone(LiveConnection* connection);

private:
    void acceptPending(QAbstractHttpServer* server);
    static QString presenceFrame(qint64 moderator, const QJsonValue& item);

    LiveHub& m_hub;
    const AccountAuthenticator& m_authenticator;
    AbuseGuard& m_abuse;
    const Clock& m_clock;
    const LiveLimits m_limits;
    QList<LiveConnection*> m_connections;
    QHash<LiveConnection*, QJsonValue> m_presence;
};

} // namespace SafeScan
