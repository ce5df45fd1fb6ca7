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

private:
    AccountStore& m_accounts;
    const AccountAuthenticator& m_authenticator;
    LivePublisher& m_live;
};

} // namespace SafeScan
