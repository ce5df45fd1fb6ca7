#include "ServerConnection.h"

#include "ConnectionLog.h"
#include "api/ApiExecutor.h"
#include "api/HealthJob.h"
#include "api/RegisterDeviceJob.h"
#include "community/CommunityJournal.h"
#include "community/RatingService.h"
#include "credentials/CredentialVault.h"
#include "live/LiveClient.h"
#include "localdata/AppState.h"
#include "localdata/RatingCache.h"
#include "localdata/VoteRepository.h"
#include "sync/ConnectivityWatcher.h"
#include "sync/OutboxSender.h"
#include "sync/SyncState.h"
#include "viewmodels/AccountViewModel.h"
#include "viewmodels/CommunityClient.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
ApiExecutor::Options executorOptions(int maxAttempts)
{
    ApiExecutor::Options options;
    if (maxAttempts > 0)
        options.retry.maxAttempts = maxAttempts;
    return options;
}
} // namespace

ServerConnection::ServerConnection(Settings& settings, const Clock& clock, SecretStore& keychain,
                                   const QUrl& identity, const QUrl& server, Options options, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_identity(identity)
    , m_server(server)
    , m_options(options)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_context = context({});
    m_api =
        std::make_unique<ApiExecutor>(Service::Api, clock, m_scheduler, executorOptions(options.maxAttempts));
    m_analytics = std::make_unique<ApiExecutor>(Service::Analytics, clock, m_scheduler);
    m_vault = std::make_unique<CredentialVault>(keychain, identity);
    CredentialVault* vault = m_vault.get();
    m_context.token = [vault] {
        return vault->sessionToken().isEmpty() ? vault->deviceToken() : vault->sessionToken();
    };
    m_live = std::make_unique<LiveClient>(
        server, [vault] { return vault->deviceToken(); }, clock, m_scheduler);
    m_account = std::make_unique<AccountViewModel>(settings, m_api.get(), &m_context, vault);
    connect(m_account.get(), &AccountViewModel::signedIn, this, &ServerConnection::onSignedIn);
    connect(m_account.get(), &AccountViewModel::stateChanged, this, [this] {
        refreshAccount();
        updateSyncEngine();
    });
    connect(vault, &CredentialVault::loaded, this, &ServerConnection::onCredentialsLoaded);
    m_vault->load();
}

ServerConnection::~ServerConnection()
{
    // The engine, the client and the rating service use the executor, the live client and the vault.
    m_sync.reset();
    m_client.reset();
    m_outbox.reset();
    if (m_ratings)
        m_ratings->setLiveClient(nullptr);
    m_ratings.reset();
    m_account.reset();
    m_live.reset();
}

ApiContext ServerConnection::context(TokenProvider token) const
{
    ApiContext c;
    c.network = m_network.get();
    c.baseUrl = m_server;
    c.token = std::move(token);
    c.clock = &m_clock;
    c.scheduler = &m_scheduler;
    return c;
}

ApiContext ServerConnection::deviceContext() const
{
    return context([vault = m_vault.get()] { return vault->deviceToken(); });
}

ApiContext ServerConnection::sessionContext() const
{
    return context([vault = m_vault.get()] { return vault->sessionToken(); });
}

ApiContext ServerConnection::anonymousContext() const
{
    return context({});
}

void ServerConnection::attachStore(Database& database, HistoryStore* history)
{
    if (m_database)
        return;
    m_database = &database;
    m_history = history;
    m_cache = std::make_unique<RatingCache>(database, m_clock);
    m_votes = std::make_unique<VoteRepository>(database, m_clock);
    m_state = std::make_unique<AppState>(database);
    m_journal = std::make_unique<CommunityJournal>(*m_state, m_clock);
    m_ratings = std::make_unique<RatingService>(*m_api, deviceContext(), *m_cache, *m_votes);
    m_ratings->setLiveClient(m_live.get());
    if (m_options.sendOutbox) {
        m_outbox = std::make_unique<OutboxSender>(database, *m_votes, *m_api, deviceContext(),
                                                  OutboxSender::Options{});
        if (!m_connectivity)
            m_connectivity = std::make_unique<ConnectivityWatcher>();
        m_outbox->watchConnectivity(*m_connectivity);
    }
    CommunityServices services;
    services.ratings = m_ratings.get();
    services.executor = m_api.get();
    services.reportContext = m_context;
    services.moderationContext = sessionContext();
    services.votes = m_votes.get();
    services.journal = m_journal.get();
    services.clock = &m_clock;
    services.outbox = m_outbox.get();
    m_client = std::make_unique<CommunityClient>(services);
    refreshAccount();
    updateSyncEngine();
}

void ServerConnection::onCredentialsLoaded()
{
    if (const std::optional<SyncKey> key = SyncKey::fromBytes(m_vault->syncKey()))
        m_key = key;
    refreshAccount();
    updateSyncEngine();
    Q_EMIT credentialsLoaded();
    if (m_started)
        startLive();
}

void ServerConnection::start()
{
    m_started = true;
    if (m_vault->isLoaded())
        startLive();
}

void ServerConnection::startLive()
{
    if (!isConnected() || m_registering)
        return;
    if (!m_vault->deviceToken().isEmpty()) {
        m_live->start();
        Q_EMIT deviceReady(false);
        return;
    }
    m_registering = true;
    m_api->run(new RegisterDeviceJob(anonymousContext()), this, [this](const ApiCall& call) {
        m_registering = false;
        if (!call.error().ok()) {
            const QString message = tr("Cannot register this device with %1: %2")
                                        .arg(m_server.toDisplayString(), call.error().toString());
            qCWarning(lcConnection).noquote() << message;
            Q_EMIT deviceFailed(message);
            return;
        }
        m_vault->setDeviceToken(static_cast<const RegisterDeviceJob*>(call.job())->token());
        if (m_vault->storage() == CredentialVault::Storage::MemoryOnly)
            qCWarning(lcConnection).noquote()
                << "Device token kept for this session only:" << m_vault->storageNotice();
        refreshAccount();
        m_live->start();
        Q_EMIT deviceReady(true);
    });
}

void ServerConnection::probe()
{
    if (isConnected())
        m_api->run(new HealthJob(m_context), m_network.get());
}

// The account the views see follows the vault and the sign-in.
void ServerConnection::refreshAccount()
{
    CommunityAccount account;
    if (m_account->isSignedIn())
        account = {CommunityAccount::Kind::Account, m_account->userName(), m_account->role()};
    else if (!m_vault->deviceToken().isEmpty())
        account = {CommunityAccount::Kind::Device, {}, {}};
    if (m_client && m_client->account() != account)
        m_client->setAccount(account);
}

// Signing in to another account than the one the history synced with starts sync over
// (SyncState::setAccount) and forgets the other account's key, as `safescan login` does.
void ServerConnection::onSignedIn(const QString& userName)
{
    if (!m_database)
        return;
    SyncState state(*m_database);
    const QString server = m_identity.adjusted(QUrl::StripTrailingSlash).toString();
    if (state.server() == server && state.username() == userName)
        return;
    QString error;
    if (!state.setAccount(server, userName, &error)) {
        qCWarning(lcConnection).noquote() << "Cannot record the sync account:" << error;
        return;
    }
    m_keyToCheck.reset();
    if (m_key || !m_vault->syncKey().isEmpty()) {
        m_key.reset();
        m_vault->setSyncKey({});
    }
    updateSyncEngine();
}

} // namespace SafeScan
