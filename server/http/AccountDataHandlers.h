#pragma once

#include <QHttpServerResponse>

class QHttpServer;
class QHttpServerRequest;

namespace SafeScan {

class AccountAuthenticator;
class AccountDataStore;
class ApiRouter;

// Data rights (SPEC §8): GET /v1/account/export and DELETE /v1/account, for the account of the
// session token (device tokens: 403 account_required).
class AccountDataHandlers
{
public:
    AccountDataHandlers(AccountDataStore& store, const AccountAuthenticator& authenticator);

    void install(ApiRouter& router, QHttpServer& server);

    QHttpServerResponse exportAccount(const QHttpServerRequest& request);
    QHttpServerResponse deleteAccount(const QHttpServerRequest& request);

private:
    AccountDataStore& m_store;
    const AccountAuthenticator& m_authenticator;
};

} // namespace SafeScan
