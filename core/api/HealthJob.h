#pragma once

#include "ApiJob.h"

namespace SafeScan {

// GET /v1/health: {"status": "ok", "database": "ok"}; a 503 (degraded) is an Http error.
class HealthJob final : public ApiJob
{
    Q_OBJECT
public:
    explicit HealthJob(const ApiContext& context, QObject* parent = nullptr);
    QString status() const { return m_status; }
    QString database() const { return m_database; }

protected:
    Request request() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override;

private:
    QString m_status;
    QString m_database;
};

} // namespace SafeScan
