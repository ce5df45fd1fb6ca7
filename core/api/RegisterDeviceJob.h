#pragma once

#include "ApiJob.h"

namespace SafeScan {

// POST /v1/devices: registers this device; the answer's token is shown only once.
class RegisterDeviceJob final : public ApiJob
{
    Q_OBJECT
public:
    explicit RegisterDeviceJob(const ApiContext& context, QObject* parent = nullptr);
    QString token() const { return m_token; }

protected:
    Request request() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override { m_token.clear(); }

private:
    QString m_token;
};

} // namespace SafeScan
