#pragma once

#include "ApiJob.h"
#include "StatsTypes.h"

namespace SafeScan {

// GET /v1/stats/top?list=most_voted|most_disputed&limit=N (1..100) plus the filter. Items are
// named by hash only.
class StatsTopJob final : public ApiJob
{
    Q_OBJECT
public:
    static constexpr int kMaxLimit = 100;
    StatsTopJob(const ApiContext& context, QString list, int limit, StatsFilter filter,
                QObject* parent = nullptr);
    const StatsTop& result() const { return m_result; }

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override { m_result = {}; }

private:
    QString m_list;
    int m_limit;
    StatsFilter m_filter;
    StatsTop m_result;
};

} // namespace SafeScan
