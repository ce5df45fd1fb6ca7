#pragma once

// The whole safescan-server stack (as server/main.cpp wires it) inside the fuzz target's process,
// on a temporary SQLite database and 127.0.0.1:<free port>, with the abuse limits lifted so that
// fuzz inputs are judged by the handlers and not refused by the rate limits. An admin session and
// a device token are ready for authenticated requests.
#include "abuse/AbuseGuard.h"
#include "accounts/AccountAuth.h"
#include "analytics/AnalyticsHandlers.h"
#include "analytics/EventRateLimiter.h"
#include "analytics/EventStore.h"
#include "analytics/ServerMetricCounter.h"
#include "analytics/StatsQuery.h"
#include "base/Clock.h"
#include "http/AccountDataHandlers.h"
#include "http/AccountHandlers.h"
#include "http/ApiHandlers.h"
#include "http/ApiRouter.h"
#include "http/Auth.h"
#include "http/Metrics.h"
#include "http/ModerationHandlers.h"
#include "http/SyncHandlers.h"
#include "live/ChangeNotifier.h"
#include "live/LiveHub.h"
#include "live/LiveMessageStore.h"
#include "live/LiveServer.h"
#include "live/PresenceStore.h"
#include "moderation/DecisionStore.h"
#include "moderation/ModerationQueue.h"
#include "moderation/ModerationStore.h"
#include "moderation/QueueStore.h"
#include "ratings/RatingLookupCache.h"
#include "ratings/RatingQuery.h"
#include "storage/AccountDataStore.h"
#include "storage/AccountStore.h"
#include "storage/DeviceRepository.h"
#include "storage/ServerDatabase.h"
#include "storage/ServerSecret.h"
#include "storage/ServerVoteStore.h"
#include "storage/SyncStore.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace SafeScan::Fuzz {

class InProcessServer
{
public:
    InProcessServer()
    {
        using namespace Qt::StringLiterals;
        QString error;
        m_secret = ServerSecret::loadOrCreate(m_dir.filePath(u"server.secret"_s), error);
        require(m_dir.isValid() && m_secret.has_value(), error);
        m_databaseOwner = makeServerDatabase(
            *DatabaseUrl::parse(u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s), error), m_clock);
        require(m_databaseOwner && m_databaseOwner->open(), u"cannot open the database"_s);
        Database& database = *m_databaseOwner;

