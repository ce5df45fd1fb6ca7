#pragma once

#include "ApiJob.h"

#include <QList>

namespace SafeScan {

// One mutation of a sync push (docs/api.md, POST /v1/sync/push): a sealed record or a deletion.
struct SyncPushMutation
{
    qint64 id = 0; // the client's mutation id, strictly increasing within a push
    bool deleted = false;
    QString recordId; // random-looking version 4 UUID
    qint64 updatedAt = 0;
    QString ciphertext; // base64, puts only
};

// What the server did with a push; every id of the push is in exactly one of applied (superseded
// ones included), duplicates and rejected.
struct SyncPushOutcome
{
    QList<qint64> applied;
    QList<qint64> superseded; // among applied: lost the conflict rule
    QList<qint64> duplicates; // processed by an earlier push
    QList<qint64> rejected;
    QStringList rejectionErrors; // "id: error" per rejected mutation
};

// POST /v1/sync/push with an account's session token. Idempotent: the server applies each
// (client id, mutation id) once, so a push sent again is answered with duplicates.
class SyncPushJob final : public ApiJob
{
    Q_OBJECT
public:
    SyncPushJob(const ApiContext& context, QString clientId, QList<SyncPushMutation> mutations,
                QObject* parent = nullptr);
    const SyncPushOutcome& outcome() const { return m_outcome; }
    const QList<SyncPushMutation>& mutations() const { return m_mutations; }

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override { m_outcome = {}; }

private:
    QString m_clientId;
    QList<SyncPushMutation> m_mutations;
    SyncPushOutcome m_outcome;
};

} // namespace SafeScan
