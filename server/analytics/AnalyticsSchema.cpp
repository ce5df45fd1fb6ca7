#include "AnalyticsSchema.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// On SQLite the counts are a WITHOUT ROWID table (clustered on the key): a bucket range is one
// contiguous read, n included.
QString countsTable(const QString& name, SqlDialect dialect)
{
    return u"CREATE TABLE %1("
           u"metric TEXT NOT NULL, "
           u"bucket BIGINT NOT NULL, "
           u"payload_type TEXT NOT NULL DEFAULT '', "
           u"verdict TEXT NOT NULL DEFAULT '', "
           u"source TEXT NOT NULL DEFAULT '', "
           u"n BIGINT NOT NULL, "
           u"PRIMARY KEY(metric, bucket, payload_type, verdict, source))%2"_s.arg(
               name, dialect == SqlDialect::Sqlite ? u" WITHOUT ROWID"_s : QString());
}

// Filtered series (payload_type, then verdict, then source given) read only the matching rows:
// a covering index led by the dimensions. Unfiltered and source-only reads use the key.
QString dimensionsIndex(const QString& table)
{
    return u"CREATE INDEX %1_by_dimensions ON %1(metric, payload_type, verdict, source, bucket, n)"_s.arg(
        table);
}

} // namespace

Migration analyticsStore(SqlDialect dialect)
{
    return {u"analytics events, hourly and daily counts, daily salts"_s,
            {
                u"CREATE TABLE analytics_events("
                u"id TEXT PRIMARY KEY CHECK(length(id) = 36), "
                u"type TEXT NOT NULL, "
                u"at BIGINT NOT NULL, "
                u"received_at BIGINT NOT NULL, "
                u"props TEXT NOT NULL)"_s,
                u"CREATE INDEX analytics_events_by_received ON analytics_events(received_at)"_s,
                countsTable(u"analytics_hourly"_s, dialect),
                countsTable(u"analytics_daily"_s, dialect),
                dimensionsIndex(u"analytics_hourly"_s),
                dimensionsIndex(u"analytics_daily"_s),
                u"CREATE TABLE analytics_salts("
                u"day BIGINT PRIMARY KEY, "
                u"salt TEXT NOT NULL CHECK(length(salt) = 64), "
                u"created_at BIGINT NOT NULL)"_s,
                u"CREATE TABLE analytics_installs("
                u"day BIGINT NOT NULL, "
                u"install_hash TEXT NOT NULL CHECK(length(install_hash) = 64), "
                u"PRIMARY KEY(day, install_hash))"_s,
            },
            {}};
}

Migration analyticsTopIndex()
{
    return {u"index of counted votes by item for the top-N lists"_s,
            {u"CREATE INDEX votes_for_top ON votes(quarantined, item_hash, voted_at, vote)"_s},
            {}};
}

} // namespace SafeScan
