#include "AnalyticsHandlers.h"

#include "AnalyticsCounts.h"
#include "AnalyticsLog.h"
#include "CsvStream.h"
#include "EventBatch.h"
#include "EventRateLimiter.h"
#include "EventStore.h"
#include "abuse/AbuseGuard.h"
#include "accounts/AccountAuth.h"
#include "base/Clock.h"
#include "http/ApiError.h"
#include "http/ApiRouter.h"
#include "ratings/RatingQuery.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

const QString Unspecified = u"unspecified"_s;

ApiError invalidParameter(const QString& message)
{
    return ApiError::badRequest(u"invalid_parameter"_s, message);
}

ApiError databaseError()
{
    return ApiError::internal(u"The database is unavailable."_s);
}

int send(QHttpServerResponder&& responder, const QHttpServerResponse& response)
{
    response.write(std::move(responder));
    return int(response.statusCode());
}

int send(QHttpServerResponder&& responder, const ApiError& error)
{
    return send(std::move(responder), error.toResponse());
}

std::optional<QDate> parseDate(const QString& text)
{
    if (text.size() != 10)
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODate);
}

QString shownKey(const QString& key)
{
    return key.isEmpty() ? Unspecified : key;
}

// The JSON members every stats answer repeats.
void addRange(QJsonObject& object, const StatsParams& params)
{
    object.insert(u"from"_s, params.from.toString(Qt::ISODate));
    object.insert(u"to"_s, params.to.toString(Qt::ISODate));
}

QByteArray csvName(const QString& kind, const StatsParams& params)
{
    return u"safescan-%1-%2-%3.csv"_s
        .arg(kind, params.from.toString(Qt::ISODate), params.to.toString(Qt::ISODate))
        .toLatin1();
}

} // namespace

StatsWindow StatsParams::window() const
{
    return {from.startOfDay(Qt::UTC).toMSecsSinceEpoch(),
            to.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch()};
}

StatsParams StatsParams::previous() const
{
    StatsParams before = *this;
    const qint64 days = from.daysTo(to) + 1;
    before.to = from.addDays(-1);
    before.from = from.addDays(-days);
    return before;
}

AnalyticsHandlers::AnalyticsHandlers(EventStore& events, StatsQuery& stats, const RatingQuery& ratings,
                                     const AccountAuthenticator& authenticator, EventRateLimiter& limiter,
                                     const Clock& clock)
    : m_events(events)
    , m_stats(stats)
    , m_ratings(ratings)
    , m_authenticator(authenticator)
    , m_limiter(limiter)
    , m_clock(clock)
{}

QStringList AnalyticsHandlers::analystRoles()
{
    return {u"analyst"_s, u"admin"_s};
}

QStringList AnalyticsHandlers::timeseriesMetrics()
{
    return {Metric::Scans,
            Metric::Votes,
            Metric::Reports,
            Metric::SpamBlocked,
            Metric::ModerationActions,
            Metric::SyncErrors,
            Metric::AppStarts,
            Metric::Errors,
            Metric::Syncs,
            Metric::VoteEvents,
            Metric::ReportEvents,
            Metric::Installs,
            Metric::Events,
            Metric::VotersFlagged};
}

void AnalyticsHandlers::install(ApiRouter& router, QHttpServer& server)
{
    using Method = QHttpServerRequest::Method;
    m_clientAddress = router.clientAddress();
    router.addRoute(
        server, Method::Post, u"/v1/events"_s,
        [this](const QHttpServerRequest& request) { return postEvents(request); }, MaxEventsBodyBytes);
    const auto stream =
        [this](int (AnalyticsHandlers::*handler)(const QHttpServerRequest&, QHttpServerResponder&&)) {
            return [this, handler](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                return (this->*handler)(request, std::move(responder));
            };
        };
    router.addStreamingRoute(server, Method::Get, u"/v1/stats/timeseries"_s,
                             stream(&AnalyticsHandlers::timeseries));
    router.addStreamingRoute(server, Method::Get, u"/v1/stats/distribution"_s,
                             stream(&AnalyticsHandlers::distribution));
    router.addStreamingRoute(server, Method::Get, u"/v1/stats/top"_s, stream(&AnalyticsHandlers::top));
    router.addStreamingRoute(server, Method::Get, u"/v1/stats/summary"_s,
                             stream(&AnalyticsHandlers::summary));
}

