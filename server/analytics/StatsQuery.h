#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace SafeScan {

class Database;

// Filters of the event-based metrics (only "scans" has these dimensions); empty: any.
struct StatsFilters
{
    QString payloadType;
    QString verdict;
    QString source;

    bool isEmpty() const { return payloadType.isEmpty() && verdict.isEmpty() && source.isEmpty(); }
};

// A time window [fromMs, toMs) on bucket boundaries.
struct StatsWindow
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

// One item of a top-N list: votes cast in the window (counted ones: quarantined votes are not).
struct TopItem
{
    QString hash;
    qint64 votes = 0;
    qint64 safe = 0;
    qint64 unsafe = 0;
};

// Reads of the analytics counts (analytics_hourly / analytics_daily) and of the server's own
// tables for GET /v1/stats/... Portable SQL; every read is a range scan of the counts' primary key
// (metric, bucket, ...), so its cost follows the number of buckets and dimension values in the
// window, not the number of events.
class StatsQuery
{
public:
    explicit StatsQuery(Database& database);

    // One value per bucket (hour or day) of the window, zeros included. `filters` are applied
    // when `metric` has dimensions (scans).
    std::optional<QList<qint64>> series(const QString& metric, bool hourly, const StatsWindow& window,
                                        const StatsFilters& filters, QString& error);
    // Scans per value of `dimension` (payload_type, verdict or source) in the window, the largest
    // first; '' is a scan without that dimension.
    std::optional<QList<std::pair<QString, qint64>>> distribution(const QString& dimension,
                                                                  const StatsWindow& window,
                                                                  const StatsFilters& filters,
                                                                  QString& error);
    // The sum of a metric over the window (daily counts).
    std::optional<qint64> total(const QString& metric, const StatsWindow& window, QString& error);
    // Most voted items (by counted votes in the window), or most disputed ones (both sides voted,
    // by the smaller side, then by votes); ties by hash.
    std::optional<QList<TopItem>> top(bool disputed, const StatsWindow& window, int limit, QString& error);
    // Voters currently quarantined (by the spam detector or a moderator).
    std::optional<qint64> quarantinedVoters(QString& error);

    static bool hasDimensions(const QString& metric);

private:
    Database& m_database;
};

} // namespace SafeScan
