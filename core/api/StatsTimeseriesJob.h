#pragma once

#include "ApiJob.h"
#include "StatsTypes.h"

namespace SafeScan {

// GET /v1/stats/timeseries?metric=&bucket=[&compare=previous] plus the filter (analyst or admin).
class StatsTimeseriesJob final : public ApiJob
{
    Q_OBJECT
public:
    StatsTimeseriesJob(const ApiContext& context, QString metric, QString bucket, bool comparePrevious,
                       StatsFilter filter, QObject* parent = nullptr);
    const StatsTimeseries& result() const { return m_result; }

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override { m_result = {}; }

private:
    QString m_metric;
    QString m_bucket;
    bool m_compare;
    StatsFilter m_filter;
    StatsTimeseries m_result;
};

} // namespace SafeScan
