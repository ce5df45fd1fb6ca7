// ApiExecutor: jobs run through the circuit breaker and the retry policy, every wait on the
// ManualScheduler (nothing sleeps): backoff timing with full jitter, Retry-After, bounded
// attempts, timeouts, the breaker across calls with exactly one probe, health updates.
#include "ApiFixture.h"
#include "api/ApiExecutor.h"
#include "api/CreateReportJob.h"
#include "api/HealthJob.h"

#include <QSignalSpy>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

const QByteArray kOk = R"({"status":"ok","database":"ok"})";

RetryPolicy::RandomSource constant(double value)
{
    return [value] { return value; };
}

ApiExecutor::Options withAttempts(int attempts)
{
    ApiExecutor::Options options;
    options.retry.maxAttempts = attempts;
    return options;
}

// Waits (event loop only, the clock does not move) until the fake has seen `count` requests.
bool requestsReach(ApiFixture& f, int count)
{
    return QTest::qWaitFor([&] { return int(f.network.requests().size()) >= count; }, 5000) &&
           int(f.network.requests().size()) == count;
}

} // namespace

class TestApiExecutor : public QObject
{
    Q_OBJECT

private slots:
    void retriesWithBackoffThenSucceeds();
    void jitteredDelaysAreWaitedExactly_data();
    void jitteredDelaysAreWaitedExactly();
    void retryAfterIsHonoured();
    void attemptsAreBounded();
    void breakerEndsALongRetryRun();
    void permanentErrorsAreNotRetried();
    void timeoutIsRetried();
    void nonIdempotentJobs();
    void breakerAcrossCallsWithExactlyOneProbe();
    void clientErrorsDoNotOpenTheBreaker();
    void cancelDuringBackoff();
    void cancelDuringRequest();
};

void TestApiExecutor::retriesWithBackoffThenSucceeds()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(503, R"({"status":"degraded"})"));
    f.network.enqueue(FakeResponse::networkError(QNetworkReply::ConnectionRefusedError));
    f.network.enqueue(FakeResponse::json(200, kOk));
    ApiExecutor executor(Service::Api, f.clock, f.scheduler, {}, constant(0.5));
    ApiCall* call = executor.run(new HealthJob(f.context()));
    call->setAutoDelete(false);
    std::unique_ptr<ApiCall> owner(call);
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QSignalSpy finished(call, &ApiCall::finished);

    QVERIFY(requestsReach(f, 1));
    QTRY_COMPARE(retries.count(), 1);
    QCOMPARE(retries.at(0).at(1).toLongLong(), 500); // 0.5 × 1 s
    QCOMPARE(executor.health().state(), ServiceState::Degraded);
    f.scheduler.advance(499);
    QCOMPARE(f.network.requests().size(), 1);
    f.scheduler.advance(1);
    QVERIFY(requestsReach(f, 2));
    QTRY_COMPARE(retries.count(), 2);
    QCOMPARE(retries.at(1).at(1).toLongLong(), 1000); // 0.5 × 2 s
    QCOMPARE(executor.health().state(), ServiceState::Offline);
    f.scheduler.advance(1000);
    QVERIFY(requestsReach(f, 3));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(call->error().ok());
    QCOMPARE(call->attempts(), 3);
    QCOMPARE(static_cast<HealthJob*>(call->job())->status(), u"ok"_s);
    QCOMPARE(executor.health().state(), ServiceState::Online);
    QCOMPARE(executor.breaker().consecutiveFailures(), 0);
    QCOMPARE(f.scheduler.pendingCount(), 0);
}

void TestApiExecutor::jitteredDelaysAreWaitedExactly_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {7u, 99u, 12345u})
        QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
}

