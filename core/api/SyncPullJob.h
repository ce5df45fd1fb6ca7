#pragma once

#include "ApiJob.h"

#include <QList>

namespace SafeScan {

// One change of a pull page (docs/api.md, GET /v1/sync/pull).
struct SyncPulledChange
{
    qint64 seq = 0;
    QString recordId;
    qint64 updatedAt = 0;
    bool deleted = false;
    QString ciphertext; // empty when deleted
    QString clientId;   // the client whose mutation made this version
};

// GET /v1/sync/pull?cursor=N[&limit=M] with an account's session token: the account's changes
// after `cursor`, oldest first.
class SyncPullJob final : public ApiJob
{
    Q_OBJECT
public:
    SyncPullJob(const ApiContext& context, qint64 cursor, int limit = 0, QObject* parent = nullptr);
    const QList<SyncPulledChange>& changes() const { return m_changes; }
    qint64 nextCursor() const { return m_cursor; }
    bool hasMore() const { return m_more; }

protected:
    Request request() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override;

private:
    qint64 m_requestCursor = 0;
    int m_limit = 0;
    QList<SyncPulledChange> m_changes;
    qint64 m_cursor = 0;
    bool m_more = false;
};

} // namespace SafeScan
