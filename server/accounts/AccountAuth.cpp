#include "AccountAuth.h"

#include "http/Auth.h"
#include "storage/AccountStore.h"
#include "storage/ServerSecret.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

ApiError forbiddenError()
{
    return {HttpStatus::Forbidden, u"forbidden"_s, u"Your role may not use this endpoint."_s};
}

AccountAuthenticator::AccountAuthenticator(AccountStore& accounts, const Authenticator& devices,
                                           const ServerSecret& secret)
    : m_accounts(accounts)
    , m_devices(devices)
    , m_secret(secret)
{}

PrincipalResult AccountAuthenticator::authenticate(const QHttpServerRequest& request) const
{
    return authenticateToken(Authenticator::bearerToken(request));
}

PrincipalResult AccountAuthenticator::authenticateToken(const QString& token) const
{
    if (!token.isEmpty()) {
        QString error;
        const std::optional<SessionAccount> session = m_accounts.findSession(token, error);
        if (!error.isEmpty())
            return {std::nullopt, ApiError::internal(u"The database is unavailable."_s)};
        if (session) {
            const QString voter = m_secret.pseudonym("account:" + QByteArray::number(session->accountId));
            return {Principal{0, session->accountId, session->role, voter}, std::nullopt};
        }
    }
    const AuthResult device = m_devices.authenticateToken(token);
    if (device.error)
        return {std::nullopt, device.error};
    return {Principal{device.caller->deviceId, 0, QString(), device.caller->voter}, std::nullopt};
}

PrincipalResult AccountAuthenticator::requireRole(const QHttpServerRequest& request,
                                                  const QStringList& roles) const
{
    PrincipalResult result = authenticate(request);
    if (result.error)
        return result;
    if (result.principal->role.isEmpty() || !roles.contains(result.principal->role))
        return {std::nullopt, forbiddenError()};
    return result;
}

} // namespace SafeScan
