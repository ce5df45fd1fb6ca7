#pragma once

#include "Auth.h"

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace SafeScan {

class AbuseGuard;
class Database;
class DeviceRepository;
class Metrics;
class RatingQuery;
class ServerVoteStore;

// The /v1 endpoints. Each takes a request whose body is already within MaxBodyBytes and returns
// a complete response (JSON, or an ApiError as JSON). Nothing here depends on routing.
class ApiHandlers
{
public:
    ApiHandlers(Database& database, DeviceRepository& devices, ServerVoteStore& votes,
                const RatingQuery& ratings, AbuseGuard& abuse, const Authenticator& authenticator,
                Metrics& metrics);

    QHttpServerResponse registerDevice(const QHttpServerRequest& request);
    QHttpServerResponse ratings(const QHttpServerRequest& request);
    QHttpServerResponse putVote(const QString& hash, const QHttpServerRequest& request);
    QHttpServerResponse deleteVote(const QString& hash, const QHttpServerRequest& request);
    QHttpServerResponse health();
    QHttpServerResponse metrics();

private:
    QHttpServerResponse ratingOf(const QString& itemHash);

    Database& m_database;
    DeviceRepository& m_devices;
    ServerVoteStore& m_votes;
    const RatingQuery& m_ratings;
    AbuseGuard& m_abuse;
    const Authenticator& m_authenticator;
    Metrics& m_metrics;
};

} // namespace SafeScan
