#pragma once

#include "http/ApiError.h"

#include <QString>
#include <QStringList>

#include <optional>

class QHttpServerRequest;

namespace SafeScan {

class AccountStore;
class Authenticator;
class ServerSecret;

// Who made a request: a device (its token from POST /v1/devices) or an account (a session token
// from POST /v1/sessions). Devices have no role.
struct Principal
{
    qint64 deviceId = 0;  // set for device tokens
    qint64 accountId = 0; // set for session tokens
    QString role;         // the account's role; empty for devices
    QString voter;        // HMAC pseudonym: "device:<id>" or "account:<id>" under the server secret
};

struct PrincipalResult
{
    std::optional<Principal> principal;
    std::optional<ApiError> error; // 401, 403 or 500
};

// Bearer tokens of either kind. Session tokens are looked up first, anything else goes to the
// device Authenticator unchanged, so device tokens keep working exactly as before.
class AccountAuthenticator
{
public:
    AccountAuthenticator(AccountStore& accounts, const Authenticator& devices, const ServerSecret& secret);

    PrincipalResult authenticate(const QHttpServerRequest& request) const;
    // The same for a bare token (the WebSocket auth message or upgrade header).
    PrincipalResult authenticateToken(const QString& token) const;
    // authenticate(), then 403 {"error":"forbidden"} unless the caller's role is one of `roles`
    // (a device never is).
    PrincipalResult requireRole(const QHttpServerRequest& request, const QStringList& roles) const;

private:
    AccountStore& m_accounts;
    const Authenticator& m_devices;
    const ServerSecret& m_secret;
};

ApiError forbiddenError();

} // namespace SafeScan
