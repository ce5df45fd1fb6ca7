#include "StatsTypes.h"

#include "HexText.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

bool fail(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return false;
}

// A whole, non-negative JSON number.
bool readCount(const QJsonObject& object, const QString& key, qint64& out)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (!(number >= 0) || number != std::floor(number) || number > 9.0e15)
        return false;
    out = qint64(number);
    return true;
}

// "YYYY-MM-DD"; absent is fine (the date stays null), anything else must be a date.
bool readDate(const QJsonObject& object, const QString& key, QDate& out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    out = QDate::fromString(value.toString(), Qt::ISODate);
    return out.isValid();
}

bool readPoints(const QJsonValue& value, QList<StatsPoint>& out, QString* error)
{
    if (!value.isArray())
        return fail(error, u"The time series has no list of points."_s);
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject point = item.toObject();
        QDateTime time = QDateTime::fromString(point.value(u"t"_s).toString(), Qt::ISODate);
        const QJsonValue number = point.value(u"value"_s);
        if (!time.isValid() || !number.isDouble() || !std::isfinite(number.toDouble()))
            return fail(error, u"A point of the time series has no valid time or value."_s);
        out.append({time.toUTC(), number.toDouble()});
    }
    return true;
}

} // namespace

void StatsFilter::addTo(QUrlQuery& query) const
{
    if (from.isValid())
        query.addQueryItem(u"from"_s, from.toString(Qt::ISODate));
    if (to.isValid())
        query.addQueryItem(u"to"_s, to.toString(Qt::ISODate));
    if (!payloadType.isEmpty())
        query.addQueryItem(u"payload_type"_s, payloadType);
    if (!verdict.isEmpty())
        query.addQueryItem(u"verdict"_s, verdict);
    if (!source.isEmpty())
        query.addQueryItem(u"source"_s, source);
}

QString StatsFilter::problem() const
{
    if (from.isNull() && to.isNull())
        return {};
    if (!from.isValid() || !to.isValid())
        return u"A date range needs a valid start and end."_s;
    if (from > to)
        return u"The start of the date range is after its end."_s;
    return {};
}

namespace StatsNames {
const QStringList& metrics()
{
    static const QStringList names{
        u"scans"_s, u"votes"_s, u"reports"_s, u"spam_blocked"_s, u"moderation_actions"_s, u"sync_errors"_s};
    return names;
}
const QStringList& buckets()
{
    static const QStringList names{u"day"_s, u"hour"_s};
    return names;
}
const QStringList& dimensions()
{
    static const QStringList names{u"verdict"_s, u"payload_type"_s, u"source"_s};
    return names;
}
const QStringList& topLists()
{
    static const QStringList names{u"most_voted"_s, u"most_disputed"_s};
    return names;
}
} // namespace StatsNames

std::optional<StatsTimeseries> statsTimeseriesFromJson(const QJsonObject& json, QString* error)
{
    StatsTimeseries series;
    series.metric = json.value(u"metric"_s).toString();
    series.bucket = json.value(u"bucket"_s).toString();
    if (series.metric.isEmpty() || series.bucket.isEmpty()) {
        fail(error, u"The time series does not say its metric and bucket."_s);
        return std::nullopt;
    }
    if (!readDate(json, u"from"_s, series.from) || !readDate(json, u"to"_s, series.to)) {
        fail(error, u"The time series has an unreadable date range."_s);
        return std::nullopt;
    }
    if (!readPoints(json.value(u"points"_s), series.points, error))
        return std::nullopt;
    if (json.contains(u"previous"_s) && !readPoints(json.value(u"previous"_s), series.previous, error))
        return std::nullopt;
    return series;
}

std::optional<StatsDistribution> statsDistributionFromJson(const QJsonObject& json, QString* error)
{
    StatsDistribution distribution;
    distribution.dimension = json.value(u"dimension"_s).toString();
    const QJsonValue values = json.value(u"values"_s);
    if (distribution.dimension.isEmpty() || !values.isArray()) {
        fail(error, u"The distribution has no dimension or no list of values."_s);
        return std::nullopt;
    }
    for (const QJsonValue& item : values.toArray()) {
        const QJsonObject value = item.toObject();
        StatsCount count{value.value(u"key"_s).toString(), 0};
        if (!value.value(u"key"_s).isString() || !readCount(value, u"count"_s, count.count)) {
            fail(error, u"A value of the distribution has no key or count."_s);
            return std::nullopt;
        }
        distribution.values.append(count);
    }
    return distribution;
}

std::optional<StatsTop> statsTopFromJson(const QJsonObject& json, QString* error)
{
    StatsTop top;
    top.list = json.value(u"list"_s).toString();
    const QJsonValue items = json.value(u"items"_s);
    if (top.list.isEmpty() || !items.isArray()) {
        fail(error, u"The top list has no name or no items."_s);
        return std::nullopt;
    }
    for (const QJsonValue& value : items.toArray()) {
        const QJsonObject object = value.toObject();
        StatsTopItem item;
        item.hash = object.value(u"hash"_s).toString().toLower();
        item.verdict = object.value(u"verdict"_s).toString();
        if (!isHexText(item.hash, 64) || !readCount(object, u"votes"_s, item.votes) ||
            !readCount(object, u"safe"_s, item.safe) || !readCount(object, u"unsafe"_s, item.unsafe)) {
            fail(error, u"An item of the top list has no valid hash or vote counts."_s);
            return std::nullopt;
        }
        top.items.append(item);
    }
    return top;
}

std::optional<StatsSummary> statsSummaryFromJson(const QJsonObject& json, QString* error)
{
    StatsSummary summary;
    if (!readCount(json, u"flagged_voters"_s, summary.flaggedVoters) ||
        !readCount(json, u"quarantined_voters"_s, summary.quarantinedVoters) ||
        !readCount(json, u"events_total"_s, summary.eventsTotal) ||
        !readDate(json, u"from"_s, summary.from) || !readDate(json, u"to"_s, summary.to)) {
        fail(error, u"The summary has missing or invalid counts."_s);
        return std::nullopt;
    }
    return summary;
}

} // namespace SafeScan