        m_devices = std::make_unique<DeviceRepository>(database);
        m_votes = std::make_unique<ServerVoteStore>(database);
        m_authenticator = std::make_unique<Authenticator>(*m_devices, *m_secret);
        m_decisions = std::make_unique<DecisionStore>(database);
        m_ratings = std::make_unique<RatingQuery>(*m_votes, *m_decisions, m_clock);
        AbuseConfig abuse;
        abuse.perAddress = {1'000'000'000, 1e9};
        abuse.votes.maxVotes = 1'000'000'000;
        abuse.spam.rapidVotes = 1'000'000'000;
        abuse.spam.maxRepeatsPerItem = 1'000'000'000;
        m_abuse = std::make_unique<AbuseGuard>(m_clock, abuse);
        m_liveMessages = std::make_unique<LiveMessageStore>(database);
        m_live = std::make_unique<LiveHub>(*m_liveMessages, m_notifier);
        require(m_live->start(error), error);
        m_lookupCache = std::make_unique<RatingLookupCache>(m_clock);
        m_handlers = std::make_unique<ApiHandlers>(database, *m_devices, *m_votes, *m_ratings, *m_abuse,
                                                   *m_authenticator, m_metrics, *m_live, *m_lookupCache);
        m_accounts = std::make_unique<AccountStore>(database);
        m_accountAuthenticator =
            std::make_unique<AccountAuthenticator>(*m_accounts, *m_authenticator, *m_secret);
        m_accountHandlers = std::make_unique<AccountHandlers>(*m_accounts, *m_accountAuthenticator, *m_live);
        m_moderationStore = std::make_unique<ModerationStore>(database);
        m_queueStore = std::make_unique<QueueStore>(database);
        m_queue =
            std::make_unique<ModerationQueue>(*m_moderationStore, *m_queueStore, *m_ratings, *m_decisions);
        m_moderationHandlers = std::make_unique<ModerationHandlers>(
            *m_moderationStore, *m_queue, *m_ratings, *m_abuse, *m_accountAuthenticator, *m_live);
        m_router = std::make_unique<ApiRouter>(*m_handlers, *m_accountHandlers, *m_moderationHandlers,
                                               m_metrics, *m_abuse);
        m_metricCounter = std::make_unique<ServerMetricCounter>(database, m_clock);
        m_handlers->setMetricCounter(m_metricCounter.get());
        m_accountHandlers->setMetricCounter(m_metricCounter.get());
        m_moderationHandlers->setMetricCounter(m_metricCounter.get());
        m_eventStore = std::make_unique<EventStore>(database, m_clock);
        m_statsQuery = std::make_unique<StatsQuery>(database);
        EventRateConfig eventRates;
        eventRates.perCaller = {1'000'000'000, 1e9};
        eventRates.perAddress = {1'000'000'000, 1e9};
        m_eventLimiter = std::make_unique<EventRateLimiter>(m_clock, eventRates);
        m_analyticsHandlers = std::make_unique<AnalyticsHandlers>(
            *m_eventStore, *m_statsQuery, *m_ratings, *m_accountAuthenticator, *m_eventLimiter, m_clock);
        m_syncStore = std::make_unique<SyncStore>(database);
        m_syncHandlers = std::make_unique<SyncHandlers>(*m_syncStore, *m_accountAuthenticator, m_clock);
        m_accountData = std::make_unique<AccountDataStore>(database);
        m_accountDataHandlers =
            std::make_unique<AccountDataHandlers>(*m_accountData, *m_accountAuthenticator);

        m_server = std::make_unique<QHttpServer>();
        m_router->install(*m_server);
        LiveLimits limits;
        limits.messages = {1'000'000'000, 1e9};
        limits.authTimeoutMs = 3'600'000;
        m_presence = std::make_unique<PresenceStore>(database);
        m_liveServer = std::make_unique<LiveServer>(*m_live, *m_presence, *m_accountAuthenticator, *m_abuse,
                                                    m_clock, limits);
        m_liveServer->install(*m_server);
        m_syncHandlers->install(*m_router, *m_server);
        m_accountDataHandlers->install(*m_router, *m_server);
        m_analyticsHandlers->install(*m_router, *m_server);
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        require(m_port != 0, u"cannot listen"_s);

        // An admin account with a session, and a device.
        QSqlQuery insert(database.connection());
        insert.prepare(u"INSERT INTO accounts(username, role, password_hash, created_at) "
                       u"VALUES('fuzz-admin', 'admin', 'unused', ?)"_s);
        insert.addBindValue(m_clock.epochMs());
        require(insert.exec(), u"cannot add the admin"_s);
        const std::optional<QString> session =
            m_accounts->createSession(insert.lastInsertId().toLongLong(), 24LL * 3600 * 1000, error);
        require(session.has_value(), error);
        m_adminToken = *session;
        const std::optional<QString> device = m_devices->registerDevice(error);
        require(device.has_value(), error);
        m_deviceToken = *device;
    }

    quint16 port() const { return m_port; }
    const QString& adminToken() const { return m_adminToken; }
    const QString& deviceToken() const { return m_deviceToken; }

private:
    static void require(bool ok, const QString& what)
    {
        if (!ok) {
            std::fprintf(stderr, "fuzz server setup failed: %s\n", qUtf8Printable(what));
            std::abort();
        }
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::optional<ServerSecret> m_secret;
    std::unique_ptr<Database> m_databaseOwner;
    InProcessNotifier m_notifier;
    Metrics m_metrics;
    std::unique_ptr<DeviceRepository> m_devices;
    std::unique_ptr<ServerVoteStore> m_votes;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<DecisionStore> m_decisions;
    std::unique_ptr<RatingQuery> m_ratings;
    std::unique_ptr<AbuseGuard> m_abuse;
    std::unique_ptr<LiveMessageStore> m_liveMessages;
    std::unique_ptr<LiveHub> m_live;
    std::unique_ptr<RatingLookupCache> m_lookupCache;
    std::unique_ptr<ApiHandlers> m_handlers;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<AccountAuthenticator> m_accountAuthenticator;
    std::unique_ptr<AccountHandlers> m_accountHandlers;
    std::unique_ptr<ModerationStore> m_moderationStore;
    std::unique_ptr<QueueStore> m_queueStore;
    std::unique_ptr<ModerationQueue> m_queue;
    std::unique_ptr<ModerationHandlers> m_moderationHandlers;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<ServerMetricCounter> m_metricCounter;
    std::unique_ptr<EventStore> m_eventStore;
    std::unique_ptr<StatsQuery> m_statsQuery;
    std::unique_ptr<EventRateLimiter> m_eventLimiter;
    std::unique_ptr<AnalyticsHandlers> m_analyticsHandlers;
    std::unique_ptr<SyncStore> m_syncStore;
    std::unique_ptr<SyncHandlers> m_syncHandlers;
    std::unique_ptr<AccountDataStore> m_accountData;
    std::unique_ptr<AccountDataHandlers> m_accountDataHandlers;
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<PresenceStore> m_presence;
    std::unique_ptr<LiveServer> m_liveServer;
    quint16 m_port = 0;
    QString m_adminToken;
    QString m_deviceToken;
};

// The fixture of a target that runs Qt (the QCoreApplication it needs is made first). Made on first
// use and destroyed by QCoreApplication's destructor (a post routine) while Qt still works.
// libFuzzer never destroys the application and exits with the fixture still reachable from here:
// destroying it from a static destructor would run after Qt SQL's own statics are gone.
template <typename Fixture>
Fixture& processFixture(char* targetName)
{
    static Fixture* slot = nullptr;
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char* argv[] = {targetName, nullptr};
        new QCoreApplication(argc, argv); // lives as long as the process
    }
    if (!slot) {
        slot = new Fixture;
        qAddPostRoutine([] {
            delete slot;
            slot = nullptr;
        });
    }
    return *slot;
}

} // namespace SafeScan::Fuzz
