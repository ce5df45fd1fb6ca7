#include "StatsDistributionJob.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

StatsDistributionJob::StatsDistributionJob(const ApiContext& context, QString dimension, StatsFilter filter,
                                           QObject* parent)
    : ApiJob(context, parent)
    , m_dimension(std::move(dimension))
    , m_filter(std::move(filter))
{}

ApiJob::Request StatsDistributionJob::request() const
{
    QUrlQuery query;
    query.addQueryItem(u"dimension"_s, m_dimension);
    m_filter.addTo(query);
    return {"GET", u"/v1/stats/distribution"_s, query, std::nullopt, true, {}};
}

ApiError StatsDistributionJob::validate() const
{
    if (!StatsNames::dimensions().contains(m_dimension))
        return ApiError::invalid(u"invalid_dimension"_s, u"Unknown dimension \"%1\"."_s.arg(m_dimension));
    if (const QString problem = m_filter.problem(); !problem.isEmpty())
        return ApiError::invalid(u"invalid_range"_s, problem);
    return {};
}

QString StatsDistributionJob::readResult(int, const QJsonDocument& json)
{
    QString error;
    std::optional<StatsDistribution> distribution = statsDistributionFromJson(json.object(), &error);
    if (!distribution)
        return error;
    if (distribution->dimension != m_dimension)
        return u"The answer is the distribution of another dimension."_s;
    m_result = std::move(*distribution);
    return {};
}

} // namespace SafeScan
