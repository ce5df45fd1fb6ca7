#pragma once

#include <QtGlobal>

namespace SafeScan {

// How long the server keeps what (SPEC §8, §11; docs/api.md "Retention"). Days; 0 keeps forever.
struct RetentionConfig
{
    int voteDays = 90;       // raw votes older than this are folded into vote_folds and deleted (SPEC §8)
    int ratingDays = 90;     // folded ratings without any vote for this long are dropped (SPEC §8)
    int reportDays = 180;    // reports to moderators
    int auditDays = 365;     // the audit log
    int tombstoneDays = 180; // deleted synced records (their tombstones)
    int eventDays = 30;      // raw analytics events (their hourly/daily counts stay; SPEC §10)
    qint64 intervalMs = 60LL * 60 * 1000; // how often the timer runs the job
};

} // namespace SafeScan
