#include "AnalyticsCounts.h"

#include "store/SqlError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

QString upsert(const QString& table)
{
    return u"INSERT INTO %1(metric, bucket, payload_type, verdict, source, n) VALUES(?, ?, ?, ?, ?, ?) "
           u"ON CONFLICT(metric, bucket, payload_type, verdict, source) DO UPDATE SET n = %1.n + excluded.n"_s
               .arg(table);
}

// A null QString binds as SQL NULL: the dimension columns want ''.
QString notNull(const QString& text)
{
    return text.isNull() ? u""_s : text;
}

template <typename Map>
bool writeTable(QSqlDatabase db, const QString& table, const Map& counts, QString& error)
{
    if (counts.isEmpty())
        return true;
    QSqlQuery query(db);
    if (!query.prepare(upsert(table))) {
        error = sqlErrorText(query.lastError());
        return false;
    }
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const auto& [metric, bucket, payloadType, verdict, source] = it.key();
        query.bindValue(0, metric);
        query.bindValue(1, bucket);
        query.bindValue(2, notNull(payloadType));
        query.bindValue(3, notNull(verdict));
        query.bindValue(4, notNull(source));
        query.bindValue(5, it.value());
        if (!query.exec()) {
            error = sqlErrorText(query.lastError());
            return false;
        }
    }
    return true;
}

} // namespace

void CountBatch::add(const QString& metric, qint64 epochMs, const ScanDimensions& dimensions, qint64 n)
{
    m_hourly[{metric, hourStart(epochMs), dimensions.payloadType, dimensions.verdict, dimensions.source}] +=
        n;
    m_daily[{metric, dayStart(epochMs), dimensions.payloadType, dimensions.verdict, dimensions.source}] += n;
}

void CountBatch::addDaily(const QString& metric, qint64 epochMs, qint64 n)
{
    m_daily[{metric, dayStart(epochMs), QString(), QString(), QString()}] += n;
}

bool CountBatch::write(QSqlDatabase db, QString& error) const
{
    return writeTable(db, u"analytics_hourly"_s, m_hourly, error) &&
           writeTable(db, u"analytics_daily"_s, m_daily, error);
}

} // namespace SafeScan
