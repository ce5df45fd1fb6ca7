// CircuitBreaker on a manual clock: opens after 5 consecutive failures, stays open 60 s, then
// lets exactly one probe through; success closes it, failure reopens it. ServiceHealth follows.
#include "ManualClock.h"
#include "api/CircuitBreaker.h"
#include "api/ServiceHealth.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using State = SafeScan::CircuitBreaker::State;

namespace {
// Five consecutive failures: the breaker opens.
void trip(CircuitBreaker& breaker)
{
    for (int i = 0; i < 5; ++i)
        breaker.recordFailure();
}
} // namespace

class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private slots:
    void opensAfterFiveConsecutiveFailures();
    void successResetsTheCount();
    void staysOpenSixtySeconds();
    void exactlyOneProbe();
    void failedProbeReopens();
    void abandonedProbeFreesTheSlot();
    void lateFailuresDoNotExtendTheOpenPeriod();
    void countableErrors_data();
    void countableErrors();
    void healthStates();
};

void TestCircuitBreaker::opensAfterFiveConsecutiveFailures()
{
    Test::ManualClock clock;
    CircuitBreaker breaker(clock);
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(breaker.allowRequest());
        breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Closed);
        QCOMPARE(breaker.consecutiveFailures(), i);
    }
    QVERIFY(breaker.allowRequest());
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Open);
    QVERIFY(!breaker.allowRequest());
    QCOMPARE(breaker.remainingOpenMs(), 60'000);
}

void TestCircuitBreaker::successResetsTheCount()
{
    Test::ManualClock clock;
    CircuitBreaker breaker(clock);
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 4; ++i)
            breaker.recordFailure();
        breaker.recordSuccess();
        QCOMPARE(breaker.consecutiveFailures(), 0);
    }
    QCOMPARE(breaker.state(), State::Closed); // 12 failures, never 5 in a row
}

void TestCircuitBreaker::staysOpenSixtySeconds()
{
    Test::ManualClock clock;
    CircuitBreaker breaker(clock);
    trip(breaker);
    clock.advance(59'999);
    QVERIFY(!breaker.allowRequest());
    QCOMPARE(breaker.remainingOpenMs(), 1);
    clock.advance(1);
    QCOMPARE(breaker.remainingOpenMs(), 0);
    QVERIFY(breaker.allowRequest());
    QCOMPARE(breaker.state(), State::HalfOpen);
}

void TestCircuitBreaker::exactlyOneProbe()
{
    Test::ManualClock clock;
    CircuitBreaker breaker(clock);
    trip(breaker);
    clock.advance(60'000);
    int allowed = 0;
    for (int i = 0; i < 10; ++i)
        allowed += breaker.allowRequest() ? 1 : 0;
    QCOMPARE(allowed, 1);
    clock.advance(600'000); // however long the probe takes
    QVERIFY(!breaker.allowRequest());
    breaker.recordSuccess();
    QCOMPARE(breaker.state(), State::Closed);
    for (int i = 0; i < 10; ++i)
        QVERIFY(breaker.allowRequest());
}

void TestCircuitBreaker::failedProbeReopens()
{
    Test::ManualClock clock;
    CircuitBreaker breaker(clock);
    trip(breaker);
    clock.advance(60'000);
    QVERIFY(breaker.allowRequest());
    clock.advance(5'000);
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Open);
    QCOMPARE(breaker.remainingOpenMs(), 60'000); // a full period from the failed probe
    QVERIFY(!breaker.allowRequest());
    clock.advance(60'000);
    QVERIFY(breaker.allowRequest());
    QVERIFY(!breaker.allowRequest());
}

void TestCircuitBreaker::abandonedProbeFreesTheSlot()
{
    Test::ManualClock clock;
    CircuitBreaker breaker(clock);
    trip(breaker);
    clock.advance(60'000);
    QVERIFY(breaker.allowRequest());
    breaker.recordAbandoned();
    QCOMPARE(breaker.state(), State::HalfOpen);
    QVERIFY(breaker.allowRequest());
    QVERIFY(!breaker.allowRequest());
}

void TestCircuitBreaker::lateFailuresDoNotExtendTheOpenPeriod()
{
    Test::ManualClock clock;
    CircuitBreaker breaker(clock);
    trip(breaker);
    clock.advance(30'000);
    breaker.recordFailure(); // a request sent before the breaker opened
    QCOMPARE(breaker.remainingOpenMs(), 30'000);
}

void TestCircuitBreaker::countableErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("counts");
    QTest::newRow("400") << 400 << false;
    QTest::newRow("401") << 401 << false;
    QTest::newRow("403") << 403 << false;
    QTest::newRow("404") << 404 << false;
    QTest::newRow("413") << 413 << false;
    QTest::newRow("408") << 408 << true;
    QTest::newRow("429") << 429 << true;
    QTest::newRow("500") << 500 << true;
    QTest::newRow("502") << 502 << true;
    QTest::newRow("503") << 503 << true;
}

void TestCircuitBreaker::countableErrors()
{
    QFETCH(int, status);
    QFETCH(bool, counts);
    QCOMPARE(ApiError::http(status, {}, -1).countsAgainstCircuit(), counts);
    QVERIFY(ApiError::timeout(1).countsAgainstCircuit());
    QVERIFY(ApiError::network(QNetworkReply::ConnectionRefusedError, {}).countsAgainstCircuit());
    QVERIFY(!ApiError::cancelled().countsAgainstCircuit());
    QVERIFY(!ApiError::invalid(u"x"_s, {}).countsAgainstCircuit());
}

void TestCircuitBreaker::healthStates()
{
    Test::ManualClock clock;
    ServiceHealth health(Service::Api, clock);
    QSignalSpy changed(&health, &ServiceHealth::changed);
    QCOMPARE(health.state(), ServiceState::Unknown);
    QCOMPARE(health.lastSuccessEpochMs(), 0);

    health.recordOutcome({});
    QCOMPARE(health.state(), ServiceState::Online);
    QCOMPARE(health.lastSuccessEpochMs(), clock.epochMs());
    const qint64 success = clock.epochMs();

    clock.advance(1000);
    health.recordOutcome(ApiError::timeout(1000));
    QCOMPARE(health.state(), ServiceState::Offline);
    QCOMPARE(health.lastError().kind, ApiError::Kind::Timeout);
    QCOMPARE(health.lastSuccessEpochMs(), success);

    health.recordOutcome(ApiError::http(503, {}, -1));
    QCOMPARE(health.state(), ServiceState::Degraded);
    health.recordOutcome(ApiError::http(404, {}, -1)); // it answers: up
    QCOMPARE(health.state(), ServiceState::Online);

    health.setCircuitOpen(true);
    QCOMPARE(health.state(), ServiceState::CircuitOpen);
    health.recordOutcome(ApiError::timeout(1));
    QCOMPARE(health.state(), ServiceState::CircuitOpen); // stays until the breaker closes
    health.setCircuitOpen(false);
    QCOMPARE(health.state(), ServiceState::Offline);

    const int before = int(changed.count());
    health.recordOutcome(ApiError::cancelled());
    health.recordOutcome(ApiError::invalid(u"x"_s, {}));
    QCOMPARE(int(changed.count()), before); // not-sent outcomes say nothing about the service
    QVERIFY(before >= 7);
    QCOMPARE(serviceStateName(ServiceState::CircuitOpen), u"circuit_open"_s);
    QCOMPARE(serviceName(Service::Analytics), u"analytics"_s);
}

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "TestCircuitBreaker.moc"
