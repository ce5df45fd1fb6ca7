#pragma once

#include "api/ApiContext.h"

#include <QObject>
#include <QPointer>

namespace SafeScan {

class ApiCall;
class ApiExecutor;
class CredentialVault;
class Settings;

// Sign-in and sign-out for the Settings view: POST /v1/sessions through the API executor (its
// breaker and retries), the session token into the CredentialVault (keychain, or memory only with
// a notice), the account name into the settings. Without an executor and vault (no server
// connection wired) isAvailable() is false and the view says so.
class AccountViewModel : public QObject
{
    Q_OBJECT
public:
    // `context` is read at each sign-in (the local server's address is only known once it runs).
    AccountViewModel(Settings& settings, ApiExecutor* executor, const ApiContext* context,
                     CredentialVault* vault, QObject* parent = nullptr);
    ~AccountViewModel() override;

    bool isAvailable() const { return m_executor && m_context && m_vault; }
    bool isSignedIn() const;
    bool isBusy() const;
    QString userName() const;
    // The signed-in account's role (kept in the settings, so it survives a restart); empty when
    // signed out.
    QString role() const;
    // Where the token is kept, for the view ("" while the keychain works).
    QString storageNotice() const;

    // False (with error()) when unavailable, busy, or the fields are empty.
    bool signIn(const QString& userName, const QString& password);
    void signOut();
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void stateChanged();
    // A sign-in succeeded (stateChanged() follows): the session token is in the vault.
    void signedIn(const QString& userName, const QString& role);
    void failed(const QString& message);

private:
    void fail(const QString& message);

    Settings& m_settings;
    ApiExecutor* m_executor;
    const ApiContext* m_context;
    CredentialVault* m_vault;
    QPointer<ApiCall> m_call;
    QString m_error;
};

} // namespace SafeScan
