#include "LiveConnection.h"

#include "LiveLog.h"
#include "LiveServer.h"
#include "accounts/AccountAuth.h"
#include "http/Auth.h"
#include "http/JsonBody.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

const QString ModerationChannel = u"moderation"_s;
const QString RatingsPrefix = u"ratings:"_s;
constexpr qsizetype PrefixDigits = 8;
constexpr qsizetype MaxPresenceItemLength = 128;
constexpr double MaxJsonInteger = 9007199254740991.0; // 2^53 - 1

// "ratings:<hex8>" (any case; lowercase returned) or "moderation"; empty when neither.
QString normalizedChannel(const QJsonValue& value)
{
    QString text = value.toString(); // not const: returned (moved) as it is
    if (text == ModerationChannel)
        return text;
    if (!text.startsWith(RatingsPrefix))
        return {};
    const std::optional<QString> prefix = normalizedHex(text.mid(RatingsPrefix.size()), PrefixDigits);
    return prefix ? RatingsPrefix + *prefix : QString();
}

std::optional<qint64> nonNegativeInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= 0) || number > MaxJsonInteger || std::floor(number) != number)
        return std::nullopt;
    return qint64(number);
}

} // namespace

LiveConnection::LiveConnection(std::unique_ptr<QWebSocket> socket, LiveServer& server, LiveHub& hub,
                               const AccountAuthenticator& authenticator, const Clock& clock,
                               const LiveLimits& limits, QObject* parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_server(server)
    , m_hub(hub)
    , m_authenticator(authenticator)
    , m_limits(limits)
    , m_bucket(clock, limits.messages)
{
    // Qt closes the connection with 1009 (too much data) on a larger message or frame.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxMessageBytes));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &LiveConnection::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this](const QByteArray&) {
        if (admit())
            sendError(u"unsupported"_s, u"Binary messages are not supported; send JSON text."_s);
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &LiveConnection::onDisconnected);

    m_authTimer.setSingleShot(true);
    connect(&m_authTimer, &QTimer::timeout, this, [this] {
        if (!m_authenticated)
            close(QWebSocketProtocol::CloseCodePolicyViolated, u"not authenticated"_s);
    });

    const QByteArray header = m_socket->request().rawHeader("Authorization");
    if (!header.isEmpty()) {
        authenticate(Authenticator::tokenOfHeader(header));
    } else {
        m_authTimer.start(m_limits.authTimeoutMs);
    }
}

LiveConnection::~LiveConnection()
{
    // Deleting the socket (a member, after this body) may still emit disconnected(): not to us.
    m_socket->disconnect(this);
    m_hub.unsubscribeAll(this);
    m_server.connectionGone(this);
}

bool LiveConnection::isModerator() const
{
    return m_role == u"moderator"_s || m_role == u"admin"_s;
}

void LiveConnection::onDisconnected()
{
    m_hub.unsubscribeAll(this);
    m_server.connectionGone(this);
    deleteLater();
}

void LiveConnection::sendText(const QString& text)
{
    if (m_closing)
        return;
    if (m_socket->bytesToWrite() > m_limits.maxQueuedBytes) {
        qCInfo(lcServerLive) << "closing a live connection that does not read its messages";
        close(QWebSocketProtocol::CloseCodePolicyViolated, u"too slow"_s);
        return;
    }
    m_socket->sendTextMessage(text);
}

