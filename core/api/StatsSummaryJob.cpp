#include "StatsSummaryJob.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

StatsSummaryJob::StatsSummaryJob(const ApiContext& context, StatsFilter filter, QObject* parent)
    : ApiJob(context, parent)
    , m_filter(std::move(filter))
{}

ApiJob::Request StatsSummaryJob::request() const
{
    QUrlQuery query;
    m_filter.addTo(query);
    return {"GET", u"/v1/stats/summary"_s, query, std::nullopt, true, {}};
}

ApiError StatsSummaryJob::validate() const
{
    if (const QString problem = m_filter.problem(); !problem.isEmpty())
        return ApiError::invalid(u"invalid_range"_s, problem);
    return {};
}

QString StatsSummaryJob::readResult(int, const QJsonDocument& json)
{
    QString error;
    std::optional<StatsSummary> summary = statsSummaryFromJson(json.object(), &error);
    if (!summary)
        return error;
    m_result = *summary;
    return {};
}

} // namespace SafeScan
