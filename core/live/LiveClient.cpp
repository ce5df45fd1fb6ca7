#include "LiveClient.h"

#include "LiveLog.h"
#include "RatingThrottle.h"
#include "base/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace SafeScan {

QString liveStateName(LiveClient::State state)
{
    switch (state) {
    case LiveClient::State::Stopped:
        return u"stopped"_s;
    case LiveClient::State::Connecting:
        return u"connecting"_s;
    case LiveClient::State::Connected:
        return u"connected"_s;
    case LiveClient::State::WaitingToReconnect:
        return u"waiting"_s;
    }
    return {};
}

LiveClient::LiveClient(const QUrl& baseUrl, TokenProvider token, const Clock& clock, Scheduler& scheduler,
                       QObject* parent)
    : LiveClient(baseUrl, std::move(token), clock, scheduler, Options{}, {}, parent)
{}

LiveClient::LiveClient(const QUrl& baseUrl, TokenProvider token, const Clock& clock, Scheduler& scheduler,
                       Options options, RetryPolicy::RandomSource random, QObject* parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_token(std::move(token))
    , m_clock(clock)
    , m_scheduler(scheduler)
    , m_options(options)
    , m_policy(options.retry, std::move(random))
    , m_health(Service::Live, clock)
    , m_breaker(clock, options.breaker)
    , m_queue(options.maxQueued)
    , m_throttle(new RatingThrottle(clock, scheduler, options.throttleMs, this))
{
    connect(m_throttle, &RatingThrottle::delivered, this, &LiveClient::ratingUpdated);
}

LiveClient::~LiveClient()
{
    cancelTimers();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QUrl LiveClient::liveUrl() const
{
    QUrl url = m_baseUrl;
    url.setScheme(url.scheme() == u"https"_s || url.scheme() == u"wss"_s ? u"wss"_s : u"ws"_s);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/v1/live"_s);
    url.setQuery(QString());
    return url;
}

void LiveClient::start()
{
    if (m_state != State::Stopped)
        return;
    m_attempt = 0;
    setState(State::Connecting);
    connectNow();
}

void LiveClient::stop()
{
    if (m_state == State::Stopped)
        return;
    if (m_state == State::Connecting)
        m_breaker.recordAbandoned(); // a probe that will not report
    cancelTimers();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
    }
    m_role.clear();
    setState(State::Stopped);
}

void LiveClient::dropConnection()
{
    if (m_state == State::Connecting || m_state == State::Connected)
        lose(ApiError::network(QNetworkReply::RemoteHostClosedError, u"connection dropped"_s));
}

bool LiveClient::subscribe(const QStringList& channels)
{
    QStringList names;
    for (const QString& channel : channels) {
        const QString name = LiveChannels::normalized(channel);
        if (name.isEmpty()) {
            qCWarning(lcLive) << "Not a live channel:" << channel;
            return false;
        }
        if (!m_channels.wants(name) && !names.contains(name))
            names.append(name);
    }
    if (m_channels.count() + names.size() > m_options.maxChannels) {
        qCWarning(lcLive) << "Refusing to watch more than" << m_options.maxChannels << "channels";
        return false;
    }
    m_channels.add(names);
    if (m_state == State::Connected && !names.isEmpty())
        for (const QJsonObject& message : m_channels.subscribeMessages(names, m_options.maxChannels))
            sendNow(message);
    return true;
}

void LiveClient::unsubscribe(const QStringList& channels)
{
    QStringList names;
    for (const QString& channel : channels)
        names.append(LiveChannels::normalized(channel));
    const QStringList removed = m_channels.remove(names);
    if (m_state == State::Connected && !removed.isEmpty())
        sendNow({{u"type"_s, u"unsubscribe"_s}, {u"channels"_s, QJsonArray::fromStringList(removed)}});
}

void LiveClient::send(const QJsonObject& message)
{
    if (m_state == State::Connected) {
        sendNow(message);
        return;
    }
    if (!m_queue.push(message)) {
        qCInfo(lcLive) << "Outgoing queue full: dropped the oldest message;" << m_queue.dropped() << "so far";
        emit outgoingDropped(m_queue.dropped());
    }
}

void LiveClient::setPresence(const QJsonValue& item)
{
    m_presence = item;
    m_presenceSet = true;
    if (m_state == State::Connected)
        sendNow({{u"type"_s, u"presence"_s}, {u"item"_s, item}});
}

void LiveClient::connectNow()
{
    m_reconnectTimer = 0;
    const QString token = m_token ? m_token() : QString();
    if (token.isEmpty()) {
        lose(ApiError::invalid(u"not_signed_in"_s, u"Live updates need a device or session token."_s));
        return;
    }
    if (!m_breaker.allowRequest()) { // still open: wait for the probe
        m_health.setCircuitOpen(true);
        setState(State::WaitingToReconnect);
        m_reconnectTimer = m_scheduler.schedule(std::max<qint64>(m_breaker.remainingOpenMs(), 1), this,
                                                [this] { connectNow(); });
        return;
    }
    setState(State::Connecting);
    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::textMessageReceived, this, &LiveClient::onText);
    connect(socket, &QWebSocket::disconnected, this, &LiveClient::onSocketClosed);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &LiveClient::onSocketError);
    QNetworkRequest request(liveUrl());
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    m_connectTimer = m_scheduler.schedule(m_options.connectTimeoutMs, this, [this] {
        m_connectTimer = 0;
        qCInfo(lcLive) << "No authenticated connection within" << m_options.connectTimeoutMs << "ms";
        lose(ApiError::timeout(m_options.connectTimeoutMs));
    });
    qCDebug(lcLive) << "Connecting to" << request.url().toString();
    socket->open(request);
}