QHttpServerResponse AnalyticsHandlers::postEvents(const QHttpServerRequest& request)
{
    const PrincipalResult auth = m_authenticator.authenticate(request);
    if (auth.error)
        return auth.error->toResponse();
    const Principal& caller = *auth.principal;
    const QString callerKey =
        caller.accountId > 0 ? u"account:%1"_s.arg(caller.accountId) : u"device:%1"_s.arg(caller.deviceId);
    const RateDecision rate = m_limiter.admit(callerKey, m_clientAddress.of(request));
    if (!rate.allowed)
        return rateLimitedResponse(rate, u"Too many event batches; retry later."_s);
    const EventBatchParse parsed = parseEventBatch(request.body(), m_clock.epochMs());
    if (parsed.error)
        return parsed.error->toResponse();
    const EventBatch& batch = *parsed.batch;
    QString error;
    const std::optional<IngestResult> result =
        m_events.ingest(batch.installId, batch.events, int(batch.rejected.size()), error);
    if (!result) {
        qCWarning(lcAnalytics) << "events not stored:" << error;
        return databaseError().toResponse();
    }
    QJsonArray rejected;
    for (const EventRejection& rejection : batch.rejected) {
        rejected.append(QJsonObject{
            {u"id"_s, rejection.id}, {u"error"_s, rejection.error}, {u"message"_s, rejection.message}});
    }
    return jsonResponse({{u"accepted"_s, result->accepted},
                         {u"duplicates"_s, result->duplicates},
                         {u"rejected"_s, rejected}});
}

std::optional<StatsParams> AnalyticsHandlers::begin(const QHttpServerRequest& request,
                                                    const QStringList& routeKeys,
                                                    std::optional<ApiError>& error) const
{
    const PrincipalResult auth = m_authenticator.requireRole(request, analystRoles());
    if (auth.error) {
        error = auth.error;
        return std::nullopt;
    }
    StatsParams params;
    params.query = request.query();
    const QStringList common = {u"from"_s,    u"to"_s,     u"payload_type"_s,
                                u"verdict"_s, u"source"_s, u"format"_s};
    QStringList seen;
    for (const auto& [key, value] : params.query.queryItems(QUrl::FullyDecoded)) {
        if (!common.contains(key) && !routeKeys.contains(key)) {
            error = invalidParameter(u"Unknown parameter \"%1\"."_s.arg(key.left(64)));
            return std::nullopt;
        }
        if (seen.contains(key)) {
            error = invalidParameter(u"The parameter \"%1\" is given twice."_s.arg(key));
            return std::nullopt;
        }
        seen.append(key);
    }
    const auto value = [&](const QString& key) {
        return params.query.queryItemValue(key, QUrl::FullyDecoded);
    };
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.epochMs(), Qt::UTC).date();
    const std::optional<QDate> to = seen.contains(u"to"_s) ? parseDate(value(u"to"_s)) : today;
    const std::optional<QDate> from = seen.contains(u"from"_s)
                                          ? parseDate(value(u"from"_s))
                                          : to.value_or(today).addDays(1 - DefaultRangeDays);
    if (!from || !to) {
        error = invalidParameter(u"\"from\" and \"to\" must be dates YYYY-MM-DD."_s);
        return std::nullopt;
    }
    if (*from > *to || from->daysTo(*to) >= MaxRangeDays) {
        error = invalidParameter(
            u"\"from\" must not be after \"to\", and the range is at most %1 days."_s.arg(MaxRangeDays));
        return std::nullopt;
    }
    params.from = *from;
    params.to = *to;
    params.filters = {value(u"payload_type"_s), value(u"verdict"_s), value(u"source"_s)};
    if ((!params.filters.payloadType.isEmpty() && !isScanPayloadType(params.filters.payloadType)) ||
        (!params.filters.verdict.isEmpty() && !scanVerdictNames().contains(params.filters.verdict)) ||
        (!params.filters.source.isEmpty() && !scanSourceNames().contains(params.filters.source))) {
        error = invalidParameter(u"Unknown payload_type, verdict or source value."_s);
        return std::nullopt;
    }
    const QString format = value(u"format"_s);
    if (!format.isEmpty() && format != u"json"_s && format != u"csv"_s) {
        error = invalidParameter(u"\"format\" must be json or csv."_s);
        return std::nullopt;
    }
    params.csv = format == u"csv"_s;
    return params;
}

