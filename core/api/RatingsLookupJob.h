#pragma once

#include "ApiJob.h"
#include "RatingInfo.h"

namespace SafeScan {

// GET /v1/ratings?prefix=HEX8: every rating whose hash starts with the 4-byte prefix. Only the
// prefix leaves the device (k-anonymity, SPEC §8); the caller matches its full hash locally.
class RatingsLookupJob final : public ApiJob
{
    Q_OBJECT
public:
    // `prefix`: 8 hex digits (the first 4 bytes of the item's SHA-256).
    RatingsLookupJob(const ApiContext& context, QString prefix, QObject* parent = nullptr);
    QString prefix() const { return m_prefix; }
    const QList<RatingInfo>& ratings() const { return m_ratings; }

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override { m_ratings.clear(); }

private:
    QString m_prefix;
    QList<RatingInfo> m_ratings;
};

} // namespace SafeScan
