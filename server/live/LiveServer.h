#pragma once

#include "LiveConnection.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QTimer>

class QAbstractHttpServer;
class QHttpServer;

namespace SafeScan {

class AbuseGuard;
class AccountAuthenticator;
class Clock;
class LiveHub;
class PresenceStore;

// WebSocket /v1/live on a QHttpServer: takes the upgraded connections and keeps the moderators'
// presence: which queue item each moderator's connection has open, sent as ephemeral "presence"
// frames to the subscribers of the "moderation" channel on EVERY instance of the database. A claim
// is a row of PresenceStore that this instance refreshes while the connection lasts; it is removed
// when the moderator clears it or disconnects, at this instance's shutdown, or, when the instance
// died, once it expired (LiveLimits::presenceTtlMs; any instance sweeps). Each change is announced
// through the hub ("presence"), and every instance compares the table with what its moderators were
// last told and sends them the difference; a periodic sweep catches a lost announcement.
class LiveServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr auto Path = "/v1/live";

    // Each new connection takes a token of its address's bucket in `abuse`, like a REST request;
    // refused, it is closed at once with 1008.
    LiveServer(LiveHub& hub, PresenceStore& presence, const AccountAuthenticator& authenticator,
               AbuseGuard& abuse, const Clock& clock, LiveLimits limits, QObject* parent = nullptr);
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
    // Every current claim (of every instance), to a moderator who just subscribed to "moderation".
    void sendPresenceTo(LiveConnection* connection) const;
    void connectionGone(LiveConnection* connection);

    // Reads the shared claims and sends this instance's moderation subscribers what changed since
    // they were last told (a claim set, changed or gone).
    void syncPresence();
    // Refreshes this instance's claims, removes expired ones (of dead instances) and syncs.
    void sweepPresence();

private:
    struct Claim
    {
        qint64 moderator = 0;
        QJsonValue item;
    };

    void acceptPending(QAbstractHttpServer* server);
    static QString presenceFrame(qint64 moderator, const QJsonValue& item);
    void presenceChanged();

    LiveHub& m_hub;
    PresenceStore& m_presenceStore;
    const AccountAuthenticator& m_authenticator;
    AbuseGuard& m_abuse;
    const Clock& m_clock;
    const LiveLimits m_limits;
    QList<LiveConnection*> m_connections;
    const QString m_instance; // random: names this instance's presence sessions
    qint64 m_nextSession = 0;
    QHash<LiveConnection*, QString> m_sessions; // connections with a claim -> their session
    QHash<QString, Claim> m_claims;             // every instance's claims, as last told, by session
    QTimer m_sweep;
};

} // namespace SafeScan