int AnalyticsHandlers::timeseries(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    std::optional<ApiError> error;
    const std::optional<StatsParams> params = begin(request, {u"metric"_s, u"bucket"_s, u"compare"_s}, error);
    if (!params)
        return send(std::move(responder), *error);
    const QString metric = params->query.queryItemValue(u"metric"_s, QUrl::FullyDecoded);
    const QString bucket = params->query.queryItemValue(u"bucket"_s, QUrl::FullyDecoded);
    const QString compare = params->query.queryItemValue(u"compare"_s, QUrl::FullyDecoded);
    if (!timeseriesMetrics().contains(metric))
        return send(std::move(responder), invalidParameter(u"\"metric\" must be one of "_s +
                                                           timeseriesMetrics().join(u", "_s) + u"."_s));
    if (!bucket.isEmpty() && bucket != u"day"_s && bucket != u"hour"_s)
        return send(std::move(responder), invalidParameter(u"\"bucket\" must be day or hour."_s));
    const bool hourly = bucket == u"hour"_s;
    if (hourly && metric == Metric::Installs)
        return send(std::move(responder), invalidParameter(u"Installs are counted per day only."_s));
    if (!compare.isEmpty() && compare != u"previous"_s)
        return send(std::move(responder), invalidParameter(u"\"compare\" must be previous."_s));

    QString failure;
    const StatsWindow window = params->window();
    const std::optional<QList<qint64>> points =
        m_stats.series(metric, hourly, window, params->filters, failure);
    std::optional<QList<qint64>> previous;
    const StatsWindow previousWindow = params->previous().window();
    if (points && !compare.isEmpty())
        previous = m_stats.series(metric, hourly, previousWindow, params->filters, failure);
    if (!points || (!compare.isEmpty() && !previous)) {
        qCWarning(lcAnalytics) << "timeseries failed:" << failure;
        return send(std::move(responder), databaseError());
    }
    const qint64 step = hourly ? HourMs : DayMs;
    if (params->csv) {
        CsvStream csv(std::move(responder), csvName(u"timeseries-"_s + metric, *params));
        csv.writeRow(previous ? QStringList{u"t"_s, u"value"_s, u"previous_t"_s, u"previous_value"_s}
                              : QStringList{u"t"_s, u"value"_s});
        for (qsizetype i = 0; i < points->size(); ++i) {
            QStringList row{isoTime(window.fromMs + i * step), QString::number(points->at(i))};
            if (previous)
                row << isoTime(previousWindow.fromMs + i * step) << QString::number(previous->value(i));
            csv.writeRow(row);
        }
        return 200;
    }
    const auto toJson = [step](const QList<qint64>& values, qint64 fromMs) {
        QJsonArray array;
        for (qsizetype i = 0; i < values.size(); ++i)
            array.append(QJsonObject{{u"t"_s, isoTime(fromMs + i * step)}, {u"value"_s, values.at(i)}});
        return array;
    };
    QJsonObject answer{{u"metric"_s, metric},
                       {u"bucket"_s, hourly ? u"hour"_s : u"day"_s},
                       {u"points"_s, toJson(*points, window.fromMs)},
                       {u"filtered"_s, StatsQuery::hasDimensions(metric) && !params->filters.isEmpty()}};
    addRange(answer, *params);
    if (previous)
        answer.insert(u"previous"_s, toJson(*previous, previousWindow.fromMs));
    return send(std::move(responder), jsonResponse(answer));
}

int AnalyticsHandlers::distribution(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    std::optional<ApiError> error;
    const std::optional<StatsParams> params = begin(request, {u"dimension"_s}, error);
    if (!params)
        return send(std::move(responder), *error);
    const QString dimension = params->query.queryItemValue(u"dimension"_s, QUrl::FullyDecoded);
    if (dimension != u"verdict"_s && dimension != u"payload_type"_s && dimension != u"source"_s)
        return send(std::move(responder),
                    invalidParameter(u"\"dimension\" must be verdict, payload_type or source."_s));
    QString failure;
    const auto values = m_stats.distribution(dimension, params->window(), params->filters, failure);
    if (!values) {
        qCWarning(lcAnalytics) << "distribution failed:" << failure;
        return send(std::move(responder), databaseError());
    }
    if (params->csv) {
        CsvStream csv(std::move(responder), csvName(u"distribution-"_s + dimension, *params));
        csv.writeRow({u"key"_s, u"count"_s});
        for (const auto& [key, count] : *values)
            csv.writeRow({shownKey(key), QString::number(count)});
        return 200;
    }
    QJsonArray array;
    for (const auto& [key, count] : *values)
        array.append(QJsonObject{{u"key"_s, shownKey(key)}, {u"count"_s, count}});
    QJsonObject answer{{u"dimension"_s, dimension}, {u"values"_s, array}};
    addRange(answer, *params);
    return send(std::move(responder), jsonResponse(answer));
}

