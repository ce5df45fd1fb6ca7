#pragma once

#include "ApiJob.h"

namespace SafeScan {

// DELETE /v1/votes/HASH: retracts this device's vote (204, also when there was none).
class DeleteVoteJob final : public ApiJob
{
    Q_OBJECT
public:
    DeleteVoteJob(const ApiContext& context, QString hash, QObject* parent = nullptr);

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;

private:
    QString m_hash;
};

} // namespace SafeScan
