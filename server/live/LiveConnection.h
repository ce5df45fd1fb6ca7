#pragma once

#include "LiveHub.h"
#include "rating/TokenBucket.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace SafeScan {

class AccountAuthenticator;
class Clock;
class LiveServer;

// Limits of one /v1/live connection (SPEC §11).
struct LiveLimits
{
    qint64 maxMessageBytes = 16 * 1024;      // a larger client message closes with 1009
    TokenBucketConfig messages{20, 10.0};    // client messages: burst and per second
    int maxRefusedInARow = 10;               // rate-limited messages in a row before closing with 1008
    int maxSubscriptions = 64;               // channels per connection
    int authTimeoutMs = 5000;                // unauthenticated connections are closed after this
    qint64 maxQueuedBytes = 4 * 1024 * 1024; // unsent bytes of a client too slow to read: closed
    qint64 presenceTtlMs = 30000;            // a moderator's claim outlives its instance by this much
};

// One WebSocket client of /v1/live: authentication (Authorization header of the upgrade request,
// or a first {"type":"auth","token"} message), the client messages (subscribe, unsubscribe, ping,
// presence) and the limits. Frames from the hub go straight to the socket. Deletes itself (later)
// when the socket disconnects.
class LiveConnection final : public QObject, public LiveSubscriber
{
    Q_OBJECT

public:
    LiveConnection(std::unique_ptr<QWebSocket> socket, LiveServer& server, LiveHub& hub,
                   const AccountAuthenticator& authenticator, const Clock& clock, const LiveLimits& limits,
                   QObject* parent = nullptr);
    ~LiveConnection() override;

    void sendText(const QString& text) override;

    bool isModerator() const;
    qint64 accountId() const { return m_accountId; }

private:
    // Takes a token of the message bucket; refuses (error frame, or close 1008) when empty.
    bool admit();
    void onText(const QString& text);
    void onDisconnected();
    void handle(const QJsonObject& message);
    bool authenticate(const QString& token);
    void subscribe(const QJsonObject& message);
    void unsubscribe(const QJsonObject& message);
    void presence(const QJsonObject& message);
    void sendJson(const QJsonObject& object);
    void sendError(const QString& code, const QString& message);
    void close(int code, const QString& reason);

    std::unique_ptr<QWebSocket> m_socket;
    LiveServer& m_server;
    LiveHub& m_hub;
    const AccountAuthenticator& m_authenticator;
    const LiveLimits& m_limits;
    TokenBucket m_bucket;
    QTimer m_authTimer;
    bool m_authenticated = false;
    bool m_closing = false;
    QString m_role;
    qint64 m_accountId = 0;
    int m_refusedInARow = 0;
};

} // namespace SafeScan
