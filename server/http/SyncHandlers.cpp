#include "SyncHandlers.h"

#include "ApiRouter.h"
#include "HttpLog.h"
#include "JsonBody.h"
#include "base/Clock.h"
#include "storage/SyncStore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr int DefaultPullLimit = 500;
constexpr int MaxPullLimit = 1000;
constexpr qsizetype MaxClientIdLength = 64;
constexpr double MaxExactInteger = 9007199254740992.0; // 2^53

ApiError badRequest(const QString& code, const QString& message)
{
    return ApiError::badRequest(code, message);
}

// A JSON number that is an integer in [minimum, 2^53].
std::optional<qint64> integerValue(const QJsonValue& value, qint64 minimum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < double(minimum) ||
        number > MaxExactInteger)
        return std::nullopt;
    return qint64(number);
}

bool isClientId(const QString& id)
{
    if (id.isEmpty() || id.size() > MaxClientIdLength)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
               u == u'-' || u == u'_';
    });
}

// A random (version 4, RFC 4122 variant) UUID in its 36-character form, lowercased; or nullopt. Record
// ids must be random so that they reveal nothing about the record's content.
std::optional<QString> randomUuid(const QString& text)
{
    if (text.size() != 36)
        return std::nullopt;
    const QString lower = text.toLower();
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const char16_t u = lower.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? u != u'-' : !((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return std::nullopt;
    }
    const char16_t variant = lower.at(19).unicode();
    if (lower.at(14) != u'4' || !(variant == u'8' || variant == u'9' || variant == u'a' || variant == u'b'))
        return std::nullopt;
    return lower;
}

struct Rejection
{
    qint64 id = 0;
    QString error;
    QString message;
};

// Checks one mutation. A structural problem (wrong type, missing or unknown field) is an ApiError
// for the whole push; a valid structure with values the server refuses becomes a Rejection.
struct ParsedMutation
{
    SyncMutation mutation;
    std::optional<Rejection> rejection;
    std::optional<ApiError> error;
};

ParsedMutation parseMutation(const QJsonValue& value, int index, qint64 nowMs)
{
    ParsedMutation parsed;
    const QString where = u"mutations[%1]"_s.arg(index);
    if (!value.isObject()) {
        parsed.error = badRequest(u"invalid_type"_s, u"%1 must be an object."_s.arg(where));
        return parsed;
    }
    const QJsonObject object = value.toObject();
    const std::optional<qint64> id = integerValue(object.value(u"id"_s), 1);
    if (!id) {
        parsed.error = badRequest(u"invalid_type"_s, u"%1.id must be a positive integer."_s.arg(where));
        return parsed;
    }
    SyncMutation& mutation = parsed.mutation;
    mutation.id = *id;
    const QJsonValue kind = object.value(u"kind"_s);
    if (!kind.isString()) {
        parsed.error = badRequest(u"invalid_type"_s, u"%1.kind must be a string."_s.arg(where));
        return parsed;
    }
    const auto reject = [&](const QString& code, const QString& message) {
        mutation.kind = SyncMutation::Kind::Rejected;
        parsed.rejection = Rejection{*id, code, message};
        return parsed;
    };
    const bool put = kind.toString() == u"put"_s;
    if (!put && kind.toString() != u"delete"_s)
        return reject(u"unsupported_kind"_s, u"kind must be \"put\" or \"delete\"."_s);
    mutation.kind = put ? SyncMutation::Kind::Put : SyncMutation::Kind::Delete;

    QStringList allowed{u"id"_s, u"kind"_s, u"record_id"_s, u"updated_at"_s};
    if (put)
        allowed.append(u"ciphertext"_s);
    if (const auto unknown = rejectUnknownFields(object, allowed)) {
        parsed.error = ApiError::badRequest(unknown->code, where + u": "_s + unknown->message);
        return parsed;
    }
    const QJsonValue recordId = object.value(u"record_id"_s);
    const QJsonValue updatedAt = object.value(u"updated_at"_s);
    const QJsonValue ciphertext = object.value(u"ciphertext"_s);
    if (!recordId.isString() || !updatedAt.isDouble() || (put && !ciphertext.isString())) {
        parsed.error = badRequest(u"invalid_type"_s,
                                  u"%1 needs \"record_id\" (string), \"updated_at\" (integer)%2."_s.arg(
                                      where, put ? u" and \"ciphertext\" (base64 string)"_s : QString()));
        return parsed;
    }

    const std::optional<QString> uuid = randomUuid(recordId.toString());
    if (!uuid)
        return reject(u"invalid_record_id"_s, u"record_id must be a random (version 4) UUID."_s);
    mutation.recordId = *uuid;
    const std::optional<qint64> at = integerValue(updatedAt, 0);
    if (!at || *at > nowMs + MaxClockAheadMs)
        return reject(u"invalid_timestamp"_s,
                      u"updated_at must be ms since the epoch, at most one day ahead of the server."_s);
    mutation.updatedAt = *at;
    if (put) {
        const QString text = ciphertext.toString();
        if (text.size() > MaxCiphertextChars)
            return reject(u"record_too_large"_s,
                          u"ciphertext is longer than %1 base64 characters."_s.arg(MaxCiphertextChars));
        const auto decoded =
            QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        // Canonical base64 only, so that the stored text is exactly what every device gets back.
        if (!decoded || decoded.decoded.toBase64() != text.toLatin1() ||
            decoded.decoded.size() < MinCiphertextBytes)
            return reject(u"invalid_ciphertext"_s,
                          u"ciphertext must be padded base64 of at least %1 bytes (nonce and tag)."_s.arg(
                              MinCiphertextBytes));
        mutation.ciphertext = text;
    }
    return parsed;
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

// One optional non-negative integer query parameter: `fallback` when absent, nullopt when bad.
std::optional<qint64> queryInteger(const QUrlQuery& query, const QString& name, qint64 fallback,
                                   qint64 minimum, qint64 maximum)
{
    if (!query.hasQueryItem(name))
        return fallback;
    if (query.allQueryItemValues(name).size() != 1)
        return std::nullopt;
    const QString text = query.queryItemValue(name);
    if (text.isEmpty() || text.size() > 18 ||
        !std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; }))
        return std::nullopt;
    const qint64 value = text.toLongLong();
    if (value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

PrincipalResult requireAccount(const AccountAuthenticator& authenticator, const QHttpServerRequest& request)
{
    PrincipalResult result = authenticator.authenticate(request);
    if (result.error)
        return result;
    if (result.principal->accountId <= 0) {
        return {std::nullopt,
                ApiError{HttpStatus::Forbidden, u"account_required"_s,
                         u"This endpoint needs an account's session token (POST /v1/sessions), not a device "
                         u"token."_s}};
    }
    return result;
}

SyncHandlers::SyncHandlers(SyncStore& store, const AccountAuthenticator& authenticator, const Clock& clock)
    : m_store(store)
    , m_authenticator(authenticator)
    , m_clock(clock)
{}

void SyncHandlers::install(ApiRouter& router, QHttpServer& server)
{
    using Method = QHttpServerRequest::Method;
    router.addRoute(
        server, Method::Post, u"/v1/sync/push"_s,
        [this](const QHttpServerRequest& request) { return push(request); }, MaxSyncBodyBytes);
    router.addRoute(server, Method::Get, u"/v1/sync/pull"_s,
                    [this](const QHttpServerRequest& request) { return pull(request); });
}

QHttpServerResponse SyncHandlers::push(const QHttpServerRequest& request)
{
    const PrincipalResult auth = requireAccount(m_authenticator, request);
    if (auth.error)
        return auth.error->toResponse();
    const JsonObjectBody body = parseJsonObject(request.body());
    if (body.error)
        return body.error->toResponse();
    if (const auto unknown = rejectUnknownFields(body.object, {u"client_id"_s, u"mutations"_s}))
        return unknown->toResponse();
    const QJsonValue clientId = body.object.value(u"client_id"_s);
    if (!clientId.isString() || !isClientId(clientId.toString())) {
        return badRequest(
                   u"invalid_client_id"_s,
                   u"\"client_id\" must be 1 to %1 characters of A-Z a-z 0-9 - _."_s.arg(MaxClientIdLength))
            .toResponse();
    }
    const QJsonValue mutationsValue = body.object.value(u"mutations"_s);
    if (!mutationsValue.isArray())
        return badRequest(u"invalid_type"_s, u"\"mutations\" must be an array."_s).toResponse();
    const QJsonArray array = mutationsValue.toArray();
    if (array.size() > MaxMutationsPerPush) {
        return ApiError{HttpStatus::PayloadTooLarge, u"too_many_mutations"_s,
                        u"At most %1 mutations per push."_s.arg(MaxMutationsPerPush)}
            .toResponse();
    }

    const qint64 now = m_clock.epochMs();
    QList<SyncMutation> mutations;
    QHash<qint64, Rejection> rejections;
    mutations.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        ParsedMutation parsed = parseMutation(array.at(i), i, now);
        if (parsed.error)
            return parsed.error->toResponse();
        if (!mutations.isEmpty() && parsed.mutation.id <= mutations.constLast().id) {
            return badRequest(u"invalid_order"_s,
                              u"Mutation ids must be strictly increasing within a push."_s)
                .toResponse();
        }
        if (parsed.rejection)
            rejections.insert(parsed.rejection->id, *parsed.rejection);
        mutations.append(std::move(parsed.mutation));
    }

    QString error;
    const std::optional<PushResult> result =
        m_store.push(auth.principal->accountId, clientId.toString(), mutations, error);
    if (!result)
        return ApiError::internal(u"The database is unavailable."_s).toResponse();
    QJsonArray rejected;
    for (const qint64 id : result->rejected) {
        const Rejection& rejection = rejections[id];
        rejected.append(
            QJsonObject{{u"id"_s, id}, {u"error"_s, rejection.error}, {u"message"_s, rejection.message}});
    }
    qCDebug(lcServerHttp) << "sync push:" << result->applied.size() << "applied," << result->duplicates.size()
                          << "duplicates," << result->rejected.size() << "rejected";
    return jsonResponse({{u"applied"_s, idArray(result->applied)},
                         {u"superseded"_s, idArray(result->superseded)},
                         {u"duplicates"_s, idArray(result->duplicates)},
                         {u"rejected"_s, rejected}});
}

QHttpServerResponse SyncHandlers::pull(const QHttpServerRequest& request)
{
    const PrincipalResult auth = requireAccount(m_authenticator, request);
    if (auth.error)
        return auth.error->toResponse();
    const QUrlQuery query = request.query();
    for (const auto& [name, value] : query.queryItems()) {
        if (name != u"cursor"_s && name != u"limit"_s)
            return badRequest(u"unknown_field"_s, u"Unknown parameter \"%1\"."_s.arg(name.left(64)))
                .toResponse();
    }
    const std::optional<qint64> cursor = queryInteger(query, u"cursor"_s, 0, 0, MaxExactInteger);
    if (!cursor)
        return badRequest(u"invalid_cursor"_s, u"cursor must be a non-negative integer."_s).toResponse();
    const std::optional<qint64> limit = queryInteger(query, u"limit"_s, DefaultPullLimit, 1, MaxPullLimit);
    if (!limit)
        return badRequest(u"invalid_limit"_s, u"limit must be an integer from 1 to %1."_s.arg(MaxPullLimit))
            .toResponse();

    QString error;
    const std::optional<SyncPage> page = m_store.pull(auth.principal->accountId, *cursor, int(*limit), error);
    if (!page)
        return ApiError::internal(u"The database is unavailable."_s).toResponse();
    QJsonArray changes;
    for (const SyncChange& change : page->changes) {
        QJsonObject object{{u"seq"_s, change.seq},
                           {u"record_id"_s, change.recordId},
                           {u"updated_at"_s, change.updatedAt},
                           {u"deleted"_s, change.deleted},
                           {u"client_id"_s, change.clientId}};
        if (!change.deleted)
            object.insert(u"ciphertext"_s, change.ciphertext);
        changes.append(object);
    }
    return jsonResponse({{u"changes"_s, changes}, {u"cursor"_s, page->cursor}, {u"more"_s, page->more}});
}

} // namespace SafeScan