void TestApiExecutor::jitteredDelaysAreWaitedExactly()
{
    QFETCH(quint32, seed);
    ApiFixture f;
    f.network.setHandler([](const FakeRequest&) { return FakeResponse::json(502, ""); });
    auto engine = std::make_shared<std::mt19937>(seed);
    ApiExecutor::Options options = withAttempts(5);
    options.breaker.failureThreshold = 100; // this test is about the waits only
    ApiExecutor executor(Service::Api, f.clock, f.scheduler, options,
                         [engine] { return std::uniform_real_distribution<double>(0, 1)(*engine); });
    ApiCall* call = executor.run(new HealthJob(f.context()));
    call->setAutoDelete(false);
    std::unique_ptr<ApiCall> owner(call);
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QSignalSpy finished(call, &ApiCall::finished);

    QVERIFY(requestsReach(f, 1));
    for (int retry = 1; retry <= 4; ++retry) {
        QTRY_COMPARE(int(retries.count()), retry);
        const qint64 delay = retries.at(retry - 1).at(1).toLongLong();
        const qint64 ceiling = executor.retryPolicy().ceilingMs(retry);
        QVERIFY2(delay >= 0 && delay <= ceiling, qPrintable(u"%1 > %2"_s.arg(delay).arg(ceiling)));
        QCOMPARE(f.scheduler.nextDelayMs(), delay);
        if (delay > 0) {
            f.scheduler.advance(delay - 1);
            QCOMPARE(int(f.network.requests().size()), retry);
        }
        f.scheduler.advance(delay > 0 ? 1 : 0);
        QVERIFY(requestsReach(f, retry + 1));
    }
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(call->error().httpStatus, 502);
    QCOMPARE(call->attempts(), 5);
}

void TestApiExecutor::retryAfterIsHonoured()
{
    ApiFixture f;
    FakeResponse limited = FakeResponse::json(429, R"({"error":"rate_limited","retry_after":1})");
    limited.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("12")));
    f.network.enqueue(limited);
    f.network.enqueue(FakeResponse::json(200, kOk));
    ApiExecutor executor(Service::Api, f.clock, f.scheduler, {}, constant(0.0));
    ApiCall* call = executor.run(new HealthJob(f.context()));
    call->setAutoDelete(false);
    std::unique_ptr<ApiCall> owner(call);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(requestsReach(f, 1));
    QTRY_COMPARE(f.scheduler.nextDelayMs(), 12'000);
    f.scheduler.advance(11'999);
    QCOMPARE(f.network.requests().size(), 1);
    f.scheduler.advance(1);
    QVERIFY(requestsReach(f, 2));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(call->error().ok());
}

void TestApiExecutor::attemptsAreBounded()
{
    ApiFixture f;
    f.network.setHandler([](const FakeRequest&) { return FakeResponse::json(500, ""); });
    ApiExecutor executor(Service::Api, f.clock, f.scheduler, withAttempts(3), constant(0.0));
    ApiCall* call = executor.run(new HealthJob(f.context()));
    call->setAutoDelete(false);
    std::unique_ptr<ApiCall> owner(call);
    QSignalSpy finished(call, &ApiCall::finished);
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    for (int retry = 1; retry <= 2; ++retry) {
        QTRY_COMPARE(int(retries.count()), retry);
        f.scheduler.advance(0);
    }
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(retries.count(), 2);
    QCOMPARE(f.network.requests().size(), 3);
    QCOMPARE(call->attempts(), 3);
    QCOMPARE(call->error().httpStatus, 500);
}

void TestApiExecutor::breakerEndsALongRetryRun()
{
    // Six attempts allowed, but the fifth consecutive failure opens the breaker: the call ends
    // there with circuit_open (next probe in 60 s) instead of waiting for a refused retry.
    ApiFixture f;
    f.network.setHandler(
        [](const FakeRequest&) { return FakeResponse::networkError(QNetworkReply::TimeoutError); });
    ApiExecutor executor(Service::Api, f.clock, f.scheduler, {}, constant(1.0));
    ApiCall* call = executor.run(new HealthJob(f.context()));
    call->setAutoDelete(false);
    std::unique_ptr<ApiCall> owner(call);
    QSignalSpy finished(call, &ApiCall::finished);
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    for (int retry = 1; retry <= 4; ++retry) {
        QTRY_COMPARE(int(retries.count()), retry);
        f.scheduler.advance(retries.last().at(1).toLongLong());
    }
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(f.network.requests().size(), 5);
    QCOMPARE(call->error().kind, ApiError::Kind::CircuitOpen);
    QCOMPARE(retries.count(), 4);
    QCOMPARE(call->error().retryAfterMs, 60'000);
    QVERIFY(call->error().message.contains(u"timeout"_s));
    QCOMPARE(f.scheduler.pendingCount(), 0);
    QCOMPARE(executor.breaker().state(), CircuitBreaker::State::Open);
    QCOMPARE(executor.health().state(), ServiceState::CircuitOpen);
}

void TestApiExecutor::permanentErrorsAreNotRetried()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::json(400, R"({"error":"invalid_prefix","message":"no"})"));
    ApiExecutor executor(Service::Api, f.clock, f.scheduler);
    ApiCall* call = executor.run(new HealthJob(f.context()));
    call->setAutoDelete(false);
    std::unique_ptr<ApiCall> owner(call);
    QSignalSpy finished(call, &ApiCall::finished);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(call->error().code, u"invalid_prefix"_s);
    QCOMPARE(call->attempts(), 1);
    QCOMPARE(f.scheduler.pendingCount(), 0);
    QCOMPARE(executor.breaker().consecutiveFailures(), 0);
}

