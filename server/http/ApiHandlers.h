#pragma once

#include "Auth.h"

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace SafeScan {

class AbuseGuard;
class Database;
class DeviceRepository;
class LivePublisher;
class Metrics;
class RatingLookupCache;
class RatingQuery;
class ServerMetricCounter;
class ServerVoteStore;
struct ItemRating;

// The /v1 endpoints. Each takes a request whose body is already within MaxBodyBytes and returns
// a complete response (JSON, or an ApiError as JSON). Nothing here depends on routing.
class ApiHandlers
{
public:
    ApiHandlers(Database& database, DeviceRepository& devices, ServerVoteStore& votes,
                const RatingQuery& ratings, AbuseGuard& abuse, const Authenticator& authenticator,
                Metrics& metrics, LivePublisher& live, RatingLookupCache& lookupCache);

    QHttpServerResponse registerDevice(const QHttpServerRequest& request);
    QHttpServerResponse ratings(const QHttpServerRequest& request);
    QHttpServerResponse putVote(const QString& hash, const QHttpServerRequest& request);
    QHttpServerResponse deleteVote(const QString& hash, const QHttpServerRequest& request);
    QHttpServerResponse health();
    QHttpServerResponse metrics();

    // Counts what this handler's actions do into the analytics counts (analytics/); none when unset.
    void setMetricCounter(ServerMetricCounter* counter) { m_counter = counter; }

private:
    QHttpServerResponse ratingOf(const QString& itemHash);
    // The item's new rating to live subscribers of "ratings:<first 8 hex digits>".
    void publishRating(const ItemRating& rating);

    Database& m_database;
    DeviceRepository& m_devices;
    ServerVoteStore& m_votes;
    const RatingQuery& m_ratings;
    AbuseGuard& m_abuse;
    const Authenticator& m_authenticator;
    Metrics& m_metrics;
    LivePublisher& m_live;
    RatingLookupCache& m_lookupCache;
    ServerMetricCounter* m_counter = nullptr;
};

} // namespace SafeScan
