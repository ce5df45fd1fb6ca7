#include "AnalyticsCounts.h"

#include "storage/MultiRowInsert.h"
#include "store/SqlError.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr int CountColumns = 6;

// One upsert of `rows` distinct keys: each row adds its n to the stored count.
QString upsert(const QString& table, int rows)
{
    return u"INSERT INTO %1(metric, bucket, payload_type, verdict, source, n) VALUES %2 "
           u"ON CONFLICT(metric, bucket, payload_type, verdict, source) DO UPDATE SET n = %1.n + excluded.n"_s
               .arg(table, valuesPlaceholders(rows, CountColumns));
}

// A null QString binds as SQL NULL: the dimension columns want ''.
QString notNull(const QString& text)
{
    return text.isNull() ? u""_s : text;
}

// Every key of `counts`, rowsPerInsert() keys per statement (keys are distinct, as
// PostgreSQL requires of one ON CONFLICT DO UPDATE statement).
template <typename Map>
bool writeTable(QSqlDatabase db, const QString& table, const Map& counts, QString& error)
{
    const int maxRows = rowsPerInsert(db, CountColumns);
    QSqlQuery query(db);
    int preparedRows = 0;
    auto it = counts.constBegin();
    qsizetype left = counts.size();
    while (left > 0) {
        const int rows = int(std::min<qsizetype>(left, maxRows));
        if (rows != preparedRows && !query.prepare(upsert(table, rows))) {
            error = sqlErrorText(query.lastError());
            return false;
        }
        preparedRows = rows;
        int parameter = 0;
        for (int row = 0; row < rows; ++row, ++it) {
            const auto& [metric, bucket, payloadType, verdict, source] = it.key();
            query.bindValue(parameter++, metric);
            query.bindValue(parameter++, bucket);
            query.bindValue(parameter++, notNull(payloadType));
            query.bindValue(parameter++, notNull(verdict));
            query.bindValue(parameter++, notNull(source));
            query.bindValue(parameter++, it.value());
        }
        if (!query.exec()) {
            error = sqlErrorText(query.lastError());
            return false;
        }
        left -= rows;
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