void LiveConnection::sendJson(const QJsonObject& object)
{
    sendText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void LiveConnection::sendError(const QString& code, const QString& message)
{
    sendJson({{u"type"_s, u"error"_s}, {u"error"_s, code}, {u"message"_s, message}});
}

void LiveConnection::close(int code, const QString& reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_hub.unsubscribeAll(this);
    m_server.clearPresence(this);
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

bool LiveConnection::admit()
{
    if (m_closing)
        return false;
    const RateDecision rate = m_bucket.take(QString());
    if (rate.allowed) {
        m_refusedInARow = 0;
        return true;
    }
    if (++m_refusedInARow > m_limits.maxRefusedInARow) {
        qCInfo(lcServerLive) << "closing a live connection over its message rate";
        close(QWebSocketProtocol::CloseCodePolicyViolated, u"message rate exceeded"_s);
        return false;
    }
    sendJson({{u"type"_s, u"error"_s},
              {u"error"_s, u"rate_limited"_s},
              {u"message"_s, u"Too many messages; slow down."_s},
              {u"retry_after_ms"_s, rate.retryAfterMs}});
    return false;
}

void LiveConnection::onText(const QString& text)
{
    if (!admit())
        return;
    const QByteArray bytes = text.toUtf8();
    if (bytes.size() > m_limits.maxMessageBytes) {
        close(QWebSocketProtocol::CloseCodeTooMuchData, u"message too large"_s);
        return;
    }
    const JsonObjectBody body = parseJsonObject(bytes);
    if (body.error) {
        sendError(body.error->code, body.error->message);
        return;
    }
    handle(body.object);
}

void LiveConnection::handle(const QJsonObject& message)
{
    const QJsonValue typeValue = message.value(u"type"_s);
    if (!typeValue.isString()) {
        sendError(u"invalid_type"_s, u"\"type\" is required and must be a string."_s);
        return;
    }
    const QString type = typeValue.toString();
    if (type == u"auth"_s) {
        if (const auto unknown = rejectUnknownFields(message, {u"type"_s, u"token"_s}))
            return sendError(unknown->code, unknown->message);
        if (m_authenticated)
            return sendError(u"already_authenticated"_s, u"This connection is already authenticated."_s);
        const QString token = message.value(u"token"_s).toString();
        authenticate(Authenticator::isWellFormedToken(token) ? token : QString());
        return;
    }
    if (type == u"ping"_s) {
        if (const auto unknown = rejectUnknownFields(message, {u"type"_s, u"id"_s}))
            return sendError(unknown->code, unknown->message);
        QJsonObject pong{{u"type"_s, u"pong"_s}};
        if (message.contains(u"id"_s))
            pong.insert(u"id"_s, message.value(u"id"_s));
        return sendJson(pong);
    }
    if (!m_authenticated) {
        return sendError(
            u"unauthorized"_s,
            u"Authenticate first: {\"type\":\"auth\",\"token\":...} or an Authorization header."_s);
    }
    if (type == u"subscribe"_s)
        return subscribe(message);
    if (type == u"unsubscribe"_s)
        return unsubscribe(message);
    if (type == u"presence"_s)
        return presence(message);
    sendError(u"unknown_type"_s, u"Unknown message type \"%1\"."_s.arg(type.left(64)));
}

bool LiveConnection::authenticate(const QString& token)
{
    const PrincipalResult result =
        token.isEmpty() ? PrincipalResult{std::nullopt, ApiError::unauthorized(u"Malformed token."_s)}
                        : m_authenticator.authenticateToken(token);
    if (result.error) {
        sendError(result.error->code, result.error->message);
        close(QWebSocketProtocol::CloseCodePolicyViolated, u"unauthorized"_s);
        return false;
    }
    m_authTimer.stop();
    m_authenticated = true;
    m_role = result.principal->role;
    m_accountId = result.principal->accountId;
    sendJson({{u"type"_s, u"authenticated"_s},
              {u"role"_s, m_role.isEmpty() ? u"device"_s : m_role},
              {u"epoch"_s, m_hub.epoch()}});
    return true;
}

void LiveConnection::subscribe(const QJsonObject& message)
{
    if (const auto unknown = rejectUnknownFields(message, {u"type"_s, u"channels"_s, u"resume"_s}))
        return sendError(unknown->code, unknown->message);
    const QJsonValue channelsValue = message.value(u"channels"_s);
    if (!channelsValue.isArray() || channelsValue.toArray().isEmpty())
        return sendError(u"invalid_type"_s, u"\"channels\" must be a non-empty array of channel names."_s);
    const QJsonArray list = channelsValue.toArray();
    if (list.size() > m_limits.maxSubscriptions)
        return sendError(u"too_many_subscriptions"_s,
                         u"At most %1 channels per connection."_s.arg(m_limits.maxSubscriptions));
    QStringList channels;
    for (const auto& value : list) {
        const QString channel = normalizedChannel(value);
        if (channel.isEmpty()) {
            return sendError(u"invalid_channel"_s,
                             u"Channels are \"ratings:\" and 8 hex digits, or \"moderation\"."_s);
        }
        if (channel == ModerationChannel && !isModerator())
            return sendError(u"forbidden"_s, u"Only moderators may subscribe to \"moderation\"."_s);
        if (!channels.contains(channel))
            channels.append(channel);
    }
    int added = 0;
    for (const QString& channel : std::as_const(channels))
        added += m_hub.isSubscribed(this, channel) ? 0 : 1;
    if (m_hub.subscriptionCount(this) + added > m_limits.maxSubscriptions)
        return sendError(u"too_many_subscriptions"_s,
                         u"At most %1 channels per connection."_s.arg(m_limits.maxSubscriptions));

    // resume: {"epoch": E, "offsets": {channel: last offset seen}}
    QString epoch;
    QHash<QString, qint64> offsets;
    if (message.contains(u"resume"_s)) {
        const QJsonValue resume = message.value(u"resume"_s);
        if (!resume.isObject())
            return sendError(u"invalid_type"_s, u"\"resume\" must be an object."_s);
        const QJsonObject object = resume.toObject();
        if (const auto unknown = rejectUnknownFields(object, {u"epoch"_s, u"offsets"_s}))
            return sendError(unknown->code, unknown->message);
        if (!object.value(u"epoch"_s).isString() || !object.value(u"offsets"_s).isObject())
            return sendError(u"invalid_type"_s,
                             u"\"resume\" needs \"epoch\" (string) and \"offsets\" (object)."_s);
        epoch = object.value(u"epoch"_s).toString();
        const QJsonObject given = object.value(u"offsets"_s).toObject();
        for (auto it = given.begin(); it != given.end(); ++it) {
            const QString channel = normalizedChannel(it.key());
            const std::optional<qint64> offset = nonNegativeInteger(it.value());
            if (channel.isEmpty() || !channels.contains(channel) || !offset) {
                return sendError(
                    u"invalid_value"_s,
                    u"\"resume.offsets\" maps channels of this subscription to offsets (integers >= 0)."_s);
            }
            offsets.insert(channel, *offset);
        }
    }
    for (const QString& channel : std::as_const(channels)) {
        std::optional<LiveResume> resume;
        if (offsets.contains(channel))
            resume = LiveResume{epoch, offsets.value(channel)};
        const bool wasSubscribed = m_hub.isSubscribed(this, channel);
        if (!m_hub.subscribe(this, channel, resume)) {
            sendError(u"internal"_s, u"The database is unavailable."_s);
            return;
        }
        if (channel == ModerationChannel && !wasSubscribed)
            m_server.sendPresenceTo(this);
    }
}

void LiveConnection::unsubscribe(const QJsonObject& message)
{
    if (const auto unknown = rejectUnknownFields(message, {u"type"_s, u"channels"_s}))
        return sendError(unknown->code, unknown->message);
    const QJsonValue channelsValue = message.value(u"channels"_s);
    if (!channelsValue.isArray() || channelsValue.toArray().size() > m_limits.maxSubscriptions)
        return sendError(u"invalid_type"_s, u"\"channels\" must be an array of channel names."_s);
    QStringList channels;
    for (const auto& value : channelsValue.toArray()) {
        const QString channel = normalizedChannel(value);
        if (channel.isEmpty())
            return sendError(u"invalid_channel"_s,
                             u"Channels are \"ratings:\" and 8 hex digits, or \"moderation\"."_s);
        channels.append(channel);
    }
    for (const QString& channel : std::as_const(channels)) {
        m_hub.unsubscribe(this, channel);
        sendJson({{u"type"_s, u"unsubscribed"_s}, {u"channel"_s, channel}});
    }
}

void LiveConnection::presence(const QJsonObject& message)
{
    if (const auto unknown = rejectUnknownFields(message, {u"type"_s, u"item"_s}))
        return sendError(unknown->code, unknown->message);
    if (!isModerator())
        return sendError(u"forbidden"_s, u"Only moderators share presence."_s);
    const QJsonValue item = message.value(u"item"_s);
    const bool valid =
        item.isNull() || nonNegativeInteger(item).has_value() ||
        (item.isString() && !item.toString().isEmpty() && item.toString().size() <= MaxPresenceItemLength);
    if (!valid) {
        return sendError(
            u"invalid_value"_s,
            u"\"item\" is the open queue item: an id (string up to 128 characters or integer) or null."_s);
    }
    m_server.setPresence(this, item);
}

} // namespace SafeScan
