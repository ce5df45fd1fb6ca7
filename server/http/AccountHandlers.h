#pragma once

#include <QHttpServerResponse>

class QHttpServer;
class QHttpServerRequest;

namespace SafeScan {

class AbuseGuard;
class AccountAuthenticator;
class AccountStore;
class LivePublisher;
class Metrics;
class ServerMetricCounter;

// Endpoints of accounts and their roles: POST /v1/sessions (login), POST /v1/reports and
// GET /v1/moderation/audit. Like ApiHandlers, each gets a body already within MaxBodyBytes. A new
// report is announced to moderators on the live "moderation" channel (publishNewReport).
class AccountHandlers
{
public:
    AccountHandlers(AccountStore& accounts, const AccountAuthenticator& authenticator, LivePublisher& live);

    QHttpServerResponse createSession(const QHttpServerRequest& request);
    QHttpServerResponse createReport(const QHttpServerRequest& request);
    QHttpServerResponse moderationAudit(const QHttpServerRequest& request);

    // Counts what this handler's actions do into the analytics counts (analytics/); none when unset.
    void setMetricCounter(ServerMetricCounter* counter) { m_counter = counter; }

private:
    AccountStore& m_accounts;
    const AccountAuthenticator& m_authenticator;
    LivePublisher& m_live;
    ServerMetricCounter* m_counter = nullptr;
};

} // namespace SafeScan