void TestApiExecutor::timeoutIsRetried()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::hanging());
    f.network.enqueue(FakeResponse::json(200, kOk));
    ApiExecutor executor(Service::Api, f.clock, f.scheduler, {}, constant(0.5));
    ApiCall* call = executor.run(new HealthJob(f.context(8000)));
    call->setAutoDelete(false);
    std::unique_ptr<ApiCall> owner(call);
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(requestsReach(f, 1));
    f.scheduler.advance(7999);
    QCOMPARE(retries.count(), 0);
    f.scheduler.advance(1);
    QCOMPARE(retries.count(), 1);
    QCOMPARE(retries.at(0).at(2).value<ApiError>().kind, ApiError::Kind::Timeout);
    QCOMPARE(f.network.openReplies(), 0);
    f.scheduler.advance(500);
    QVERIFY(requestsReach(f, 2));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(call->error().ok());
}

void TestApiExecutor::nonIdempotentJobs()
{
    const QString hash = hashOfText("x");
    {
        // A timed-out report may have been stored: not sent again.
        ApiFixture f;
        f.network.enqueue(FakeResponse::hanging());
        ApiExecutor executor(Service::Api, f.clock, f.scheduler, {}, constant(0.0));
        ApiCall* call = executor.run(new CreateReportJob(f.context(1000), {hash, u"scam"_s, {}, {}}));
        call->setAutoDelete(false);
        std::unique_ptr<ApiCall> owner(call);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(requestsReach(f, 1));
        f.scheduler.advance(1000);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(call->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(f.network.requests().size(), 1);
    }
    {
        // A 503 or 429 says the server did not act: sent again.
        ApiFixture f;
        f.network.enqueue(FakeResponse::json(503, ""));
        f.network.enqueue(FakeResponse::json(201, R"({"id":3})"));
        ApiExecutor executor(Service::Api, f.clock, f.scheduler, {}, constant(0.0));
        ApiCall* call = executor.run(new CreateReportJob(f.context(), {hash, u"scam"_s, {}, {}}));
        call->setAutoDelete(false);
        std::unique_ptr<ApiCall> owner(call);
        QSignalSpy finished(call, &ApiCall::finished);
        QSignalSpy retries(call, &ApiCall::retryScheduled);
        QVERIFY(requestsReach(f, 1));
        QTRY_COMPARE(retries.count(), 1);
        f.scheduler.advance(0);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(call->error().ok());
        QCOMPARE(static_cast<CreateReportJob*>(call->job())->reportId(), 3);
    }
}

void TestApiExecutor::breakerAcrossCallsWithExactlyOneProbe()
{
    ApiFixture f;
    f.network.setHandler(
        [](const FakeRequest&) { return FakeResponse::networkError(QNetworkReply::ConnectionRefusedError); });
    ApiExecutor executor(Service::Api, f.clock, f.scheduler, withAttempts(1));
    QSignalSpy healthChanged(&executor.health(), &ServiceHealth::changed);

    auto runOne = [&](QList<ApiError>& errors) {
        executor.run(new HealthJob(f.context()), this,
                     [&errors](const ApiCall& call) { errors.append(call.error()); });
    };
    QList<ApiError> errors;
    for (int i = 0; i < 5; ++i) {
        runOne(errors);
        QTRY_COMPARE(int(errors.size()), i + 1);
    }
    QCOMPARE(executor.breaker().state(), CircuitBreaker::State::Open);
    QCOMPARE(executor.health().state(), ServiceState::CircuitOpen);
    QCOMPARE(f.network.requests().size(), 5);

    // Open: refused without a request.
    runOne(errors);
    QTRY_COMPARE(errors.size(), 6);
    QCOMPARE(errors.last().kind, ApiError::Kind::CircuitOpen);
    QCOMPARE(f.network.requests().size(), 5);

    // 60 s later: of three simultaneous calls exactly one goes out as the probe.
    f.scheduler.advance(60'000);
    f.network.setHandler({});
    f.network.enqueue(FakeResponse::json(200, kOk));
    errors.clear();
    for (int i = 0; i < 3; ++i)
        runOne(errors);
    QTRY_COMPARE(errors.size(), 3);
    QCOMPARE(f.network.requests().size(), 6);
    int ok = 0;
    int refused = 0;
    for (const ApiError& e : std::as_const(errors)) {
        ok += e.ok() ? 1 : 0;
        refused += e.kind == ApiError::Kind::CircuitOpen ? 1 : 0;
    }
    QCOMPARE(ok, 1);
    QCOMPARE(refused, 2);
    QCOMPARE(executor.breaker().state(), CircuitBreaker::State::Closed);
    QCOMPARE(executor.health().state(), ServiceState::Online);
    QCOMPARE(executor.health().lastSuccessEpochMs(), f.clock.epochMs());
    QVERIFY(healthChanged.count() >= 6);
}

void TestApiExecutor::clientErrorsDoNotOpenTheBreaker()
{
    ApiFixture f;
    f.network.setHandler(
        [](const FakeRequest&) { return FakeResponse::json(404, R"({"error":"not_found"})"); });
    ApiExecutor executor(Service::Api, f.clock, f.scheduler);
    QList<ApiError> errors;
    for (int i = 0; i < 8; ++i)
        executor.run(new HealthJob(f.context()), this,
                     [&errors](const ApiCall& call) { errors.append(call.error()); });
    QTRY_COMPARE(errors.size(), 8);
    QCOMPARE(f.network.requests().size(), 8);
    QCOMPARE(executor.breaker().state(), CircuitBreaker::State::Closed);
    QCOMPARE(executor.health().state(), ServiceState::Online);
}

void TestApiExecutor::cancelDuringBackoff()
{
    ApiFixture f;
    f.network.setHandler([](const FakeRequest&) { return FakeResponse::json(503, ""); });
    ApiExecutor executor(Service::Api, f.clock, f.scheduler, {}, constant(0.5));
    ApiCall* call = executor.run(new HealthJob(f.context()));
    call->setAutoDelete(false);
    std::unique_ptr<ApiCall> owner(call);
    QSignalSpy finished(call, &ApiCall::finished);
    QTRY_COMPARE(f.scheduler.pendingCount(), 1);
    call->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(f.scheduler.pendingCount(), 0);
    f.scheduler.advance(60'000);
    QCoreApplication::processEvents();
    QCOMPARE(f.network.requests().size(), 1);
}

void TestApiExecutor::cancelDuringRequest()
{
    ApiFixture f;
    f.network.enqueue(FakeResponse::hanging());
    ApiExecutor executor(Service::Api, f.clock, f.scheduler);
    ApiCall* call = executor.run(new HealthJob(f.context()));
    call->setAutoDelete(false);
    std::unique_ptr<ApiCall> owner(call);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(requestsReach(f, 1));
    call->cancel();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(call->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(f.network.openReplies(), 0);
    QCOMPARE(executor.health().state(), ServiceState::Unknown); // a cancel says nothing
}

QTEST_GUILESS_MAIN(TestApiExecutor)
#include "TestApiExecutor.moc"
