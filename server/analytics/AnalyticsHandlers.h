#pragma once

#include "StatsQuery.h"
#include "http/ClientAddress.h"

#include <QDate>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

class QHttpServer;
class QHttpServerRequest;

namespace SafeScan {

class AccountAuthenticator;
class ApiRouter;
class Clock;
class EventRateLimiter;
class EventStore;
class RatingQuery;
struct ApiError;

// The parameters every GET /v1/stats/... takes (docs/api.md "Analytics").
struct StatsParams
{
    QDate from; // inclusive, UTC
    QDate to;   // inclusive, UTC
    StatsFilters filters;
    bool csv = false;
    QUrlQuery query; // for the route's own parameters

    StatsWindow window() const;
    // The window of the same length just before this one (compare=previous).
    StatsParams previous() const;
};

// POST /v1/events (any device or session token; rate-limited per caller and per address) and
// GET /v1/stats/timeseries|distribution|top|summary (role analyst or admin), JSON or streamed CSV.
class AnalyticsHandlers
{
public:
    static constexpr int MaxRangeDays = 3660;
    static constexpr int DefaultRangeDays = 30;
    static constexpr int DefaultTopLimit = 10;
    static constexpr int MaxTopLimit = 100;

    AnalyticsHandlers(EventStore& events, StatsQuery& stats, const RatingQuery& ratings,
                      const AccountAuthenticator& authenticator, EventRateLimiter& limiter,
                      const Clock& clock);

    void install(ApiRouter& router, QHttpServer& server);

    QHttpServerResponse postEvents(const QHttpServerRequest& request);
    // Each answers through `responder` and returns the HTTP status it sent.
    int timeseries(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    int distribution(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    int top(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    int summary(const QHttpServerRequest& request, QHttpServerResponder&& responder);

    static QStringList analystRoles();
    // The metrics GET /v1/stats/timeseries knows.
    static QStringList timeseriesMetrics();

private:
    // Authorization and the common parameters; `routeKeys` are the route's own parameter names.
    std::optional<StatsParams> begin(const QHttpServerRequest& request, const QStringList& routeKeys,
                                     std::optional<ApiError>& error) const;

    EventStore& m_events;
    StatsQuery& m_stats;
    const RatingQuery& m_ratings;
    const AccountAuthenticator& m_authenticator;
    EventRateLimiter& m_limiter;
    const Clock& m_clock;
    ClientAddress m_clientAddress; // the router's (set by install())
};

} // namespace SafeScan
