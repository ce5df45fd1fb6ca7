#pragma once

#include "api/ApiContext.h"
#include "api/ApiExecutor.h"
#include "base/Scheduler.h"
#include "credentials/CredentialVault.h"
#include "credentials/KeychainSecretStore.h"

#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

namespace SafeScan {

class ApiJob;
class Clock;

// The community client pieces the login, sync and status commands share: the network manager,
// a real scheduler, the API executor (retry, breaker, health) and the credentials of one server
// in the keychain. Blocking helpers run the event loop until an answer is there (commands only).
class SyncClient
{
public:
    SyncClient(const Clock& clock, const QUrl& server, int maxAttempts);
    ~SyncClient();

    ApiContext context(std::function<QString()> token);
    ApiExecutor& executor() { return m_executor; }
    CredentialVault& vault() { return m_vault; }

    // Loads the vault and waits for it.
    void loadCredentials();
    // Waits until the last stored secret reached the keychain (true) or memory only (false).
    bool waitSaved();
    // Runs `job` through the executor and waits; the call's error (ok() on success).
    ApiError run(ApiJob* job);

    // A server base URL as given on the command line: http(s) with a host; empty when not.
    static QUrl parseServer(const QString& text, QString* error);

private:
    const Clock& m_clock;
    QUrl m_server;
    QNetworkAccessManager m_network;
    TimerScheduler m_scheduler;
    ApiExecutor m_executor;
    KeychainSecretStore m_keychain;
    CredentialVault m_vault;
    std::optional<bool> m_saved;
};

} // namespace SafeScan
