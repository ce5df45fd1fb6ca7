#include "EventBatch.h"

#include "http/JsonBody.h"
#include "payload/Payload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>
#include <functional>
#include <variant>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr qsizetype InstallIdDigits = 32;
constexpr qsizetype EventIdLength = 36;
constexpr qsizetype MaxShownIdLength = 64;
constexpr double MaxIntegerInJson = 9007199254740991.0; // 2^53 - 1
constexpr qint64 MaxDecodeMs = 10 * 60 * 1000;
constexpr qint64 MaxSyncCount = 1000000000;

struct Refusal
{
    QString error;
    QString message;
};

Refusal invalid(const QString& message)
{
    return {u"invalid"_s, message};
}

// A JSON number that is a whole number in [minimum, maximum].
std::optional<qint64> wholeNumber(const QJsonValue& value, double minimum, double maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < minimum || number > maximum)
        return std::nullopt;
    return qint64(number);
}

bool isShortCode(const QString& text)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9_.-]{0,63}$"_s);
    return pattern.match(text).hasMatch();
}

bool isVersion(const QString& text)
{
    static const QRegularExpression pattern(u"^\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}([-+][0-9A-Za-z.-]{1,32})?$"_s);
    return pattern.match(text).hasMatch();
}

// Checks one string property against `allowed` values (or a predicate).
std::optional<Refusal> checkString(const QJsonObject& props, const QString& key,
                                   const std::function<bool(const QString&)>& accepts, const QString& what)
{
    if (!props.contains(key))
        return std::nullopt;
    const QJsonValue value = props.value(key);
    if (!value.isString() || !accepts(value.toString()))
        return invalid(u"props.%1 must be %2."_s.arg(key, what));
    return std::nullopt;
}

std::optional<Refusal> checkNumber(const QJsonObject& props, const QString& key, qint64 maximum)
{
    if (props.contains(key) && !wholeNumber(props.value(key), 0, double(maximum)))
        return invalid(u"props.%1 must be a whole number from 0 to %2."_s.arg(key).arg(maximum));
    return std::nullopt;
}

std::function<bool(const QString&)> oneOf(const QStringList& values)
{
    return [values](const QString& text) { return values.contains(text); };
}

// The props of `type`: unknown keys refused, every known one checked.
std::optional<Refusal> checkProps(const QString& type, const QJsonObject& props)
{
    QStringList allowed;
    if (type == u"scan"_s)
        allowed = {u"payload_type"_s, u"verdict"_s, u"source"_s, u"decode_ms"_s};
    else if (type == u"vote"_s)
        allowed = {u"vote"_s};
    else if (type == u"sync"_s)
        allowed = {u"result"_s, u"pushed"_s, u"pulled"_s, u"error_class"_s};
    else if (type == u"error"_s)
        allowed = {u"error_class"_s};
    else if (type == u"app_start"_s)
        allowed = {u"version"_s};
    for (auto it = props.constBegin(); it != props.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            return Refusal{u"unknown_field"_s,
                           u"Unknown field \"props.%1\" for a %2 event."_s.arg(it.key().left(64), type)};
        }
    }
    const auto shortCode = std::function<bool(const QString&)>(isShortCode);
    const QString codeText = u"a short code (a-z 0-9 _ . -, at most 64 characters)"_s;
    std::optional<Refusal> refusal;
    const auto check = [&refusal](std::optional<Refusal> found) {
        if (!refusal)
            refusal = std::move(found);
    };
    if (type == u"scan"_s) {
        check(checkString(props, u"payload_type"_s, isScanPayloadType, u"a payload type"_s));
        check(checkString(props, u"verdict"_s, oneOf(scanVerdictNames()),
                          u"one of "_s + scanVerdictNames().join(u", "_s)));
        check(checkString(props, u"source"_s, oneOf(scanSourceNames()),
                          u"one of "_s + scanSourceNames().join(u", "_s)));
        check(checkNumber(props, u"decode_ms"_s, MaxDecodeMs));
    } else if (type == u"vote"_s) {
        check(checkString(props, u"vote"_s, oneOf({u"safe"_s, u"unsafe"_s, u"retract"_s}),
                          u"safe, unsafe or retract"_s));
    } else if (type == u"sync"_s) {
        check(checkString(props, u"result"_s, oneOf({u"ok"_s, u"error"_s}), u"ok or error"_s));
        check(checkNumber(props, u"pushed"_s, MaxSyncCount));
        check(checkNumber(props, u"pulled"_s, MaxSyncCount));
        check(checkString(props, u"error_class"_s, shortCode, codeText));
    } else if (type == u"error"_s) {
        check(checkString(props, u"error_class"_s, shortCode, codeText));
    } else if (type == u"app_start"_s) {
        check(checkString(props, u"version"_s, isVersion, u"a version x.y.z"_s));
    }
    return refusal;
}

