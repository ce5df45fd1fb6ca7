#pragma once

#include <QHttpServerResponse>
#include <QStringList>

class QHttpServerRequest;

namespace SafeScan {

class AbuseGuard;
class AccountAuthenticator;
class LivePublisher;
class ModerationQueue;
class ModerationStore;
class RatingQuery;
class ServerMetricCounter;
struct ModerationAction;
struct ModerationOutcome;

// GET /v1/moderation/queue and POST /v1/moderation/actions (role moderator or admin; the audit
// log, GET /v1/moderation/audit, is in AccountHandlers). After an action commits, the queue change
// goes to the live channel "moderation" and each affected item's rating to "ratings:<hex8>".
class ModerationHandlers
{
public:
    ModerationHandlers(ModerationStore& store, const ModerationQueue& queue, const RatingQuery& ratings,
                       AbuseGuard& abuse, const AccountAuthenticator& authenticator, LivePublisher& live);

    QHttpServerResponse queue(const QHttpServerRequest& request);
    QHttpServerResponse act(const QHttpServerRequest& request);

    static QStringList moderatorRoles();

    // Counts what this handler's actions do into the analytics counts (analytics/); none when unset.
    void setMetricCounter(ServerMetricCounter* counter) { m_counter = counter; }

private:
    QHttpServerResponse answer(const ModerationAction& action, const ModerationOutcome& outcome);

    ModerationStore& m_store;
    const ModerationQueue& m_queue;
    const RatingQuery& m_ratings;
    AbuseGuard& m_abuse;
    const AccountAuthenticator& m_authenticator;
    LivePublisher& m_live;
    ServerMetricCounter* m_counter = nullptr;
};

} // namespace SafeScan
