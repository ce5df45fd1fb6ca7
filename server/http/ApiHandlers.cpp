#include "ApiHandlers.h"

#include "HttpLog.h"
#include "JsonBody.h"
#include "Metrics.h"
#include "abuse/AbuseGuard.h"
#include "analytics/AnalyticsCounts.h"
#include "analytics/ServerMetricCounter.h"
#include "live/LivePublisher.h"
#include "ratings/RatingLookupCache.h"
#include "ratings/RatingQuery.h"
#include "storage/DeviceRepository.h"
#include "storage/ServerVoteStore.h"
#include "store/Database.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
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
                         const RatingQuery& ratings, AbuseGuard& abuse, const Authenticator& authenticator,
                         Metrics& metrics, LivePublisher& live, RatingLookupCache& lookupCache)
    : m_database(database)
    , m_devices(devices)
    , m_votes(votes)
    , m_ratings(ratings)
    , m_abuse(abuse)
    , m_authenticator(authenticator)
    , m_metrics(metrics)
    , m_live(live)
    , m_lookupCache(lookupCache)
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
    if (const std::optional<QByteArray> cached = m_lookupCache.find(*prefix))
        return QHttpServerResponse(QByteArrayLiteral("application/json"), *cached);
    QString error;
    const std::optional<QList<ItemRating>> found = m_ratings.ratingsWithPrefix(*prefix, error);
    if (!found)
        return databaseError().toResponse();
    QJsonArray ratings;
    for (const ItemRating& item : *found)
        ratings.append(item.rating.toJson(item.hash));
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"ratings"_s, ratings}}).toJson(QJsonDocument::Compact);
    m_lookupCache.insert(*prefix, body);
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
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
    std::optional<ServerVoteStore::Choice> value;
    if (vote.toString() == u"safe"_s)
        value = ServerVoteStore::Choice::Safe;
    else if (vote.toString() == u"unsafe"_s)
        value = ServerVoteStore::Choice::Unsafe;
    else
        return ApiError::badRequest(u"invalid_value"_s, u"\"vote\" must be \"safe\" or \"unsafe\"."_s)
            .toResponse();

    // Every valid attempt reaches the spam detector, refused or not (SPEC §8).
    const QString& voter = auth.caller->voter;
    const VoteAdmission admission = m_abuse.admitVote(voter, *itemHash);
    QString error;
    if (admission.newlyFlagged != SpamReason::None) {
        qCInfo(lcServerHttp) << "voter flagged for" << spamReasonName(admission.newlyFlagged)
                             << ": votes quarantined";
        countMetric(m_counter, Metric::VotersFlagged);
        QStringList quarantined;
        if (!m_votes.quarantineVoter(voter, spamReasonName(admission.newlyFlagged), error, &quarantined))
            return databaseError().toResponse();
        // Their ratings changed: announce them (this item's after the vote below, unless refused).
        if (admission.rate.allowed)
            quarantined.removeAll(*itemHash);
        else if (!quarantined.contains(*itemHash))
            quarantined.append(*itemHash);
        for (const QString& item : std::as_const(quarantined)) {
            if (const auto rating = m_ratings.ratingOf(item, error))
                publishRating(*rating);
        }
    }
    if (!admission.rate.allowed) {
        countMetric(m_counter, Metric::SpamBlocked);
        return rateLimitedResponse(admission.rate, u"Too many votes from this voter; retry later."_s);
    }
    if (!m_votes.castVote(*itemHash, {voter, auth.caller->deviceId}, *value, admission.flagged, error))
        return databaseError().toResponse();
    // A flagged voter's vote is stored quarantined: it does not count, it was blocked.
    countMetric(m_counter, admission.flagged ? Metric::SpamBlocked : Metric::Votes);
    m_metrics.countVote(ServerVoteStore::choiceName(*value));
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
    if (const auto rating = m_ratings.ratingOf(*itemHash, error))
        publishRating(*rating);
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
    const std::optional<ItemRating> rating = m_ratings.ratingOf(itemHash, error);
    if (!rating)
        return databaseError().toResponse();
    publishRating(*rating);
    return jsonResponse(rating->rating.toJson(rating->hash));
}

void ApiHandlers::publishRating(const ItemRating& rating)
{
    m_live.publish(u"ratings:"_s + rating.hash.left(PrefixDigits), rating.rating.toJson(rating.hash));
}

} // namespace SafeScan
