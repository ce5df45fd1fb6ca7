#include "ServerMetricCounter.h"

#include "AnalyticsCounts.h"
#include "AnalyticsLog.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/Transaction.h"

namespace SafeScan {

ServerMetricCounter::ServerMetricCounter(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

void ServerMetricCounter::count(const QString& metric, qint64 n)
{
    CountBatch counts;
    counts.add(metric, m_clock.epochMs(), {}, n);
    QString error;
    Transaction transaction(m_database);
    if (!transaction.isActive() || !counts.write(transaction.database(), error) || !transaction.commit()) {
        qCWarning(lcAnalytics) << "cannot count" << metric << ":"
                               << (error.isEmpty() ? transaction.errorString() : error);
    }
}

} // namespace SafeScan
