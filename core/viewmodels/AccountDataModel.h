#pragma once

#include "api/ApiContext.h"

#include <QObject>
#include <QPointer>

namespace SafeScan {

class AccountViewModel;
class ApiCall;
class ApiExecutor;
class CredentialVault;

// The signed-in user's data rights on the server (SPEC §8), for the Settings view: export
// everything the server holds about the account into a JSON file (GET /v1/account/export), and
// delete the account (DELETE /v1/account), after which this device is signed out. Requests go
// through the API executor with the session token only (never the device token). One operation
// at a time; each ends in done() or failed() with a sentence for the user.
class AccountDataModel : public QObject
{
    Q_OBJECT
public:
    // `context` is read at each request (the local server's address is known only once it runs).
    AccountDataModel(AccountViewModel& account, ApiExecutor* executor, const ApiContext* context,
                     CredentialVault* vault, QObject* parent = nullptr);
    ~AccountDataModel() override;

    // Signed in with a server connection, and nothing under way.
    bool canAct() const;
    bool isBusy() const { return !m_call.isNull(); }

    // Writes the export to `filePath` (replaced atomically; nothing is written on failure).
    bool exportTo(const QString& filePath);
    // Deletes the account on the server, then signs this device out.
    bool deleteAccount();

Q_SIGNALS:
    void stateChanged();
    void done(const QString& message);
    void failed(const QString& message);

private:
    ApiContext sessionContext() const;
    bool refuse(const QString& message);
    QString describeFailure(const ApiCall& call) const;

    AccountViewModel& m_account;
    ApiExecutor* m_executor;
    const ApiContext* m_context;
    CredentialVault* m_vault;
    QPointer<ApiCall> m_call;
};

} // namespace SafeScan
