#pragma once

#include "ApiJob.h"
#include "StatsTypes.h"

namespace SafeScan {

// GET /v1/stats/distribution?dimension=verdict|payload_type|source plus the filter.
class StatsDistributionJob final : public ApiJob
{
    Q_OBJECT
public:
    StatsDistributionJob(const ApiContext& context, QString dimension, StatsFilter filter,
                         QObject* parent = nullptr);
    const StatsDistribution& result() const { return m_result; }

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override { m_result = {}; }

private:
    QString m_dimension;
    StatsFilter m_filter;
    StatsDistribution m_result;
};

} // namespace SafeScan
