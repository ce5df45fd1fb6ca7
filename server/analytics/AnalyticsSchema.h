#pragma once

#include "storage/SqlDialect.h"
#include "store/Migrations.h"

namespace SafeScan {

// Migration 9 of the server schema: the analytics store (SPEC §10, docs/api.md "Analytics").
//   analytics_events    raw events for --retention-events-days (dedupe by id; props already
//                       checked against a closed list of fields, so no content can be in them)
//   analytics_hourly    counts per (metric, hour, payload_type, verdict, source)
//   analytics_daily     the same per UTC day; both updated in the transaction that stores the
//                       raw events, and never removed by retention
//   analytics_salts     one random salt per UTC day, deleted 48 h after the day began
//   analytics_installs  HMAC(day's salt, install id) of the installs seen that day, deleted with
//                       the salt: distinct installs per day without linking days
// Dimensions a metric does not have are '' (never NULL, so the primary key stays exact on both
// back ends).
Migration analyticsStore(SqlDialect dialect);

// Migration 10: the top-N lists of GET /v1/stats/top (most voted, most disputed) read every counted
// vote of the window grouped by item. This covering index holds what they read in item order, so
// they scan it alone instead of fetching each vote's row (at 100,000 votes on SQLite: about 700 ms
// at p95 before, bench/analytics_bench).
Migration analyticsTopIndex();

} // namespace SafeScan
