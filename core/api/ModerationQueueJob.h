#pragma once

#include "ApiJob.h"
#include "ModerationTypes.h"

namespace SafeScan {

// GET /v1/moderation/queue?limit=N&after=CURSOR: one page of what needs a moderator's decision,
// oldest first (moderator or admin session). `next` is empty on the last page.
class ModerationQueueJob final : public ApiJob
{
    Q_OBJECT
public:
    // `limit`: 1..200; `after`: the `next` of the previous page, empty for the first.
    ModerationQueueJob(const ApiContext& context, int limit, QString after = {}, QObject* parent = nullptr);
    const QList<ModerationEntry>& entries() const { return m_entries; }
    int total() const { return m_total; }
    QString next() const { return m_next; }

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override;

private:
    int m_limit;
    QString m_after;
    QList<ModerationEntry> m_entries;
    int m_total = 0;
    QString m_next;
};

} // namespace SafeScan
