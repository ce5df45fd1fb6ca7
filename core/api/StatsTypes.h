#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace SafeScan {

// What the analyst dashboards ask GET /v1/stats/... for (ANALYTICS_CONTRACT, docs/api.md): a date
// range (inclusive, UTC days; null dates leave the server's default of the last 30 days) and
// filters on the event-based metrics (empty: no filter).
struct StatsFilter
{
    QDate from;
    QDate to;
    QString payloadType;
    QString verdict;
    QString source;

    // Adds from/to/payload_type/verdict/source to `query`, only those that are set.
    void addTo(QUrlQuery& query) const;
    // Empty when the range makes sense (both dates valid, from ≤ to, or both null), else why not.
    QString problem() const;
    friend bool operator==(const StatsFilter&, const StatsFilter&) = default;
};

// The names the server accepts (and the dashboards offer).
namespace StatsNames {
const QStringList& metrics();    // scans, votes, reports, spam_blocked, moderation_actions, sync_errors
const QStringList& buckets();    // day, hour
const QStringList& dimensions(); // verdict, payload_type, source
const QStringList& topLists();   // most_voted, most_disputed
} // namespace StatsNames

struct StatsPoint
{
    QDateTime time; // UTC, start of the bucket
    double value = 0;
    friend bool operator==(const StatsPoint&, const StatsPoint&) = default;
};

struct StatsTimeseries
{
    QString metric;
    QString bucket;
    QDate from;
    QDate to;
    QList<StatsPoint> points;
    QList<StatsPoint> previous; // the same-length period just before; empty unless compared
};

struct StatsCount
{
    QString key;
    qint64 count = 0;
    friend bool operator==(const StatsCount&, const StatsCount&) = default;
};

struct StatsDistribution
{
    QString dimension;
    QList<StatsCount> values;
};

struct StatsTopItem
{
    QString hash; // 64 hex digits: never content
    qint64 votes = 0;
    qint64 safe = 0;
    qint64 unsafe = 0;
    QString verdict;
};

struct StatsTop
{
    QString list;
    QList<StatsTopItem> items;
};

struct StatsSummary
{
    qint64 flaggedVoters = 0;
    qint64 quarantinedVoters = 0;
    qint64 eventsTotal = 0;
    QDate from;
    QDate to;
};

// Readers of the answers; nullopt with `error` saying what is wrong with the JSON.
std::optional<StatsTimeseries> statsTimeseriesFromJson(const QJsonObject& json, QString* error);
std::optional<StatsDistribution> statsDistributionFromJson(const QJsonObject& json, QString* error);
std::optional<StatsTop> statsTopFromJson(const QJsonObject& json, QString* error);
std::optional<StatsSummary> statsSummaryFromJson(const QJsonObject& json, QString* error);

} // namespace SafeScan
