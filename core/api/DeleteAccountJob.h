#pragma once

#include "ApiJob.h"

namespace SafeScan {

// DELETE /v1/account (session token): deletes the signed-in account on the server (its synced
// history, sessions and sync clients; votes folded into anonymous aggregates; reports kept
// without the reporter). Not idempotent for the client: the token dies with the account, so a
// repeat after a lost answer gets 401 (the caller treats that as "already gone").
class DeleteAccountJob final : public ApiJob
{
    Q_OBJECT
public:
    explicit DeleteAccountJob(const ApiContext& context, QObject* parent = nullptr);

    bool isIdempotent() const override { return false; }
    // The server's counts: votes_folded, votes_dropped, records, sync_clients, sessions, ...
    const QJsonObject& deleted() const { return m_deleted; }

protected:
    Request request() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override;

private:
    QJsonObject m_deleted;
};

} // namespace SafeScan
