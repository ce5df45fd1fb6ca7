#pragma once

#include "ApiJob.h"

namespace SafeScan {

// GET /v1/account/export (session token): everything the server holds about the signed-in
// account, as one JSON document (SPEC §8 data rights; docs/api.md lists its fields).
class AccountExportJob final : public ApiJob
{
    Q_OBJECT
public:
    explicit AccountExportJob(const ApiContext& context, QObject* parent = nullptr);

    const QJsonObject& document() const { return m_document; }
    // Counts for a one-line summary ("12 votes, 3 reports, 250 synced records").
    qsizetype voteCount() const;
    qsizetype reportCount() const;
    qsizetype syncRecordCount() const;

protected:
    Request request() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override;

private:
    QJsonObject m_document;
};

} // namespace SafeScan
