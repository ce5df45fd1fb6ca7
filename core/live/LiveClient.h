#pragma once

#include "LiveChannels.h"
#include "OutgoingQueue.h"
#include "api/ApiContext.h"
#include "api/CircuitBreaker.h"
#include "api/RatingInfo.h"
#include "api/RetryPolicy.h"
#include "api/ServiceHealth.h"
#include "base/Scheduler.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QWebSocket;

namespace SafeScan {

class Clock;
class RatingThrottle;

// The client of the server's WebSocket /v1/live (SPEC §9, docs/api.md "Live updates"). Time and
// timers come from the injected Clock and Scheduler; nothing is global.
// - Connects to BASE/v1/live with the token as a bearer header and waits for "authenticated";
//   a connection that is not authenticated within `connectTimeoutMs` is given up.
// - Reconnects after any loss with RetryPolicy's full-jitter backoff (1, 2, 4, 8, 16 s, cap 30 s),
//   forever; the count restarts once a connection is authenticated.
// - Sends {"type":"ping"} every 25 s; a pong missing 8 s later means the connection is dead (it
//   is dropped and reconnected). The last round-trip time is roundTripMs().
// - Keeps the wanted channels and the last (epoch, offset) of each (LiveChannels): after a
//   reconnect it subscribes again with `resume`; a "resync" answer (or a gap in the offsets)
//   emits refetchNeeded() so the owner refetches by REST. Duplicates are dropped by offset.
// - send() queues while not connected (OutgoingQueue: bounded, the oldest dropped and counted).
// - Rating messages are delivered through ratingUpdated() at most once per second per item, the
//   latest winning (RatingThrottle). Moderation messages and presence come as signals.
// - Feeds a ServiceHealth for Service::Live (online once authenticated; offline on a lost or
//   refused connection, a timeout or a dead connection) and the live service's CircuitBreaker:
//   5 failed attempts in a row open it, and the next attempt waits until it lets a probe through
//   (60 s), whatever the backoff says.
class LiveClient final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,            // not started, or stopped
        Connecting,         // opening the WebSocket and authenticating
        Connected,          // authenticated: subscriptions are live
        WaitingToReconnect, // lost; the next attempt is scheduled
    };
    Q_ENUM(State)

    struct Options
    {
        RetryPolicy::Options retry;       // delays only: reconnecting never gives up
        CircuitBreaker::Options breaker;  // of the live service
        qint64 pingIntervalMs = 25'000;   // between pings
        qint64 pongTimeoutMs = 8'000;     // a ping's pong must arrive within this
        qint64 connectTimeoutMs = 10'000; // from opening to "authenticated"
        qint64 throttleMs = 1'000;        // per item, for ratingUpdated()
        int maxQueued = 64;               // outgoing messages held while disconnected
        int maxChannels = 64;             // the server's limit per connection
    };

    LiveClient(const QUrl& baseUrl, TokenProvider token, const Clock& clock, Scheduler& scheduler,
               QObject* parent = nullptr);
    LiveClient(const QUrl& baseUrl, TokenProvider token, const Clock& clock, Scheduler& scheduler,
               Options options, RetryPolicy::RandomSource random = {}, QObject* parent = nullptr);
    ~LiveClient() override;

    // Connects (and keeps reconnecting) until stop().
    void start();
    void stop();
    // Drops the current connection as a network failure would (then reconnects with the
    // backoff). For a network change, and for tests.
    void dropConnection();

    // Adds channels ("ratings:HEX8", "moderation"); subscribed at once when connected, else on
    // connecting. False (nothing added) when a name is invalid or the limit would be passed.
    bool subscribe(const QStringList& channels);
    void unsubscribe(const QStringList& channels);
    // Sends a message now, or queues it until connected.
    void send(const QJsonObject& message);
    // Moderators: the queue item they have open (null: none); sent again after a reconnect.
    void setPresence(const QJsonValue& item);

    State state() const { return m_state; }
    QString role() const { return m_role; }            // from "authenticated"; empty before
    qint64 roundTripMs() const { return m_rttMs; }     // of the last pong; -1 before the first
    int queuedCount() const { return m_queue.size(); } // outgoing messages waiting
    qint64 droppedCount() const { return m_queue.dropped(); }
    qint64 duplicatesDropped() const { return m_duplicates; }
    int reconnectAttempt() const { return m_attempt; } // failed attempts since the last success
    const LiveChannels& channels() const { return m_channels; }
    ServiceHealth& health() { return m_health; }
    const CircuitBreaker& breaker() const { return m_breaker; }
    QUrl liveUrl() const;

signals:
    void stateChanged(SafeScan::LiveClient::State state);
    void roundTripChanged(qint64 ms);
    // The connection was lost; attempt number `attempt` follows in `delayMs`.
    void reconnectScheduled(int attempt, qint64 delayMs);
    // A new rating of an item (throttled: at most once per second per item, the latest value).
    void ratingUpdated(const SafeScan::RatingInfo& rating);
    // Every new (not duplicate) channel message, unthrottled.
    void channelMessage(const QString& channel, const QJsonObject& data, qint64 offset);
    void moderationMessage(const QJsonObject& data);
    // A moderator opened (or closed: null item) a queue item.
    void presenceChanged(const QJsonValue& moderator, const QJsonValue& item);
    // The server confirmed the subscription of `channel` ("subscribed" or "resync").
    void channelReady(const QString& channel);
    // Messages of `channel` were missed and cannot be replayed: refetch its state by REST.
    void refetchNeeded(const QString& channel);
    // The server refused a message of ours (the connection stays).
    void serverError(const QString& code, const QString& message);
    // An outgoing message was dropped because the queue was full; `total` since construction.
    void outgoingDropped(qint64 total);

private:
    void connectNow();
    void onText(const QString& text);
    void onAuthenticated(const QJsonObject& message);
    void onChannelMessage(const QJsonObject& message);
    void onPong(const QJsonObject& message);
    void onSocketClosed();
    void onSocketError();
    void sendPing();
    void sendNow(const QJsonObject& message);
    // Ends the current connection (if any) and, unless stopped, schedules the next attempt.
    void lose(const ApiError& reason);
    void setState(State state);
    void cancelTimers();

    const QUrl m_baseUrl;
    const TokenProvider m_token;
    const Clock& m_clock;
    Scheduler& m_scheduler;
    const Options m_options;
    RetryPolicy m_policy;
    ServiceHealth m_health;
    CircuitBreaker m_breaker;
    LiveChannels m_channels;
    OutgoingQueue m_queue;
    RatingThrottle* m_throttle;
    QPointer<QWebSocket> m_socket;

    State m_state = State::Stopped;
    QString m_role;
    int m_attempt = 0;
    qint64 m_duplicates = 0;
    qint64 m_rttMs = -1;
    QJsonValue m_presence = QJsonValue::Null;
    bool m_presenceSet = false;

    Scheduler::TimerId m_connectTimer = 0;
    Scheduler::TimerId m_reconnectTimer = 0;
    Scheduler::TimerId m_pingTimer = 0;
    Scheduler::TimerId m_pongTimer = 0;
    quint64 m_pingId = 0;
    qint64 m_pingSentMs = 0;
    bool m_awaitingPong = false;
};

QString liveStateName(LiveClient::State state); // "stopped", "connecting", "connected", "waiting"

} // namespace SafeScan
