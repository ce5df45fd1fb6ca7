#pragma once

#include "api/ApiContext.h"
#include "api/ApiError.h"
#include "api/ApiExecutor.h"
#include "base/Scheduler.h"
#include "credentials/CredentialVault.h"
#include "credentials/KeychainSecretStore.h"

#include <QCommandLineOption>
#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

namespace SafeScan {

class AppContext;
class ApiJob;
class LiveClient;
class RatingCache;
class RatingService;
class VoteRepository;

// What the community commands (vote, report, watch) share: the server (--server, else the
// "server/url" setting), its credentials in the keychain (a device is registered on first use),
// the API executor and the rating service on the local store. Blocking helpers run the event
// loop until the answer is there (commands only, never the window).
class CommunitySession
{
public:
    explicit CommunitySession(AppContext& context);
    ~CommunitySession();
    CommunitySession(const CommunitySession&) = delete;
    CommunitySession& operator=(const CommunitySession&) = delete;

    static QCommandLineOption serverOption();

    // Resolves the server, loads the credentials (registering this device when it has no token
    // yet) and opens the local store. False with a sentence in `error`.
    bool open(const QString& serverOption, QString* error);

    QUrl server() const { return m_server; }
    ApiContext context();
    ApiExecutor& executor() { return *m_executor; }
    RatingService& ratings() { return *m_ratings; }
    CredentialVault& vault() { return *m_vault; }
    Scheduler& scheduler() { return m_scheduler; }
    // A live client on this server with the device token (not started).
    std::unique_ptr<LiveClient> makeLiveClient();

    // Runs `job` through the executor and waits; the call's error (ok() on success). `done` sees
    // the finished call (and its job) before it goes away.
    ApiError run(ApiJob* job, const std::function<void(const ApiCall&)>& done = {});

private:
    bool ensureDeviceToken(QString* error);

    AppContext& m_context;
    QUrl m_server;
    QNetworkAccessManager m_network;
    TimerScheduler m_scheduler;
    std::unique_ptr<ApiExecutor> m_executor;
    KeychainSecretStore m_keychain;
    std::unique_ptr<CredentialVault> m_vault;
    std::unique_ptr<RatingCache> m_cache;
    std::unique_ptr<VoteRepository> m_votes;
    std::unique_ptr<RatingService> m_ratings;
};

} // namespace SafeScan
