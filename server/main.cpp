// safescan-server: wiring only. See ServerOptions (command line), storage/ (schema, repositories),
// http/ (routes, JSON, auth, metrics) and ratings/.
#include "ServerOptions.h"
#include "SignalWatcher.h"
#include "abuse/AbuseGuard.h"
#include "accounts/AccountAuth.h"
#include "accounts/AdminCommand.h"
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
#include "http/HttpLog.h"
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
#include "retention/RetentionJob.h"
#include "storage/AccountDataStore.h"
#include "storage/AccountStore.h"
#include "storage/DeviceRepository.h"
#include "storage/PostgresNotifier.h"
#include "storage/ServerDatabase.h"
#include "storage/ServerSecret.h"
#include "storage/ServerVoteStore.h"
#include "storage/SyncStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHttpServer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "safescan-server: %s\n", qUtf8Printable(message));
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SafeScan"_s);
    QCoreApplication::setApplicationName(u"safescan-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SAFESCAN_SERVER_VERSION));

    // `safescan-server admin ...`: account administration (exit codes 0 ok, 1 usage, 2 failure).
    if (argc > 1 && qstrcmp(argv[1], "admin") == 0)
        return runAdminCommand(QCoreApplication::arguments());

    QString error;
    const std::optional<ServerOptions> options = ServerOptions::parse(QCoreApplication::arguments(), error);
    if (!options)
        return fail(ExitUsage, error);

    SignalWatcher signalWatcher;
    if (!signalWatcher.install())
        return fail(ExitFailure, signalWatcher.errorString());
    QObject::connect(&signalWatcher, &SignalWatcher::shutdownRequested, &app, [](int signalNumber) {
        qCInfo(lcServerHttp) << "signal" << signalNumber << "received, shutting down";
        QCoreApplication::quit();
    });

    const std::optional<ServerSecret> secret =
        ServerSecret::loadOrCreate(options->dataDir + u"/server.secret"_s, error);
    if (!secret)
        return fail(ExitFailure, error);

    SystemClock clock;
    const std::unique_ptr<Database> databaseOwner = makeServerDatabase(options->database, clock);
    Database& database = *databaseOwner;
    if (!database.open())
        return fail(ExitFailure, database.errorString());

    // Live updates between instances: LISTEN/NOTIFY on PostgreSQL, in-process on SQLite.
    std::unique_ptr<ChangeNotifier> changeNotifier;
    if (options->database.isPostgres()) {
        auto postgres = std::make_unique<PostgresNotifier>(options->database.server);
        if (!postgres->start())
            return fail(ExitFailure, postgres->errorString());
        changeNotifier = std::move(postgres);
    } else {
        changeNotifier = std::make_unique<InProcessNotifier>();
    }

    DeviceRepository devices(database);
    ServerVoteStore votes(database);
    Authenticator authenticator(devices, *secret);
    Metrics metrics;
    DecisionStore decisions(database);
    const RatingQuery ratings(votes, decisions, clock);
    AbuseConfig abuseConfig;
    abuseConfig.perAddress.capacity = options->rateCapacity;
    abuseConfig.perAddress.refillPerSecond = options->rateRefillPerSecond;
    abuseConfig.votes.maxVotes = options->votesPerWindow;
    abuseConfig.spam.rapidVotes = options->spamRapidVotes;
    abuseConfig.spam.maxRepeatsPerItem = options->spamItemRepeats;
    AbuseGuard abuse(clock, abuseConfig);
    LiveMessageStore liveMessages(database);
    LiveHub live(liveMessages, *changeNotifier);
    if (!live.start(error))
        return fail(ExitFailure, error);
    // Back from an outage, the PostgreSQL notifier has missed notifications: read every channel.
    if (auto* postgres = qobject_cast<PostgresNotifier*>(changeNotifier.get()))
        QObject::connect(postgres, &PostgresNotifier::listening, &live, &LiveHub::catchUpAll);
    RatingLookupCache lookupCache(clock);
    QObject::connect(&live, &LiveHub::channelChanged, &live,
                     [&lookupCache](const QString& channel) { lookupCache.invalidateChannel(channel); });
    ApiHandlers handlers(database, devices, votes, ratings, abuse, authenticator, metrics, live, lookupCache);
    AccountStore accounts(database);
    AccountAuthenticator accountAuthenticator(accounts, authenticator, *secret);
    AccountHandlers accountHandlers(accounts, accountAuthenticator, live);
    ModerationStore moderationStore(database);
    QueueStore queueStore(database);
    const ModerationQueue moderationQueue(moderationStore, queueStore, ratings, decisions);
    ModerationHandlers moderationHandlers(moderationStore, moderationQueue, ratings, abuse,
                                          accountAuthenticator, live);
    ApiRouter router(handlers, accountHandlers, moderationHandlers, metrics, abuse);
    router.setClientAddress(ClientAddress(options->trustedProxies));

    // Analytics (SPEC §10): events in, stats out, and the server's own actions counted alongside.
    ServerMetricCounter metricCounter(database, clock);
    handlers.setMetricCounter(&metricCounter);
    accountHandlers.setMetricCounter(&metricCounter);
    moderationHandlers.setMetricCounter(&metricCounter);
    EventStore eventStore(database, clock);
    StatsQuery statsQuery(database);
    EventRateConfig eventRates;
    eventRates.perCaller.capacity = options->eventsRateCapacity;
    eventRates.perCaller.refillPerSecond = options->eventsRateRefillPerSecond;
    eventRates.perAddress.capacity = options->eventsRateCapacity * 10;
    eventRates.perAddress.refillPerSecond = options->eventsRateRefillPerSecond * 10;
    EventRateLimiter eventLimiter(clock, eventRates);
    AnalyticsHandlers analyticsHandlers(eventStore, statsQuery, ratings, accountAuthenticator, eventLimiter,
                                        clock);

    SyncStore syncStore(database);
    SyncHandlers syncHandlers(syncStore, accountAuthenticator, clock);
    AccountDataStore accountData(database);
    AccountDataHandlers accountDataHandlers(accountData, accountAuthenticator);
    RetentionJob retention(database, clock, options->retention);
    retention.start();

    QHttpServer server;
    router.install(server);
    // Declared after the server: its WebSocket connections go first on the way out.
    LiveLimits liveLimits;
    liveLimits.authTimeoutMs = options->liveAuthTimeoutMs;
    liveLimits.presenceTtlMs = options->presenceTtlMs;
    PresenceStore presence(database);
    LiveServer liveServer(live, presence, accountAuthenticator, abuse, clock, liveLimits);
    liveServer.install(server);
    syncHandlers.install(router, server);
    accountDataHandlers.install(router, server);
    analyticsHandlers.install(router, server);
    const quint16 port = server.listen(options->address, options->port);
    if (port == 0) {
        return fail(ExitFailure,
                    u"cannot listen on %1:%2"_s.arg(options->address.toString()).arg(options->port));
    }
    const QString host = options->address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u"[%1]"_s.arg(options->address.toString())
                             : options->address.toString();
    std::fprintf(stdout, "listening on %s:%u\n", qUtf8Printable(host), unsigned(port));
    std::fflush(stdout);

    return app.exec();
}
