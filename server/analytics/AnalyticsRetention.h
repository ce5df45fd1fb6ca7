#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace SafeScan {

struct AnalyticsRetentionReport
{
    int events = 0;   // raw events removed (their counts stay)
    int salts = 0;    // daily salts removed
    int installs = 0; // install hashes removed with their day's salt
};

// The analytics part of the retention job, run inside its transaction: raw events received more
// than `eventDays` days ago (0: kept forever), and every daily salt (with the install hashes made
// with it) SaltLifetimeMs after its day began. The counts tables are never touched.
std::optional<AnalyticsRetentionReport> removeExpiredAnalytics(QSqlDatabase db, qint64 nowMs, int eventDays,
                                                               QString& error);

} // namespace SafeScan
