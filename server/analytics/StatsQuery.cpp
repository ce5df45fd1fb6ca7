#include "StatsQuery.h"

#include "AnalyticsCounts.h"
#include "store/Database.h"
#include "store/SqlError.h"

#include <QSqlQuery>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// " AND payload_type = ? ..." for the filters that are set, with their values appended to `binds`.
QString filterClause(const StatsFilters& filters, QVariantList& binds)
{
    QString clause;
    const std::pair<const char*, const QString*> columns[] = {
        {"payload_type", &filters.payloadType}, {"verdict", &filters.verdict}, {"source", &filters.source}};
    for (const auto& [column, value] : columns) {
        if (value->isEmpty())
            continue;
        clause += u" AND %1 = ?"_s.arg(QLatin1StringView(column));
        binds.append(*value);
    }
    return clause;
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& binds, QString& error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        error = sqlErrorText(query.lastError());
        return false;
    }
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        error = sqlErrorText(query.lastError());
        return false;
    }
    return true;
}

} // namespace

StatsQuery::StatsQuery(Database& database)
    : m_database(database)
{}

bool StatsQuery::hasDimensions(const QString& metric)
{
    return metric == Metric::Scans;
}

std::optional<QList<qint64>> StatsQuery::series(const QString& metric, bool hourly, const StatsWindow& window,
                                                const StatsFilters& filters, QString& error)
{
    const qint64 step = hourly ? HourMs : DayMs;
    const bool filtered = hasDimensions(metric) && !filters.isEmpty();
    QVariantList binds{filtered ? Metric::ScansByDimensions : metric, window.fromMs, window.toMs};
    const QString filter = filtered ? filterClause(filters, binds) : QString();
    QSqlQuery query(m_database.connection());
    if (!run(query,
             u"SELECT bucket, SUM(n) FROM %1 WHERE metric = ? AND bucket >= ? AND bucket < ?%2 "
             u"GROUP BY bucket ORDER BY bucket"_s.arg(hourly ? u"analytics_hourly"_s : u"analytics_daily"_s,
                                                      filter),
             binds, error))
        return std::nullopt;
    QList<qint64> values((window.toMs - window.fromMs) / step, 0);
    while (query.next()) {
        const qint64 index = (query.value(0).toLongLong() - window.fromMs) / step;
        if (index >= 0 && index < values.size())
            values[index] = query.value(1).toLongLong();
    }
    return values;
}

std::optional<QList<std::pair<QString, qint64>>> StatsQuery::distribution(const QString& dimension,
                                                                          const StatsWindow& window,
                                                                          const StatsFilters& filters,
                                                                          QString& error)
{
    if (dimension != u"payload_type"_s && dimension != u"verdict"_s && dimension != u"source"_s) {
        error = u"unknown dimension"_s;
        return std::nullopt;
    }
    QVariantList binds{Metric::ScansByDimensions, window.fromMs, window.toMs};
    const QString filter = filterClause(filters, binds);
    QSqlQuery query(m_database.connection());
    if (!run(query,
             u"SELECT %1, SUM(n) AS total FROM analytics_daily WHERE metric = ? AND bucket >= ? AND bucket < "
             u"?%2 "
             u"GROUP BY %1 ORDER BY total DESC, %1"_s.arg(dimension, filter),
             binds, error))
        return std::nullopt;
    QList<std::pair<QString, qint64>> values;
    while (query.next()) {
        if (query.value(1).toLongLong() > 0)
            values.append({query.value(0).toString(), query.value(1).toLongLong()});
    }
    return values;
}

std::optional<qint64> StatsQuery::total(const QString& metric, const StatsWindow& window, QString& error)
{
    QSqlQuery query(m_database.connection());
    if (!run(query, u"SELECT SUM(n) FROM analytics_daily WHERE metric = ? AND bucket >= ? AND bucket < ?"_s,
             {metric, window.fromMs, window.toMs}, error))
        return std::nullopt;
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<QList<TopItem>> StatsQuery::top(bool disputed, const StatsWindow& window, int limit,
                                              QString& error)
{
    const QString safe = u"SUM(CASE WHEN vote = 'safe' THEN 1 ELSE 0 END)"_s;
    const QString unsafe = u"SUM(CASE WHEN vote = 'unsafe' THEN 1 ELSE 0 END)"_s;
    const QString order =
        disputed ? u"HAVING %1 > 0 AND %2 > 0 "
                   u"ORDER BY CASE WHEN %1 < %2 THEN %1 ELSE %2 END DESC, COUNT(*) DESC, item_hash"_s.arg(
                       safe, unsafe)
                 : u"ORDER BY COUNT(*) DESC, item_hash"_s;
    QSqlQuery query(m_database.connection());
    if (!run(query,
             u"SELECT item_hash, COUNT(*), %1, %2 FROM votes WHERE quarantined = 0 AND voted_at >= ? "
             u"AND voted_at < ? GROUP BY item_hash %3 LIMIT ?"_s.arg(safe, unsafe, order),
             {window.fromMs, window.toMs, limit}, error))
        return std::nullopt;
    QList<TopItem> items;
    while (query.next()) {
        items.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                      query.value(3).toLongLong()});
    }
    return items;
}

std::optional<qint64> StatsQuery::quarantinedVoters(QString& error)
{
    QSqlQuery query(m_database.connection());
    if (!run(query, u"SELECT COUNT(*) FROM quarantined_voters"_s, {}, error))
        return std::nullopt;
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace SafeScan
