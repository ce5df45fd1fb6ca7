#include "ModerationEvents.h"

#include "ModerationLog.h"
#include "ModerationQueue.h"
#include "ModerationStore.h"
#include "live/LivePublisher.h"
#include "ratings/RatingQuery.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

int publishModerationChange(LivePublisher& live, const RatingQuery& ratings, const ModerationAction& action,
                            const ModerationOutcome& outcome)
{
    const QString id = actsOnVoter(action.kind) ? ModerationQueue::voterId(outcome.subject)
                                                : ModerationQueue::itemId(outcome.subject);
    live.publish(u"moderation"_s, QJsonObject{{u"type"_s, u"queue_changed"_s},
                                              {u"action"_s, moderationActionName(action.kind)},
                                              {u"id"_s, id},
                                              {u"audit_id"_s, outcome.auditId}});
    int published = 1;
    for (const QString& hash : outcome.affectedItems) {
        QString error;
        const std::optional<ItemRating> rating = ratings.ratingOf(hash, error);
        if (!rating) {
            qCWarning(lcServerModeration) << "cannot publish a moderated rating:" << error;
            continue;
        }
        // The same data as a vote's update (ApiHandlers): the rating object of GET /v1/ratings.
        live.publish(u"ratings:"_s + hash.left(8), rating->rating.toJson(hash));
        ++published;
    }
    return published;
}

void publishNewReport(LivePublisher& live, const QString& itemHash, qint64 reportId)
{
    live.publish(u"moderation"_s, QJsonObject{{u"type"_s, u"queue_changed"_s},
                                              {u"action"_s, u"report"_s},
                                              {u"id"_s, ModerationQueue::itemId(itemHash)},
                                              {u"report_id"_s, reportId}});
}

} // namespace SafeScan
