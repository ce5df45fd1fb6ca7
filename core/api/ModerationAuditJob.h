#pragma once

#include "ApiJob.h"
#include "ModerationTypes.h"

namespace SafeScan {

// GET /v1/moderation/audit?limit=N: the newest N entries of the audit log, newest first
// (moderator or admin session). The server has no cursor: paging asks for a larger `limit`.
class ModerationAuditJob final : public ApiJob
{
    Q_OBJECT
public:
    static constexpr int MaxLimit = 500;

    ModerationAuditJob(const ApiContext& context, int limit, QObject* parent = nullptr);
    const QList<AuditRecord>& entries() const { return m_entries; }
    int limit() const { return m_limit; }

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override { m_entries.clear(); }

private:
    int m_limit;
    QList<AuditRecord> m_entries;
};

} // namespace SafeScan