void LiveClient::onText(const QString& text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(u"type"_s).toString();
    if (type == u"message"_s)
        return onChannelMessage(message);
    if (type == u"pong"_s)
        return onPong(message);
    if (type == u"authenticated"_s)
        return onAuthenticated(message);
    const QString channel = LiveChannels::normalized(message.value(u"channel"_s).toString());
    if (type == u"subscribed"_s || type == u"resync"_s) {
        m_channels.setPosition(
            channel,
            ChannelPosition{message.value(u"epoch"_s).toString(), message.value(u"offset"_s).toInteger()},
            type == u"resync"_s);
        if (!m_channels.wants(channel))
            return;
        emit channelReady(channel);
        if (type == u"resync"_s) {
            qCInfo(lcLive) << channel << "cannot be replayed: refetch";
            emit refetchNeeded(channel);
        }
        return;
    }
    if (type == u"presence"_s)
        return emit presenceChanged(message.value(u"moderator"_s), message.value(u"item"_s));
    if (type == u"error"_s) {
        const QString code = message.value(u"error"_s).toString();
        qCInfo(lcLive) << "The server refused a message:" << code << message.value(u"message"_s).toString();
        if (code == u"unauthorized"_s)
            m_health.recordOutcome(ApiError::http(401, message, -1));
        return emit serverError(code, message.value(u"message"_s).toString());
    }
    if (type != u"unsubscribed"_s)
        qCDebug(lcLive) << "Ignoring a message of type" << type;
}

void LiveClient::onAuthenticated(const QJsonObject& message)
{
    if (m_state != State::Connecting)
        return;
    m_scheduler.cancel(m_connectTimer);
    m_connectTimer = 0;
    m_role = message.value(u"role"_s).toString();
    m_attempt = 0;
    m_awaitingPong = false;
    m_breaker.recordSuccess();
    m_health.setCircuitOpen(false);
    m_health.recordOutcome({});
    setState(State::Connected);
    qCInfo(lcLive) << "Connected as" << m_role << "epoch" << message.value(u"epoch"_s).toString();
    for (const QJsonObject& subscribe :
         m_channels.subscribeMessages(m_channels.wanted(), m_options.maxChannels))
        sendNow(subscribe);
    if (m_presenceSet)
        sendNow({{u"type"_s, u"presence"_s}, {u"item"_s, m_presence}});
    for (const QJsonObject& queued : m_queue.takeAll())
        sendNow(queued);
    m_pingTimer = m_scheduler.schedule(m_options.pingIntervalMs, this, [this] { sendPing(); });
}

