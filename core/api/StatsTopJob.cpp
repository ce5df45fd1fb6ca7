#include "StatsTopJob.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

StatsTopJob::StatsTopJob(const ApiContext& context, QString list, int limit, StatsFilter filter,
                         QObject* parent)
    : ApiJob(context, parent)
    , m_list(std::move(list))
    , m_limit(limit)
    , m_filter(std::move(filter))
{}

ApiJob::Request StatsTopJob::request() const
{
    QUrlQuery query;
    query.addQueryItem(u"list"_s, m_list);
    query.addQueryItem(u"limit"_s, QString::number(m_limit));
    m_filter.addTo(query);
    return {"GET", u"/v1/stats/top"_s, query, std::nullopt, true, {}};
}

ApiError StatsTopJob::validate() const
{
    if (!StatsNames::topLists().contains(m_list))
        return ApiError::invalid(u"invalid_list"_s, u"Unknown top list \"%1\"."_s.arg(m_list));
    if (m_limit < 1 || m_limit > kMaxLimit)
        return ApiError::invalid(u"invalid_limit"_s, u"A top list has 1 to %1 items."_s.arg(kMaxLimit));
    if (const QString problem = m_filter.problem(); !problem.isEmpty())
        return ApiError::invalid(u"invalid_range"_s, problem);
    return {};
}

QString StatsTopJob::readResult(int, const QJsonDocument& json)
{
    QString error;
    std::optional<StatsTop> top = statsTopFromJson(json.object(), &error);
    if (!top)
        return error;
    if (top->list != m_list)
        return u"The answer is another top list."_s;
    if (top->items.size() > m_limit)
        return u"The answer has more items than asked for."_s;
    m_result = std::move(*top);
    return {};
}

} // namespace SafeScan
