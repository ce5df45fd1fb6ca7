#pragma once

#include "ApiJob.h"

#include <optional>

namespace SafeScan {

// POST /v1/reports: reports an item to the moderators. The content goes along only when the user
// agreed to share it (SPEC §8). Not idempotent: each accepted POST is one more report, so
// ApiExecutor retries it only when the server surely did not act on it.
class CreateReportJob final : public ApiJob
{
    Q_OBJECT
public:
    struct Report
    {
        QString hash;                   // 64 hex digits
        QString reason;                 // phishing, malware, scam, other
        QString note;                   // optional, at most 500 characters
        std::optional<QString> content; // only with the user's consent; at most 4096 UTF-8 bytes
    };

    CreateReportJob(const ApiContext& context, Report report, QObject* parent = nullptr);
    qint64 reportId() const { return m_id; }
    bool isIdempotent() const override { return false; }

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override { m_id = 0; }

private:
    Report m_report;
    qint64 m_id = 0;
};

} // namespace SafeScan