void LiveClient::onChannelMessage(const QJsonObject& message)
{
    const QString channel = LiveChannels::normalized(message.value(u"channel"_s).toString());
    const qint64 offset = message.value(u"offset"_s).toInteger(-1);
    if (channel.isEmpty() || offset < 0)
        return;
    switch (m_channels.arrive(channel, message.value(u"epoch"_s).toString(), offset)) {
    case LiveChannels::Arrival::Duplicate:
        ++m_duplicates;
        qCDebug(lcLive) << "Dropped duplicate" << channel << offset;
        return;
    case LiveChannels::Arrival::Unwanted:
        return;
    case LiveChannels::Arrival::Gap:
        qCInfo(lcLive) << channel << "skipped to" << offset << ": refetch";
        emit refetchNeeded(channel);
        break;
    case LiveChannels::Arrival::New:
        break;
    }
    const QJsonObject data = message.value(u"data"_s).toObject();
    emit channelMessage(channel, data, offset);
    if (LiveChannels::isRatings(channel)) {
        QString error;
        if (const std::optional<RatingInfo> rating = RatingInfo::fromJson(data, &error))
            m_throttle->submit(*rating);
        else
            qCWarning(lcLive) << "Unreadable rating on" << channel << ":" << error;
    } else {
        emit moderationMessage(data);
    }
}

void LiveClient::sendPing()
{
    m_pingTimer = 0;
    if (m_state != State::Connected)
        return;
    m_pingSentMs = m_clock.nowMs();
    m_awaitingPong = true;
    sendNow({{u"type"_s, u"ping"_s}, {u"id"_s, qint64(++m_pingId)}});
    m_pongTimer = m_scheduler.schedule(m_options.pongTimeoutMs, this, [this] {
        m_pongTimer = 0;
        qCInfo(lcLive) << "No pong within" << m_options.pongTimeoutMs << "ms: the connection is dead";
        lose(ApiError::timeout(m_options.pongTimeoutMs));
    });
    m_pingTimer = m_scheduler.schedule(m_options.pingIntervalMs, this, [this] { sendPing(); });
}

void LiveClient::onPong(const QJsonObject& message)
{
    if (!m_awaitingPong || message.value(u"id"_s).toInteger(-1) != qint64(m_pingId))
        return;
    m_awaitingPong = false;
    m_scheduler.cancel(m_pongTimer);
    m_pongTimer = 0;
    m_rttMs = m_clock.nowMs() - m_pingSentMs;
    m_health.recordOutcome({});
    emit roundTripChanged(m_rttMs);
}

void LiveClient::onSocketClosed()
{
    const QString why = m_socket
                            ? u"closed (%1 %2)"_s.arg(int(m_socket->closeCode())).arg(m_socket->closeReason())
                            : u"closed"_s;
    const QString error = m_socket ? m_socket->errorString() : QString();
    qCInfo(lcLive) << "Connection" << why << error;
    lose(ApiError::network(QNetworkReply::RemoteHostClosedError, why + u": "_s + error));
}

void LiveClient::onSocketError()
{
    // A failed connect may end without disconnected(); a lost connection emits both (the first
    // one to arrive ends it: lose() disconnects the socket).
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        onSocketClosed();
}

void LiveClient::sendNow(const QJsonObject& message)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void LiveClient::lose(const ApiError& reason)
{
    cancelTimers();
    if (QWebSocket* socket = m_socket) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_role.clear();
    m_awaitingPong = false;
    if (m_state == State::Stopped)
        return;
    m_health.recordOutcome(reason);
    ++m_attempt;
    qint64 delay = m_policy.backoffMs(m_attempt);
    if (reason.kind == ApiError::Kind::Invalid) {
        // Not an attempt (no token): nothing for the breaker.
    } else if (m_state == State::Connected || !reason.countsAgainstCircuit()) {
        m_breaker.recordSuccess(); // a connection that worked, lost later; or an answer (401)
    } else {
        m_breaker.recordFailure();
    }
    if (m_breaker.state() == CircuitBreaker::State::Open) {
        m_health.setCircuitOpen(true);
        delay = std::max(delay, m_breaker.remainingOpenMs());
    }
    setState(State::WaitingToReconnect);
    qCInfo(lcLive) << "Reconnecting in" << delay << "ms (attempt" << m_attempt << ") after"
                   << reason.toString();
    emit reconnectScheduled(m_attempt, delay);
    m_reconnectTimer = m_scheduler.schedule(delay, this, [this] { connectNow(); });
}

void LiveClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LiveClient::cancelTimers()
{
    for (Scheduler::TimerId* timer : {&m_connectTimer, &m_reconnectTimer, &m_pingTimer, &m_pongTimer}) {
        if (*timer)
            m_scheduler.cancel(*timer);
        *timer = 0;
    }
}

} // namespace SafeScan
