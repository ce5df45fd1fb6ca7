#pragma once

#include "api/ApiContext.h"
#include "base/Scheduler.h"
#include "sync/SyncEngine.h"
#include "sync/SyncKey.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace SafeScan {

class AccountViewModel;
class ApiExecutor;
class AppState;
class Clock;
class CommunityClient;
class CommunityJournal;
class ConnectivityWatcher;
class OutboxSender;
class CredentialVault;
class Database;
class HistoryStore;
class LiveClient;
class RatingCache;
class RatingService;
class SecretStore;
class Settings;
class StatusViewModel;
class VoteRepository;

// The client's one connection to a community server, shared by the window and the commands: one
// network manager, one timer scheduler, the API executor (retry, breaker, health), the analytics
// executor, the credential vault (keychain, memory only with a notice), the live client, the sign-in
// (AccountViewModel), and on the local store the rating cache and service, my votes, the journal,
// the CommunityClient the views use and the history SyncEngine.
//
// Tokens: the device token (POST /v1/devices on first use, kept in the vault) for votes, live
// updates and analytics; the session token (sign-in) for moderation, statistics and sync; reports
// and the sign-in context take the session token, else the device token. The account the views see
// (CommunityClient::account(): kind, name, role) follows the vault and the sign-in at once.
//
// Sync: the engine exists while a session token is kept, the store (with its history) is attached
// and a sync key is known (the vault's, or one given to setSyncKey()). It syncs at start, after local changes
// (localChanged(), debounced), when connectivity comes back, and on its retry timer.
class ServerConnection final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxAttempts = 0;  // API attempts per operation; 0: the executor's default
        bool autoSync = true; // a new engine syncs at once (the window); off: syncNow() by hand
        // The window sends queued votes and reports by itself (outbox()); a command does not (it
        // would spend the command's attempts and the breaker on rows `safescan sync` sends).
        bool sendOutbox = true;
        SyncEngine::Options sync;
    };

    // `identity` names this server's credentials in the keychain (stable even when the local
    // server's port changes); `server` is where requests go (invalid: not connected, every
    // request fails). Starts loading the credentials; credentialsLoaded() follows.
    ServerConnection(Settings& settings, const Clock& clock, SecretStore& keychain, const QUrl& identity,
                     const QUrl& server, Options options, QObject* parent = nullptr);
    ServerConnection(Settings& settings, const Clock& clock, SecretStore& keychain, const QUrl& identity,
                     const QUrl& server, QObject* parent = nullptr)
        : ServerConnection(settings, clock, keychain, identity, server, Options{}, parent)
    {}
    ~ServerConnection() override;

    QUrl identity() const { return m_identity; }
    QUrl server() const { return m_server; }
    bool isConnected() const { return m_server.isValid() && !m_server.isRelative(); }
    const Clock& clock() const { return m_clock; }
    QNetworkAccessManager& network() const { return *m_network; }
    Scheduler& scheduler() { return m_scheduler; }
    ApiExecutor& api() const { return *m_api; }
    ApiExecutor& analyticsExecutor() const { return *m_analytics; }
    CredentialVault& vault() const { return *m_vault; }
    LiveClient& live() const { return *m_live; }
    // Sign-in and sign-out (the Settings view's AccountPanel presents it).
    AccountViewModel& account() const { return *m_account; }

    // The session token, else the device token (sign-in, health, reports). Stable address.
    const ApiContext& apiContext() const { return m_context; }
    ApiContext deviceContext() const;
    ApiContext sessionContext() const;
    ApiContext anonymousContext() const;

    // The community and sync parts on the client database (`history` may be null: no sync).
    void attachStore(Database& database, HistoryStore* history);
    RatingService* ratings() const { return m_ratings.get(); }
    CommunityClient* community() const { return m_client.get(); }
    // Sends the votes and reports the outbox holds (queued while the server could not be reached)
    // by itself; null before attachStore() and when Options::sendOutbox is off.
    OutboxSender* outbox() const { return m_outbox.get(); }

    // For the window: once the credentials are loaded, registers this device when it has no token
    // yet (kept in the vault), then starts the live client. deviceReady() or deviceFailed() follow.
    void start();
    // GET /v1/health once, so the status shows whether the server answers.
    void probe();

    // Sync. The hook for the Settings passphrase panel: a key derived from the passphrase
    // (SyncKey::derive(passphrase, account().userName(), ...)) is checked by a sync at once;
    // syncKeyChecked() tells whether it was taken (then kept in the vault) or refused (a wrong
    // passphrase: the previous key stays). nullopt switches sync off and forgets the key.
    void setSyncKey(std::optional<SyncKey> key);
    bool hasSyncKey() const { return m_key.has_value(); }
    SyncEngine* syncEngine() const { return m_sync.get(); }
    // A local history change (pin, note, delete, scan, import): the engine syncs after its debounce.
    void localChanged();
    // Feeds the status bar: each service's health, the live round trip, the outbox depth, the last
    // sync and its error.
    void bindStatus(StatusViewModel& status);

Q_SIGNALS:
    void credentialsLoaded();
    // The device token is there (`registered`: just now, else from the keychain).
    void deviceReady(bool registered);
    void deviceFailed(const QString& message);
    // The engine came or went (sign-in, sign-out, a sync key).
    void syncEngineChanged();
    // The engine's status changed (outbox, last sync, error).
    void syncStatusChanged();
    // The answer to setSyncKey(): `accepted`, else why not (a sentence).
    void syncKeyChecked(bool accepted, const QString& message);

private:
    ApiContext context(TokenProvider token) const;
    void onCredentialsLoaded();
    void startLive();
    void refreshAccount();
    void onSignedIn(const QString& userName);
    void updateSyncEngine();
    void onSyncFinished();
    void applySyncStatus(StatusViewModel& status) const;

    Settings& m_settings;
    const Clock& m_clock;
    const QUrl m_identity;
    const QUrl m_server;
    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    mutable TimerScheduler m_scheduler; // handed to the contexts the const getters make
    ApiContext m_context;
    std::unique_ptr<ApiExecutor> m_api;
    std::unique_ptr<ApiExecutor> m_analytics;
    std::unique_ptr<CredentialVault> m_vault;
    std::unique_ptr<LiveClient> m_live;
    std::unique_ptr<AccountViewModel> m_account;

    Database* m_database = nullptr;
    HistoryStore* m_history = nullptr;
    std::unique_ptr<RatingCache> m_cache;
    std::unique_ptr<VoteRepository> m_votes;
    std::unique_ptr<AppState> m_state;
    std::unique_ptr<CommunityJournal> m_journal;
    std::unique_ptr<RatingService> m_ratings;
    std::unique_ptr<OutboxSender> m_outbox;
    std::unique_ptr<CommunityClient> m_client;

    std::optional<SyncKey> m_key;
    std::optional<SyncKey> m_keyToCheck; // given to setSyncKey(), not yet checked by a sync
    std::unique_ptr<ConnectivityWatcher> m_connectivity;
    std::unique_ptr<SyncEngine> m_sync;
    bool m_started = false;
    bool m_registering = false;
};

} // namespace SafeScan
