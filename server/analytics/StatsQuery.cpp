#include "StatsQuery.h"

#include "AnalyticsCounts.h"
#include "EventBatch.h"
#include "store/Database.h"
#include "store/SqlError.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// " AND payload_type = ? AND verdict IN (?, ...) AND source IN (?, ...)" with the values appended
// to `binds`: a filter where one is set, else every value the dimension can have ('' included).
// With all three constrained, a read of the per-dimension counts is a set of range scans of the
// covering index (metric, payload_type, verdict, source, bucket, n) that touch matching rows only.
QString dimensionsClause(const StatsFilters& filters, QVariantList& binds)
{
    static const QStringList payloadTypes = QStringList{QString()} + scanPayloadTypeNames();
    static const QStringList verdicts = QStringList{QString()} + scanVerdictNames();
    static const QStringList sources = QStringList{QString()} + scanSourceNames();
    const std::tuple<const char*, const QString*, const QStringList*> columns[] = {
        {"payload_type", &filters.payloadType, &payloadTypes},
        {"verdict", &filters.verdict, &verdicts},
        {"source", &filters.source, &sources}};
    QString clause;
    for (const auto& [column, value, all] : columns) {
        if (!value->isEmpty()) {
            clause += u" AND %1 = ?"_s.arg(QLatin1StringView(column));
            binds.append(*value);
            continue;
        }
        QStringList marks;
        for (const QString& each : *all) {
            marks.append(u"?"_s);
            binds.append(each.isNull() ? u""_s : each);
        }
        clause += u" AND %1 IN (%2)"_s.arg(QLatin1StringView(column), marks.join(u", "_s));
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
    const QString filter = filtered ? dimensionsClause(filters, binds) : QString();
    // Summed here rather than with GROUP BY, which would steer SQLite to the key's bucket order
    // instead of the dimensions index.
    QSqlQuery query(m_database.connection());
    if (!run(query,
             u"SELECT bucket, n FROM %1 WHERE metric = ? AND bucket >= ? AND bucket < ?%2"_s.arg(
                 hourly ? u"analytics_hourly"_s : u"analytics_daily"_s, filter),
             binds, error))
        return std::nullopt;
    QList<qint64> values((window.toMs - window.fromMs) / step, 0);
    while (query.next()) {
        const qint64 index = (query.value(0).toLongLong() - window.fromMs) / step;
        if (index >= 0 && index < values.size())
            values[index] += query.value(1).toLongLong();
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
    const QString filter = dimensionsClause(filters, binds);
    QSqlQuery query(m_database.connection());
    if (!run(query,
             u"SELECT %1, n FROM analytics_daily WHERE metric = ? AND bucket >= ? AND bucket < ?%2"_s.arg(
                 dimension, filter),
             binds, error))
        return std::nullopt;
    QHash<QString, qint64> totals;
    while (query.next())
        totals[query.value(0).toString()] += query.value(1).toLongLong();
    QList<std::pair<QString, qint64>> values;
    for (auto it = totals.constBegin(); it != totals.constEnd(); ++it) {
        if (it.value() > 0)
            values.append({it.key(), it.value()});
    }
    // The largest first, ties by key ('' first), the same on every back end.
    std::sort(values.begin(), values.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
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
