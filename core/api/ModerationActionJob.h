#pragma once

#include "ApiJob.h"
#include "ModerationTypes.h"

namespace SafeScan {

// POST /v1/moderation/actions {"action", "id", "reason"}: one moderation action on a queue entry
// (`id` is "item:HASH" or "voter:PSEUDONYM"), with the moderator's reason (1..500 characters,
// required for every action). The server makes repeats harmless ("changed": false), so it is
// idempotent.
class ModerationActionJob final : public ApiJob
{
    Q_OBJECT
public:
    ModerationActionJob(const ApiContext& context, ModerationAction action, QString subjectId, QString reason,
                        QObject* parent = nullptr);
    ModerationAction action() const { return m_action; }
    QString subjectId() const { return m_subject; }
    const ModerationOutcome& outcome() const { return m_outcome; }

    // The request body, as sent (for tests and logs without a network).
    QJsonObject body() const;

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override { m_outcome = {}; }

private:
    ModerationAction m_action;
    QString m_subject;
    QString m_reason;
    ModerationOutcome m_outcome;
};

} // namespace SafeScan
