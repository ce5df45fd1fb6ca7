#pragma once

#include "ApiJob.h"

#include <optional>

namespace SafeScan {

// POST /v1/reports: reports an item to the moderators. The content goes along only when the user
// agreed to share it (SPEC §8). Without a request id it is not idempotent: each accepted POST is
// one more report, so ApiExecutor retries it only when the server surely did not act on it. With
// one (the outbox's, OutboxSender) the server stores it once whatever the number of sends.
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
    // With the client's request id (1-64 of A-Z a-z 0-9 - _, the outbox's uuid): idempotent.
    CreateReportJob(const ApiContext& context, Report report, QString requestId, QObject* parent = nullptr);
    qint64 reportId() const { return m_id; }
    bool isIdempotent() const override { return !m_requestId.isEmpty(); }

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override { m_id = 0; }

private:
    Report m_report;
    QString m_requestId;
    qint64 m_id = 0;
};

} // namespace SafeScan
