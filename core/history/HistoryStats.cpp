#include "HistoryStats.h"

#include "store/Database.h"
#include "store/SqlError.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

HistoryStatisticsResult historyStatistics(Database& database, QDate from, QDate to, int utcOffsetSeconds)
{
    HistoryStatisticsResult result;
    if (!from.isValid() || !to.isValid() || from > to) {
        result.error = u"The date range is not valid."_s;
        return result;
    }
    if (from < QDate(1970, 1, 2) || from.daysTo(to) >= 20 * 366) {
        result.error = u"The date range must start after 1970 and span at most 20 years."_s;
        return result;
    }
    constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
    const qint64 offsetMs = qint64(utcOffsetSeconds) * 1000;
    const QDate epoch(1970, 1, 1);
    const qint64 firstDay = epoch.daysTo(from);
    const qint64 dayCount = from.daysTo(to) + 1;
    const qint64 startMs = firstDay * kDayMs - offsetMs;
    const qint64 endMs = (firstDay + dayCount) * kDayMs - offsetMs;

    QSqlDatabase db = database.connection();
    if (!db.isOpen()) {
        result.error = u"Cannot read the history: "_s + database.errorString();
        return result;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Integer division of a positive shifted time gives the local day; the range keeps it positive.
    query.prepare(
        u"SELECT (scanned_at + ?) / ? AS day, coalesce(verdict_level, 'unknown'), payload_type, source, "
        u"count(*) FROM scans WHERE deleted = 0 AND scanned_at >= ? AND scanned_at < ? "
        u"GROUP BY 1, 2, 3, 4"_s);
    query.addBindValue(offsetMs);
    query.addBindValue(kDayMs);
    query.addBindValue(startMs);
    query.addBindValue(endMs);
    if (!query.exec()) {
        result.error = u"Cannot count the history: "_s + sqlErrorText(query.lastError());
        return result;
    }
    HistoryStatistics& stats = result.statistics;
    stats.from = from;
    stats.to = to;
    QList<qint64> perDay(dayCount, 0);
    while (query.next()) {
        const qint64 day = query.value(0).toLongLong() - firstDay;
        const qint64 count = query.value(4).toLongLong();
        if (day >= 0 && day < dayCount)
            perDay[day] += count;
        stats.byVerdict[query.value(1).toString()] += count;
        stats.byType[query.value(2).toString()] += count;
        stats.bySource[query.value(3).toString()] += count;
        stats.total += count;
    }
    for (qint64 i = 0; i < dayCount; ++i)
        stats.perDay.append({from.addDays(i), perDay.at(i)});
    result.ok = true;
    return result;
}

} // namespace SafeScan
