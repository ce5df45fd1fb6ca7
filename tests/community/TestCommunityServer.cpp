// The client stack against the real safescan-server on port 0: device registration through the
// executor into the credential vault, lookup by prefix, vote, retract, report, the server's 401
// and 429 answers mapped to ApiError, and the cache answering once the server is gone. Everything
// the client logs meanwhile (every safescan category at debug level) holds no token, password,
// scanned URL or IP address but the server's own (issue #10).
#include "../server/ApiClient.h"
#include "../server/ServerProcess.h"
#include "api/AccountExportJob.h"
#include "api/ApiExecutor.h"
#include "api/CreateReportJob.h"
#include "api/CreateSessionJob.h"
#include "api/DeleteAccountJob.h"
#include "api/HealthJob.h"
#include "api/PutVoteJob.h"
#include "api/RegisterDeviceJob.h"
#include "base/Clock.h"
#include "base/Scheduler.h"
#include "community/RatingService.h"
#include "credentials/CredentialVault.h"
#include "credentials/MemorySecretStore.h"
#include "localdata/ContentHash.h"
#include "localdata/RatingCache.h"
#include "localdata/VoteRepository.h"
#include "store/ClientSchema.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

const QString ScannedUrl = u"https://community.example/page"_s;

// What the client logged during the test, every safescan category at debug level.
QStringList& clientLog()
{
    static QStringList lines;
    return lines;
}
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    clientLog().append(QString::fromLatin1(context.category ? context.category : "") + u": "_s + message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestCommunityServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void healthAndRegistration();
    void lookupVoteRetract();
    void report();
    void serverErrorsAreTyped();
    void accountExportAndDeletion();
    void cacheAnswersWhenTheServerIsGone();
    void logHoldsNoSecrets();

private:
    ApiContext context();
    ApiCall* runToEnd(ApiJob* job);
    RatingLookup lookup(const QString& hash, bool refresh);
    VoteResult vote(const QString& hash, std::optional<Vote> vote);

    ServerProcess m_server;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    TimerScheduler m_scheduler;
    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
    std::unique_ptr<CredentialVault> m_vault;
    std::unique_ptr<ApiExecutor> m_executor;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RatingCache> m_cache;
    std::unique_ptr<VoteRepository> m_votes;
    std::unique_ptr<RatingService> m_service;
    const QString m_hash = ContentHash::ofCanonicalContent(ScannedUrl);
    QStringList m_tokens; // every token the server gave out
};

void TestCommunityServer::initTestCase()
{
    QLoggingCategory::setFilterRules(u"safescan.*=true"_s);
    previousHandler = qInstallMessageHandler(captureMessage);
    m_network.setProxy(QNetworkProxy::NoProxy);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_vault = std::make_unique<CredentialVault>(m_secrets, m_server.url(u"/"_s));
    ApiExecutor::Options options;
    options.retry.maxAttempts = 1; // the server answers at once; retries have their own tests
    m_executor = std::make_unique<ApiExecutor>(Service::Api, m_clock, m_scheduler, options);
    m_db = std::make_unique<Database>(m_dir.filePath(u"client.sqlite"_s), m_clock, clientSchema());
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_cache = std::make_unique<RatingCache>(*m_db, m_clock);
    m_votes = std::make_unique<VoteRepository>(*m_db, m_clock);
    m_service = std::make_unique<RatingService>(*m_executor, context(), *m_cache, *m_votes);
}

void TestCommunityServer::cleanupTestCase()
{
    m_service.reset();
    m_db.reset();
    m_server.stop();
}

ApiContext TestCommunityServer::context()
{
    ApiContext c;
    c.network = &m_network;
    c.baseUrl = m_server.url(u"/"_s);
    c.token = [this] { return m_vault->deviceToken(); };
    c.clock = &m_clock;
    c.scheduler = &m_scheduler;
    c.timeoutMs = 15'000;
    return c;
}

