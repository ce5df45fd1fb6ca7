#pragma once

#include "ApiJob.h"
#include "StatsTypes.h"

namespace SafeScan {

// GET /v1/stats/summary plus the date range: flagged and quarantined voters, events in total.
class StatsSummaryJob final : public ApiJob
{
    Q_OBJECT
public:
    StatsSummaryJob(const ApiContext& context, StatsFilter filter, QObject* parent = nullptr);
    const StatsSummary& result() const { return m_result; }

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override { m_result = {}; }

private:
    StatsFilter m_filter;
    StatsSummary m_result;
};

} // namespace SafeScan
