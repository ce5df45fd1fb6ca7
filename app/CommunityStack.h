#pragma once

#include "api/ApiContext.h"
#include "base/Scheduler.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>

namespace SafeScan {

class ApiExecutor;
class AppAnalytics;
class LiveClient;
class AppState;
class Clock;
class CommunityClient;
class CommunityJournal;
class Database;
class RatingCache;
class RatingService;
class VoteRepository;

// Wiring only: the community client parts on the local store's database for one server — network
// manager, timers, API executor, rating cache, my votes, the journal, the rating service and the
// CommunityClient the views use (MainWindow::Options::community).
//
// Tokens: until Settings signs in and keeps tokens in the keychain, start() registers an anonymous
// device token for this session (memory only). setSessionToken() and CommunityClient::setAccount()
// are the hooks for sign-in; the live client calls CommunityClient::applyRatingUpdate().
class CommunityStack : public QObject
{
    Q_OBJECT
public:
    CommunityStack(Database& database, const Clock& clock, const QUrl& server, QObject* parent = nullptr);
    ~CommunityStack() override;

    CommunityClient* client() const { return m_client.get(); }
    ApiExecutor& executor() const { return *m_executor; }
    // Registers a device token when there is none (POST /v1/devices).
    void start();
    void setDeviceToken(const QString& token) { m_deviceToken = token; }
    void setSessionToken(const QString& token) { m_sessionToken = token; }
    // Sends the app's analytics events (once the user opted in) to this server with the device
    // token, through the analytics service's own executor (its own breaker and health).
    void attachAnalytics(AppAnalytics& analytics);
    // Live rating updates for the items on screen (RatingService::watch); connected once the device
    // token is known.
    LiveClient* live() const { return m_live.get(); }
    ApiExecutor& analyticsExecutor() const { return *m_analyticsExecutor; }

private:
    ApiContext context(TokenProvider token);

    QUrl m_server;
    const Clock& m_clock;
    QNetworkAccessManager m_network;
    TimerScheduler m_scheduler;
    QString m_deviceToken;
    QString m_sessionToken;
    std::unique_ptr<ApiExecutor> m_executor;
    std::unique_ptr<ApiExecutor> m_analyticsExecutor;
    std::unique_ptr<LiveClient> m_live;
    std::unique_ptr<RatingCache> m_cache;
    std::unique_ptr<VoteRepository> m_votes;
    std::unique_ptr<AppState> m_state;
    std::unique_ptr<CommunityJournal> m_journal;
    std::unique_ptr<RatingService> m_ratings;
    std::unique_ptr<CommunityClient> m_client;
};

} // namespace SafeScan