ApiCall* TestCommunityServer::runToEnd(ApiJob* job)
{
    ApiCall* call = m_executor->run(job, this);
    call->setAutoDelete(false);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(20'000))
        qWarning() << "no answer from the server";
    return call;
}

RatingLookup TestCommunityServer::lookup(const QString& hash, bool refresh)
{
    std::optional<RatingLookup> result;
    m_service->lookup(
        hash, this, [&result](const RatingLookup& r) { result = r; }, refresh);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
        qWarning() << "no answer within 20 s";
    return result.value_or(RatingLookup{});
}

VoteResult TestCommunityServer::vote(const QString& hash, std::optional<Vote> vote)
{
    std::optional<VoteResult> result;
    const auto done = [&result](const VoteResult& r) { result = r; };
    if (vote)
        m_service->vote(hash, *vote, this, done);
    else
        m_service->retract(hash, this, done);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
        qWarning() << "no answer within 20 s";
    return result.value_or(VoteResult{});
}

void TestCommunityServer::healthAndRegistration()
{
    std::unique_ptr<ApiCall> health(runToEnd(new HealthJob(context())));
    QVERIFY2(health->error().ok(), qPrintable(health->error().toString()));
    QCOMPARE(static_cast<HealthJob*>(health->job())->database(), u"ok"_s);
    QCOMPARE(m_executor->health().state(), ServiceState::Online);

    std::unique_ptr<ApiCall> registration(runToEnd(new RegisterDeviceJob(context())));
    QVERIFY2(registration->error().ok(), qPrintable(registration->error().toString()));
    const QString token = static_cast<RegisterDeviceJob*>(registration->job())->token();
    QCOMPARE(token.size(), 43);
    m_tokens.append(token);
    QSignalSpy saved(m_vault.get(), &CredentialVault::saved);
    m_vault->setDeviceToken(token);
    QVERIFY(saved.wait(5000));
    QCOMPARE(m_vault->deviceToken(), token);
}

void TestCommunityServer::lookupVoteRetract()
{
    QVERIFY(!m_vault->deviceToken().isEmpty());
    const RatingLookup before = lookup(m_hash, false);
    QCOMPARE(before.source, RatingLookup::Source::Server);
    QCOMPARE(before.rating, RatingInfo::unrated(m_hash));

    const VoteResult voted = vote(m_hash, Vote::Unsafe);
    QVERIFY(voted.recorded);
    QVERIFY2(voted.sent, qPrintable(voted.error.toString()));
    QCOMPARE(voted.rating->unsafe, 1);
    QCOMPARE(voted.rating->safe, 0);
    QVERIFY(m_votes->vote(m_hash)->synced);

    const RatingLookup after = lookup(m_hash, true);
    QCOMPARE(after.source, RatingLookup::Source::Server);
    QCOMPARE(after.rating->unsafe, 1); // the server matched our prefix; we matched our hash

    const VoteResult changed = vote(m_hash, Vote::Safe);
    QVERIFY2(changed.sent, qPrintable(changed.error.toString()));
    QCOMPARE(changed.rating->safe, 1);
    QCOMPARE(changed.rating->unsafe, 0); // replaced, not added

    const VoteResult retracted = vote(m_hash, std::nullopt);
    QVERIFY2(retracted.sent, qPrintable(retracted.error.toString()));
    const RatingLookup gone = lookup(m_hash, false); // the cache entry was dropped: asks again
    QCOMPARE(gone.source, RatingLookup::Source::Server);
    QCOMPARE(gone.rating->safe + gone.rating->unsafe, 0);
}

void TestCommunityServer::report()
{
    std::unique_ptr<ApiCall> call(runToEnd(
        new CreateReportJob(context(), {m_hash, u"phishing"_s, u"asks for a password"_s, std::nullopt})));
    QVERIFY2(call->error().ok(), qPrintable(call->error().toString()));
    QVERIFY(static_cast<CreateReportJob*>(call->job())->reportId() > 0);
}

void TestCommunityServer::serverErrorsAreTyped()
{
    std::unique_ptr<ApiCall> login(
        runToEnd(new CreateSessionJob(context(), u"nobody"_s, u"wrong password"_s)));
    QCOMPARE(login->error().kind, ApiError::Kind::Http);
    QCOMPARE(login->error().httpStatus, 401);
    QCOMPARE(login->error().code, u"invalid_credentials"_s);

    // A fresh device: three votes pass, the fourth in five minutes is refused with Retry-After.
    std::unique_ptr<ApiCall> registration(runToEnd(new RegisterDeviceJob(context())));
    const QString token = static_cast<RegisterDeviceJob*>(registration->job())->token();
    m_tokens.append(token);
    ApiContext fresh = context();
    fresh.token = [token] { return token; };
    ApiError last;
    for (int i = 0; i < 4; ++i) {
        const QString hash = ContentHash::ofCanonicalContent(u"rate-limit-%1"_s.arg(i));
        std::unique_ptr<ApiCall> call(runToEnd(new PutVoteJob(fresh, hash, true)));
        last = call->error();
        if (i < 3)
            QVERIFY2(last.ok(), qPrintable(last.toString()));
    }
    QCOMPARE(last.httpStatus, 429);
    QCOMPARE(last.code, u"rate_limited"_s);
    QVERIFY(last.retryAfterMs > 0);
    QVERIFY(last.retryAfterMs <= 5 * 60 * 1000);
    QCOMPARE(m_executor->breaker().state(), CircuitBreaker::State::Closed); // one 429 is no outage
}

// The data rights jobs (SPEC §8) on a signed-in account: the export names the account; the
// deletion says what went, and the session token dies with the account.
void TestCommunityServer::accountExportAndDeletion()
{
    ApiClient admin(m_server);
    QVERIFY(admin.addUser(u"carol"_s, u"user"_s, u"carol's long password"_s));
    std::unique_ptr<ApiCall> login(
        runToEnd(new CreateSessionJob(context(), u"carol"_s, u"carol's long password"_s)));
    QVERIFY2(login->error().ok(), qPrintable(login->error().toString()));
    const QString token = static_cast<CreateSessionJob*>(login->job())->token();
    m_tokens.append(token);
    ApiContext session = context();
    session.token = [token] { return token; };
    std::unique_ptr<ApiCall> exported(runToEnd(new AccountExportJob(session)));
    QVERIFY2(exported->error().ok(), qPrintable(exported->error().toString()));
    const auto* exportJob = static_cast<AccountExportJob*>(exported->job());
    QCOMPARE(exportJob->voteCount(), 0); // votes come from devices, not accounts
    QCOMPARE(exportJob->document().value(u"account"_s).toObject().value(u"username"_s).toString(),
             u"carol"_s);
    QVERIFY(!QJsonDocument(exportJob->document()).toJson().contains(token.toUtf8()));

    std::unique_ptr<ApiCall> deleted(runToEnd(new DeleteAccountJob(session)));
    QVERIFY2(deleted->error().ok(), qPrintable(deleted->error().toString()));
    QCOMPARE(static_cast<DeleteAccountJob*>(deleted->job())->deleted().value(u"sessions"_s).toInt(), 1);

    std::unique_ptr<ApiCall> again(runToEnd(new AccountExportJob(session)));
    QCOMPARE(again->error().httpStatus, 401);
}

void TestCommunityServer::cacheAnswersWhenTheServerIsGone()
{
    QCOMPARE(lookup(m_hash, true).source, RatingLookup::Source::Server);
    QVERIFY(m_server.stop());
    const RatingLookup cached = lookup(m_hash, true);
    QCOMPARE(cached.source, RatingLookup::Source::Cache);
    QCOMPARE(cached.error.kind, ApiError::Kind::Network);
    const RatingLookup unknown = lookup(ContentHash::ofCanonicalContent(u"never looked up"_s), false);
    QCOMPARE(unknown.source, RatingLookup::Source::None);
    QCOMPARE(m_executor->health().state(), ServiceState::Offline);
}

void TestCommunityServer::logHoldsNoSecrets()
{
    qInstallMessageHandler(previousHandler);
    const QString log = clientLog().join(u'\n');
    QVERIFY2(log.contains(u"safescan."_s), qPrintable(log.left(1000))); // control: the client logged
    QVERIFY(!m_tokens.isEmpty());
    // The item's hash may be logged: the user's own machine holds their history anyway.
    for (const QString& secret : m_tokens + QStringList{u"wrong password"_s, u"carol's long password"_s,
                                                        ScannedUrl, QUrl(ScannedUrl).host()}) {
        const qsizetype at = log.indexOf(secret);
        QVERIFY2(at < 0, qPrintable(log.mid(std::max<qsizetype>(0, at - 200), 300)));
    }
    // The server's address is the client's configuration; any other address would be someone's.
    QString others = log;
    others.remove(m_server.url(u"/"_s).toString(QUrl::RemovePath | QUrl::StripTrailingSlash));
    others.remove(u"127.0.0.1:%1"_s.arg(m_server.port()));
    static const QRegularExpression ipv4(u"(^|[^0-9.])(\\d{1,3}\\.){3}\\d{1,3}([^0-9.]|$)"_s);
    const QRegularExpressionMatch address = ipv4.match(others);
    QVERIFY2(!address.hasMatch(),
             qPrintable(others.mid(std::max<qsizetype>(0, address.capturedStart() - 200), 300)));
}

QTEST_GUILESS_MAIN(TestCommunityServer)
#include "TestCommunityServer.moc"
