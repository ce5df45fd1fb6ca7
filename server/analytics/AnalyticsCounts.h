#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <tuple>

namespace SafeScan {

inline constexpr qint64 HourMs = 60LL * 60 * 1000;
inline constexpr qint64 DayMs = 24 * HourMs;

// UTC hour and day buckets (epoch milliseconds of their start).
inline qint64 hourStart(qint64 epochMs)
{
    return epochMs - ((epochMs % HourMs) + HourMs) % HourMs;
}
inline qint64 dayStart(qint64 epochMs)
{
    return epochMs - ((epochMs % DayMs) + DayMs) % DayMs;
}

// The metric names of analytics_hourly / analytics_daily. Event metrics come from POST /v1/events;
// server metrics are counted by the server when the action succeeds (ServerMetricCounter).
namespace Metric {
// from events
inline const QString Events = QStringLiteral("events"); // every accepted event
inline const QString Scans = QStringLiteral("scans");   // all scans, one row per bucket
// Scans per payload_type × verdict × source: the only metric with dimensions (filters and
// distributions read it; unfiltered series read the much smaller "scans").
inline const QString ScansByDimensions = QStringLiteral("scans_by");
inline const QString AppStarts = QStringLiteral("app_starts");
inline const QString VoteEvents = QStringLiteral("vote_events");
inline const QString ReportEvents = QStringLiteral("report_events");
inline const QString Syncs = QStringLiteral("syncs");
inline const QString SyncErrors = QStringLiteral("sync_errors");
inline const QString Errors = QStringLiteral("errors");
inline const QString Installs = QStringLiteral("installs"); // distinct installs, daily table only
inline const QString Duplicates = QStringLiteral("events_duplicate");
inline const QString Rejected = QStringLiteral("events_rejected");
// from the server itself
inline const QString Votes = QStringLiteral("votes");
inline const QString Reports = QStringLiteral("reports");
inline const QString SpamBlocked = QStringLiteral("spam_blocked");
inline const QString VotersFlagged = QStringLiteral("voters_flagged");
inline const QString ModerationActions = QStringLiteral("moderation_actions");
} // namespace Metric

// The dimensions of a scan ('' when the client did not say).
struct ScanDimensions
{
    QString payloadType;
    QString verdict;
    QString source;
};

// Counts gathered in memory (one batch of events, or one server action) and then added to both
// counts tables, each distinct key once (rowsPerInsert() keys per upsert statement), inside the
// caller's transaction.
class CountBatch
{
public:
    // +n for `metric` at `epochMs`, in its hour and its day.
    void add(const QString& metric, qint64 epochMs, const ScanDimensions& dimensions = {}, qint64 n = 1);
    // +n in the daily table only (distinct installs: a per-hour figure would need its own set).
    void addDaily(const QString& metric, qint64 epochMs, qint64 n = 1);

    bool isEmpty() const { return m_hourly.isEmpty() && m_daily.isEmpty(); }
    // Adds everything to analytics_hourly / analytics_daily on `db`. False with `error`.
    bool write(QSqlDatabase db, QString& error) const;

private:
    using Key = std::tuple<QString, qint64, QString, QString, QString>; // metric, bucket, dimensions
    QMap<Key, qint64> m_hourly;
    QMap<Key, qint64> m_daily;
};

} // namespace SafeScan
