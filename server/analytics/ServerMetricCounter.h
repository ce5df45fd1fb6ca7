#pragma once

#include <QString>

namespace SafeScan {

class Clock;
class Database;

// Counts what the server itself does into the same hourly/daily counts as the events (votes,
// reports, spam_blocked, voters_flagged, moderation_actions; AnalyticsCounts.h), at the server's
// time, right after the action succeeded. A failure is logged and never fails the action.
class ServerMetricCounter
{
public:
    ServerMetricCounter(Database& database, const Clock& clock);

    void count(const QString& metric, qint64 n = 1);

private:
    Database& m_database;
    const Clock& m_clock;
};

// counter->count(metric) when there is a counter.
inline void countMetric(ServerMetricCounter* counter, const QString& metric)
{
    if (counter)
        counter->count(metric);
}

} // namespace SafeScan
