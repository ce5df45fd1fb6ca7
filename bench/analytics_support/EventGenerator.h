#pragma once

#include "analytics/EventBatch.h"

#include <QRandomGenerator>

namespace SafeScan::Bench {

// Event `index` of `count`: the events arrive in time order over `days` days ending at `now` (as
// clients send them: each batch holds events of the last minutes), each up to an hour late. 80%
// scans (skewed payload types, verdicts and sources), then app starts, syncs (10% errors), votes,
// errors. The id is a random UUID, as clients make them.
AnalyticsEvent generateEvent(QRandomGenerator& rng, qint64 now, int days, qint64 index, qint64 count);

// One of 20,000 install ids.
QString generateInstallId(QRandomGenerator& rng);

} // namespace SafeScan::Bench
