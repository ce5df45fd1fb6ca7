#include "AnalyticsRetention.h"

#include "AnalyticsCounts.h"
#include "EventStore.h"
#include "store/SqlError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

std::optional<int> removeBefore(QSqlDatabase db, const QString& sql, qint64 bound, QString& error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(bound);
    if (!query.exec()) {
        error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    return query.numRowsAffected();
}

} // namespace

std::optional<AnalyticsRetentionReport> removeExpiredAnalytics(QSqlDatabase db, qint64 nowMs, int eventDays,
                                                               QString& error)
{
    AnalyticsRetentionReport report;
    if (eventDays > 0) {
        const std::optional<int> events =
            removeBefore(db, u"DELETE FROM analytics_events WHERE received_at < ?"_s,
                         nowMs - qint64(eventDays) * DayMs, error);
        if (!events)
            return std::nullopt;
        report.events = *events;
    }
    // A day's salt is gone once now >= day + lifetime, i.e. day <= now - lifetime.
    const qint64 expiredDay = nowMs - SaltLifetimeMs;
    const std::optional<int> installs =
        removeBefore(db, u"DELETE FROM analytics_installs WHERE day <= ?"_s, expiredDay, error);
    const std::optional<int> salts =
        installs ? removeBefore(db, u"DELETE FROM analytics_salts WHERE day <= ?"_s, expiredDay, error)
                 : std::nullopt;
    if (!salts)
        return std::nullopt;
    report.installs = *installs;
    report.salts = *salts;
    return report;
}

} // namespace SafeScan