// One element of "events": the event, or why it is refused (with the id to name it by).
std::variant<AnalyticsEvent, EventRejection> checkEvent(const QJsonValue& value, qsizetype index,
                                                        qint64 nowMs)
{
    QString shownId = QString::number(index);
    const auto refuse = [&](const Refusal& refusal) -> std::variant<AnalyticsEvent, EventRejection> {
        return EventRejection{shownId, refusal.error, refusal.message};
    };
    if (!value.isObject())
        return refuse(invalid(u"An event must be a JSON object."_s));
    const QJsonObject object = value.toObject();
    const QJsonValue idValue = object.value(u"id"_s);
    if (idValue.isString() && !idValue.toString().isEmpty() && idValue.toString().size() <= MaxShownIdLength)
        shownId = idValue.toString();
    if (QJsonDocument(object).toJson(QJsonDocument::Compact).size() > MaxEventBytes)
        return refuse({u"too_large"_s, u"The event is larger than %1 bytes."_s.arg(MaxEventBytes)});
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != u"id"_s && it.key() != u"type"_s && it.key() != u"time"_s && it.key() != u"props"_s)
            return refuse(
                {u"unknown_field"_s, u"Unknown field \"%1\" in an event."_s.arg(it.key().left(64))});
    }
    AnalyticsEvent event;
    const QString id = idValue.toString();
    if (!idValue.isString() || id.size() != EventIdLength || QUuid::fromString(id).isNull())
        return refuse(invalid(u"\"id\" must be a UUID (36 characters)."_s));
    event.id = id.toLower();
    event.type = object.value(u"type"_s).toString();
    if (!analyticsEventTypes().contains(event.type))
        return refuse(invalid(u"\"type\" must be one of "_s + analyticsEventTypes().join(u", "_s) + u"."_s));
    const std::optional<qint64> time = wholeNumber(object.value(u"time"_s), 1, MaxIntegerInJson);
    if (!time)
        return refuse(invalid(u"\"time\" must be epoch milliseconds (a positive whole number)."_s));
    if (*time > nowMs + MaxEventAheadMs)
        return refuse({u"future"_s, u"The event is dated more than 24 hours ahead of the server's clock."_s});
    event.timeMs = *time;
    const QJsonValue props = object.value(u"props"_s);
    if (!props.isUndefined() && !props.isObject())
        return refuse(invalid(u"\"props\" must be an object."_s));
    event.props = props.toObject();
    if (const std::optional<Refusal> refusal = checkProps(event.type, event.props))
        return refuse(*refusal);
    return event;
}

} // namespace

QStringList analyticsEventTypes()
{
    return {u"app_start"_s, u"scan"_s, u"vote"_s, u"report"_s, u"sync"_s, u"error"_s};
}

QStringList scanVerdictNames()
{
    // core/safety verdictLevelName()
    return {u"dangerous"_s, u"suspicious"_s, u"unknown"_s, u"no_known_risk"_s, u"trusted"_s};
}

QStringList scanSourceNames()
{
    return {u"camera"_s, u"file"_s, u"clipboard"_s, u"screen"_s, u"video"_s};
}

QStringList scanPayloadTypeNames()
{
    QStringList names;
    for (int type = int(PayloadType::Text); type <= int(PayloadType::Binary); ++type)
        names.append(payloadTypeName(PayloadType(type)));
    return names;
}

bool isScanPayloadType(const QString& name)
{
    return payloadTypeFromName(name).has_value();
}

ScanDimensions AnalyticsEvent::dimensions() const
{
    if (type != u"scan"_s)
        return {};
    return {props.value(u"payload_type"_s).toString(), props.value(u"verdict"_s).toString(),
            props.value(u"source"_s).toString()};
}

EventBatchParse parseEventBatch(const QByteArray& body, qint64 nowMs)
{
    const JsonObjectBody parsed = parseJsonObject(body);
    if (parsed.error)
        return {std::nullopt, parsed.error};
    if (const auto unknown = rejectUnknownFields(parsed.object, {u"install_id"_s, u"events"_s}))
        return {std::nullopt, unknown};
    EventBatch batch;
    const QJsonValue installId = parsed.object.value(u"install_id"_s);
    const std::optional<QString> hex =
        installId.isString() ? normalizedHex(installId.toString(), InstallIdDigits) : std::nullopt;
    if (!hex || *hex != installId.toString()) {
        return {std::nullopt, ApiError::badRequest(u"invalid_install_id"_s,
                                                   u"\"install_id\" must be 32 lowercase hex digits."_s)};
    }
    batch.installId = *hex;
    const QJsonValue events = parsed.object.value(u"events"_s);
    if (!events.isArray())
        return {std::nullopt, ApiError::badRequest(u"invalid_type"_s, u"\"events\" must be an array."_s)};
    const QJsonArray array = events.toArray();
    if (array.size() > MaxEventsPerBatch) {
        return {std::nullopt, ApiError::badRequest(u"too_many_events"_s,
                                                   u"At most %1 events per batch."_s.arg(MaxEventsPerBatch))};
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        std::variant<AnalyticsEvent, EventRejection> checked = checkEvent(array.at(i), i, nowMs);
        if (auto* event = std::get_if<AnalyticsEvent>(&checked))
            batch.events.append(std::move(*event));
        else
            batch.rejected.append(std::get<EventRejection>(std::move(checked)));
    }
    return {std::move(batch), std::nullopt};
}

} // namespace SafeScan
