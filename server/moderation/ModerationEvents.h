#pragma once

#include <QString>

namespace SafeScan {

class LivePublisher;
class RatingQuery;
struct ModerationAction;
struct ModerationOutcome;

// Live updates of a committed moderation change (call only after ModerationStore::apply() changed
// something): {"type": "queue_changed", "action", "id", "audit_id"} on channel "moderation", and
// the item's rating (the object of GET /v1/ratings, as after a vote) on "ratings:<hex8>" for every
// item whose rating may have changed. Returns the number of messages published.
int publishModerationChange(LivePublisher& live, const RatingQuery& ratings, const ModerationAction& action,
                            const ModerationOutcome& outcome);

// A committed new report (POST /v1/reports) puts (or keeps) its item in the queue:
// {"type": "queue_changed", "action": "report", "id": "item:<hash>", "report_id"} on "moderation".
// Neither the reporter, the note nor the content: moderators read those from the queue.
void publishNewReport(LivePublisher& live, const QString& itemHash, qint64 reportId);

} // namespace SafeScan
