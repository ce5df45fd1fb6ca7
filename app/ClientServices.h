#pragma once

#include "api/ApiContext.h"
#include "base/Scheduler.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace SafeScan {

class ApiExecutor;
class Clock;
class CredentialVault;
class SecretStore;

// The window's connection to the community server: the network manager, the timer scheduler, the
// API executor (breaker, retries, health) and the credential vault (keychain) for the server in
// the settings (or the local default). Wiring only; the parts live in core/api and
// core/credentials. The live and sync engines will hang their own executors off the same pieces.
class ClientServices
{
public:
    // `identity` names the server's credentials in the keychain; `server` is where requests go
    // (empty until setServer() when the local server is still starting).
    ClientServices(const QUrl& identity, const QUrl& server, const Clock& clock);
    ~ClientServices();
    ClientServices(const ClientServices&) = delete;
    ClientServices& operator=(const ClientServices&) = delete;

    QUrl server() const { return m_context.baseUrl; }
    const ApiContext& apiContext() const { return m_context; }
    ApiExecutor& api() { return *m_api; }
    CredentialVault& vault() { return *m_vault; }
    // GET /v1/health once, so the status bar shows whether the server answers.
    void probe();
    void setServer(const QUrl& server) { m_context.baseUrl = server; }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    TimerScheduler m_scheduler;
    ApiContext m_context;
    std::unique_ptr<ApiExecutor> m_api;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<CredentialVault> m_vault;
};

} // namespace SafeScan