int AnalyticsHandlers::top(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    std::optional<ApiError> error;
    const std::optional<StatsParams> params = begin(request, {u"list"_s, u"limit"_s}, error);
    if (!params)
        return send(std::move(responder), *error);
    const QString list = params->query.queryItemValue(u"list"_s, QUrl::FullyDecoded);
    if (list != u"most_voted"_s && list != u"most_disputed"_s)
        return send(std::move(responder),
                    invalidParameter(u"\"list\" must be most_voted or most_disputed."_s));
    int limit = DefaultTopLimit;
    if (params->query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = params->query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxTopLimit)
            return send(std::move(responder),
                        invalidParameter(u"\"limit\" must be a number from 1 to %1."_s.arg(MaxTopLimit)));
    }
    QString failure;
    const std::optional<QList<TopItem>> items =
        m_stats.top(list == u"most_disputed"_s, params->window(), limit, failure);
    QStringList verdicts;
    for (const TopItem& item : items.value_or(QList<TopItem>())) {
        const std::optional<ItemRating> rating = m_ratings.ratingOf(item.hash, failure);
        if (!rating)
            break;
        verdicts.append(rating->rating.verdict);
    }
    if (!items || verdicts.size() != items->size()) {
        qCWarning(lcAnalytics) << "top failed:" << failure;
        return send(std::move(responder), databaseError());
    }
    if (params->csv) {
        CsvStream csv(std::move(responder), csvName(list, *params));
        csv.writeRow({u"hash"_s, u"votes"_s, u"safe"_s, u"unsafe"_s, u"verdict"_s});
        for (qsizetype i = 0; i < items->size(); ++i) {
            const TopItem& item = items->at(i);
            csv.writeRow({item.hash, QString::number(item.votes), QString::number(item.safe),
                          QString::number(item.unsafe), verdicts.at(i)});
        }
        return 200;
    }
    QJsonArray array;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const TopItem& item = items->at(i);
        array.append(QJsonObject{{u"hash"_s, item.hash},
                                 {u"votes"_s, item.votes},
                                 {u"safe"_s, item.safe},
                                 {u"unsafe"_s, item.unsafe},
                                 {u"verdict"_s, verdicts.at(i)}});
    }
    QJsonObject answer{{u"list"_s, list}, {u"items"_s, array}};
    addRange(answer, *params);
    return send(std::move(responder), jsonResponse(answer));
}

int AnalyticsHandlers::summary(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    std::optional<ApiError> error;
    const std::optional<StatsParams> params = begin(request, {}, error);
    if (!params)
        return send(std::move(responder), *error);
    const StatsWindow window = params->window();
    QString failure;
    // (JSON name, metric) of the window's totals.
    const QList<std::pair<QString, QString>> totals = {{u"events_total"_s, Metric::Events},
                                                       {u"flagged_voters"_s, Metric::VotersFlagged},
                                                       {u"scans"_s, Metric::Scans},
                                                       {u"installs"_s, Metric::Installs},
                                                       {u"votes"_s, Metric::Votes},
                                                       {u"reports"_s, Metric::Reports},
                                                       {u"spam_blocked"_s, Metric::SpamBlocked},
                                                       {u"moderation_actions"_s, Metric::ModerationActions},
                                                       {u"duplicates"_s, Metric::Duplicates},
                                                       {u"rejected"_s, Metric::Rejected}};
    QList<std::pair<QString, qint64>> values;
    for (const auto& [name, metric] : totals) {
        const std::optional<qint64> total = m_stats.total(metric, window, failure);
        if (!total)
            break;
        values.append({name, *total});
    }
    const std::optional<qint64> quarantined =
        values.size() == totals.size() ? m_stats.quarantinedVoters(failure) : std::nullopt;
    if (!quarantined) {
        qCWarning(lcAnalytics) << "summary failed:" << failure;
        return send(std::move(responder), databaseError());
    }
    values.append({u"quarantined_voters"_s, *quarantined});
    if (params->csv) {
        CsvStream csv(std::move(responder), csvName(u"summary"_s, *params));
        csv.writeRow({u"key"_s, u"value"_s});
        for (const auto& [name, value] : values)
            csv.writeRow({name, QString::number(value)});
        return 200;
    }
    QJsonObject answer;
    for (const auto& [name, value] : values)
        answer.insert(name, value);
    addRange(answer, *params);
    return send(std::move(responder), jsonResponse(answer));
}

} // namespace SafeScan
