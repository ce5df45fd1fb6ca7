#include "ApiHandlers.h"

#include "HttpLog.h"
#include "JsonBody.h"
#include "Metrics.h"
#include "ratings/RatingQuery.h"
#include "storage/DeviceRepository.h"
#include "storage/ServerVoteStore.h"
#include "store/Database.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr qsizetype HashDigits = 64;
constexpr qsizetype PrefixDigits = 8;

ApiError invalidHash()
{
    return ApiError::badRequest(u"invalid_hash"_s, u"The item hash must be 64 hex digits (SHA-256)."_s);
}

ApiError databaseError()
{
    return ApiError::internal(u"The database is unavailable."_s);
}

} // namespace

ApiHandlers::ApiHandlers(Database& database, DeviceRepository& devices, ServerVoteStore& votes,
                         const Authenticator& authenticator, Metrics& metrics)
    : m_database(database)
    , m_devices(devices)
    , m_votes(votes)
    , m_authenticator(authenticator)
    , m_metrics(metrics)
{}

QHttpServerResponse ApiHandlers::registerDevice(const QHttpServerRequest& request)
{
    // The body is optional; when there is one it must be an empty JSON object.
    if (!request.body().trimmed().isEmpty()) {
        const JsonObjectBody body = parseJsonObject(request.body());
        if (body.error)
            return body.error->toResponse();
        if (const auto unknown = rejectUnknownFields(body.object, {}))
            return unknown->toResponse();
    }
    QString error;
    const std::optional<QString> token = m_devices.registerDevice(error);
    if (!token)
        return databaseError().toResponse();
    qCDebug(lcServerHttp) << "registered a device";
    return jsonResponse({{u"token"_s, *token}}, HttpStatus::Created);
}

QHttpServerResponse ApiHandlers::ratings(const QHttpServerRequest& request)
{
    const QUrlQuery query = request.query();
    const QString rawPrefix = query.queryItemValue(u"prefix"_s, QUrl::FullyDecoded);
    const std::optional<QString> prefix = normalizedHex(rawPrefix, PrefixDigits);
    if (!prefix || query.allQueryItemValues(u"prefix"_s).size() != 1) {
        return ApiError::badRequest(u"invalid_prefix"_s,
                                    u"The prefix parameter must be 8 hex digits (4 bytes of SHA-256)."_s)
            .toResponse();
    }
    QString error;
    const std::optional<QList<VoteTally>> tallies = m_votes.talliesWithPrefix(*prefix, error);
    if (!tallies)
        return databaseError().toResponse();
    QJsonArray ratings;
    for (const VoteTally& tally : *tallies)
        ratings.append(aggregateRating(tally).toJson());
    return jsonResponse({{u"ratings"_s, ratings}});
}

QHttpServerResponse ApiHandlers::putVote(const QString& hash, const QHttpServerRequest& request)
{
    const AuthResult auth = m_authenticator.authenticate(request);
    if (auth.error)
        return auth.error->toResponse();
    const std::optional<QString> itemHash = normalizedHex(hash, HashDigits);
    if (!itemHash)
        return invalidHash().toResponse();
    const JsonObjectBody body = parseJsonObject(request.body());
    if (body.error)
        return body.error->toResponse();
    if (const auto unknown = rejectUnknownFields(body.object, {u"vote"_s}))
        return unknown->toResponse();
    const QJsonValue vote = body.object.value(u"vote"_s);
    if (!vote.isString()) {
        return ApiError::badRequest(u"invalid_type"_s, u"\"vote\" is required and must be a string."_s)
            .toResponse();
    }
    std::optional<ServerVoteStore::Vote> value;
    if (vote.toString() == u"safe"_s)
        value = ServerVoteStore::Vote::Safe;
    else if (vote.toString() == u"unsafe"_s)
        value = ServerVoteStore::Vote::Unsafe;
    else
        return ApiError::badRequest(u"invalid_value"_s, u"\"vote\" must be \"safe\" or \"unsafe\"."_s)
            .toResponse();

    QString error;
    if (!m_votes.castVote(*itemHash, auth.caller->voter, *value, error))
        return databaseError().toResponse();
    m_metrics.countVote(ServerVoteStore::voteName(*value));
    return ratingOf(*itemHash);
}

QHttpServerResponse ApiHandlers::deleteVote(const QString& hash, const QHttpServerRequest& request)
{
    const AuthResult auth = m_authenticator.authenticate(request);
    if (auth.error)
        return auth.error->toResponse();
    const std::optional<QString> itemHash = normalizedHex(hash, HashDigits);
    if (!itemHash)
        return invalidHash().toResponse();
    QString error;
    if (!m_votes.retractVote(*itemHash, auth.caller->voter, error))
        return databaseError().toResponse();
    return QHttpServerResponse(HttpStatus::NoContent);
}

QHttpServerResponse ApiHandlers::health()
{
    QSqlQuery query(m_database.connection());
    const bool databaseOk = query.exec(u"SELECT 1"_s) && query.next();
    if (!databaseOk)
        qCWarning(lcServerHttp) << "health check: the database does not answer";
    return jsonResponse({{u"status"_s, databaseOk ? u"ok"_s : u"degraded"_s},
                         {u"database"_s, databaseOk ? u"ok"_s : u"error"_s}},
                        databaseOk ? HttpStatus::Ok : HttpStatus::ServiceUnavailable);
}

QHttpServerResponse ApiHandlers::metrics()
{
    return QHttpServerResponse(QByteArray("text/plain; version=0.0.4; charset=utf-8"),
                               m_metrics.prometheusText());
}

QHttpServerResponse ApiHandlers::ratingOf(const QString& itemHash)
{
    QString error;
    const std::optional<VoteTally> tally = m_votes.tally(itemHash, error);
    if (!tally)
        return databaseError().toResponse();
    return jsonResponse(aggregateRating(*tally).toJson());
}

} // namespace SafeScan
