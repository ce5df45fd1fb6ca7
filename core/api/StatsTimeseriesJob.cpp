#include "StatsTimeseriesJob.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

StatsTimeseriesJob::StatsTimeseriesJob(const ApiContext& context, QString metric, QString bucket,
                                       bool comparePrevious, StatsFilter filter, QObject* parent)
    : ApiJob(context, parent)
    , m_metric(std::move(metric))
    , m_bucket(std::move(bucket))
    , m_compare(comparePrevious)
    , m_filter(std::move(filter))
{}

ApiJob::Request StatsTimeseriesJob::request() const
{
    QUrlQuery query;
    query.addQueryItem(u"metric"_s, m_metric);
    query.addQueryItem(u"bucket"_s, m_bucket);
    if (m_compare)
        query.addQueryItem(u"compare"_s, u"previous"_s);
    m_filter.addTo(query);
    return {"GET", u"/v1/stats/timeseries"_s, query, std::nullopt, true, {}};
}

ApiError StatsTimeseriesJob::validate() const
{
    if (!StatsNames::metrics().contains(m_metric))
        return ApiError::invalid(u"invalid_metric"_s, u"Unknown metric \"%1\"."_s.arg(m_metric));
    if (!StatsNames::buckets().contains(m_bucket))
        return ApiError::invalid(u"invalid_bucket"_s, u"A bucket is a day or an hour."_s);
    if (const QString problem = m_filter.problem(); !problem.isEmpty())
        return ApiError::invalid(u"invalid_range"_s, problem);
    return {};
}

QString StatsTimeseriesJob::readResult(int, const QJsonDocument& json)
{
    QString error;
    std::optional<StatsTimeseries> series = statsTimeseriesFromJson(json.object(), &error);
    if (!series)
        return error;
    if (series->metric != m_metric)
        return u"The answer is the time series of another metric."_s;
    if (m_compare && series->previous.isEmpty() && !series->points.isEmpty())
        return u"The answer has no previous period to compare with."_s;
    m_result = std::move(*series);
    return {};
}

} // namespace SafeScan
