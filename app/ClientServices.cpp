#include "ClientServices.h"

#include "api/ApiExecutor.h"
#include "api/HealthJob.h"
#include "credentials/CredentialVault.h"
#include "credentials/KeychainSecretStore.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace SafeScan {

ClientServices::ClientServices(const QUrl& identity, const QUrl& server, const Clock& clock)
    : m_network(std::make_unique<QNetworkAccessManager>())
    , m_keychain(std::make_unique<KeychainSecretStore>(u"SafeScan"_s))
{
    m_context.network = m_network.get();
    m_context.baseUrl = server;
    m_context.clock = &clock;
    m_context.scheduler = &m_scheduler;
    m_api = std::make_unique<ApiExecutor>(Service::Api, clock, m_scheduler);
    m_vault = std::make_unique<CredentialVault>(*m_keychain, identity);
    CredentialVault* vault = m_vault.get();
    m_context.token = [vault] {
        return vault->sessionToken().isEmpty() ? vault->deviceToken() : vault->sessionToken();
    };
    m_vault->load();
}

ClientServices::~ClientServices() = default;

void ClientServices::probe()
{
    if (m_context.baseUrl.isValid())
        m_api->run(new HealthJob(m_context), m_network.get());
}

} // namespace SafeScan
