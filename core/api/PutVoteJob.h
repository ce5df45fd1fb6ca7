#pragma once

#include "ApiJob.h"
#include "RatingInfo.h"

namespace SafeScan {

// PUT /v1/votes/HASH {"vote": "safe"|"unsafe"}: casts or replaces this device's vote; the answer
// is the item's new rating. Idempotent (a second identical PUT replaces the vote with itself).
class PutVoteJob final : public ApiJob
{
    Q_OBJECT
public:
    PutVoteJob(const ApiContext& context, QString hash, bool safe, QObject* parent = nullptr);
    const RatingInfo& rating() const { return m_rating; }

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override { m_rating = {}; }

private:
    QString m_hash;
    bool m_safe;
    RatingInfo m_rating;
};

} // namespace SafeScan
