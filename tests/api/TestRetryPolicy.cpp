// RetryPolicy: 1, 2, 4, 8, 16 s ceilings capped at 30 s, full jitter within [0, ceiling] (seeded
// random source), Retry-After as a minimum, bounded attempts, which errors are retried.
#include "api/RetryPolicy.h"

#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

RetryPolicy::RandomSource seeded(quint32 seed)
{
    auto engine = std::make_shared<std::mt19937>(seed);
    return [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); };
}

RetryPolicy::RandomSource constant(double value)
{
    return [value] { return value; };
}

ApiError httpError(int status, qint64 retryAfterMs = -1)
{
    ApiError e = ApiError::http(status, {}, retryAfterMs);
    return e;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void ceilings_data();
    void ceilings();
    void fullJitterBounds_data();
    void fullJitterBounds();
    void jitterExtremes();
    void attemptsAreBounded();
    void retryable_data();
    void retryable();
    void retryAfterIsAMinimum();
    void tooLongRetryAfterStops();
};

void TestRetryPolicy::ceilings_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("ceiling");
    QTest::newRow("1") << 1 << qint64(1000);
    QTest::newRow("2") << 2 << qint64(2000);
    QTest::newRow("3") << 3 << qint64(4000);
    QTest::newRow("4") << 4 << qint64(8000);
    QTest::newRow("5") << 5 << qint64(16000);
    QTest::newRow("6 capped") << 6 << qint64(30000);
    QTest::newRow("50 capped") << 50 << qint64(30000);
    QTest::newRow("0 as 1") << 0 << qint64(1000);
}

void TestRetryPolicy::ceilings()
{
    QFETCH(int, retry);
    QFETCH(qint64, ceiling);
    QCOMPARE(RetryPolicy().ceilingMs(retry), ceiling);
}

void TestRetryPolicy::fullJitterBounds_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << quint32(1);
    QTest::newRow("seed 42") << quint32(42);
    QTest::newRow("seed 2026") << quint32(2026);
}

void TestRetryPolicy::fullJitterBounds()
{
    QFETCH(quint32, seed);
    const RetryPolicy policy(RetryPolicy::Options{}, seeded(seed));
    constexpr int draws = 2000;
    for (int retry = 1; retry <= 6; ++retry) {
        const qint64 ceiling = policy.ceilingMs(retry);
        qint64 low = ceiling;
        qint64 high = 0;
        double sum = 0;
        for (int i = 0; i < draws; ++i) {
            const qint64 delay = policy.backoffMs(retry);
            QVERIFY2(delay >= 0 && delay <= ceiling,
                     qPrintable(u"%1 outside [0, %2]"_s.arg(delay).arg(ceiling)));
            low = std::min(low, delay);
            high = std::max(high, delay);
            sum += double(delay);
        }
        // Full jitter spreads over the whole range (not "ceiling ± a bit"): uniform, mean ≈ ceiling/2.
        QVERIFY2(low < ceiling / 20, qPrintable(u"retry %1: lowest %2"_s.arg(retry).arg(low)));
        QVERIFY2(high > ceiling - ceiling / 20, qPrintable(u"retry %1: highest %2"_s.arg(retry).arg(high)));
        const double mean = sum / draws;
        QVERIFY2(std::abs(mean - double(ceiling) / 2) < double(ceiling) * 0.05,
                 qPrintable(u"retry %1: mean %2"_s.arg(retry).arg(mean)));
    }
}

void TestRetryPolicy::jitterExtremes()
{
    QCOMPARE(RetryPolicy(RetryPolicy::Options{}, constant(0.0)).backoffMs(3), 0);
    QCOMPARE(RetryPolicy(RetryPolicy::Options{}, constant(0.9999999)).backoffMs(3), 4000);
    QCOMPARE(RetryPolicy(RetryPolicy::Options{}, constant(0.5)).backoffMs(5), 8000);
    // A broken source cannot push the delay out of range.
    QCOMPARE(RetryPolicy(RetryPolicy::Options{}, constant(7.0)).backoffMs(1), 1000);
    QCOMPARE(RetryPolicy(RetryPolicy::Options{}, constant(-1.0)).backoffMs(1), 0);
}

void TestRetryPolicy::attemptsAreBounded()
{
    const RetryPolicy policy(RetryPolicy::Options{}, constant(0.9999999));
    const ApiError timeout = ApiError::timeout(1000);
    QList<qint64> delays;
    for (int attempts = 1;; ++attempts) {
        const std::optional<qint64> delay = policy.nextDelayMs(attempts, timeout, true);
        if (!delay)
            break;
        delays.append(*delay);
        QVERIFY(attempts < 100);
    }
    QCOMPARE(delays, (QList<qint64>{1000, 2000, 4000, 8000, 16000})); // 6 attempts in all

    RetryPolicy::Options three;
    three.maxAttempts = 3;
    const RetryPolicy short_(three, constant(0));
    QVERIFY(short_.nextDelayMs(2, timeout, true));
    QVERIFY(!short_.nextDelayMs(3, timeout, true));
}

void TestRetryPolicy::retryable_data()
{
    QTest::addColumn<int>("status"); // 0: network (refused), -1: network (reset), -2: timeout, -3: parse
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("refused") << 0 << true << true;
    QTest::newRow("refused, not idempotent") << 0 << false << true; // never reached the server
    QTest::newRow("reset") << -1 << true << true;
    QTest::newRow("reset, not idempotent") << -1 << false << false; // it may have acted
    QTest::newRow("timeout") << -2 << true << true;
    QTest::newRow("timeout, not idempotent") << -2 << false << false;
    QTest::newRow("parse") << -3 << true << false;
    QTest::newRow("400") << 400 << true << false;
    QTest::newRow("401") << 401 << true << false;
    QTest::newRow("404") << 404 << true << false;
    QTest::newRow("408") << 408 << true << true;
    QTest::newRow("429") << 429 << true << true;
    QTest::newRow("429, not idempotent") << 429 << false << true;
    QTest::newRow("500") << 500 << true << true;
    QTest::newRow("500, not idempotent") << 500 << false << false;
    QTest::newRow("503, not idempotent") << 503 << false << true;
}

void TestRetryPolicy::retryable()
{
    QFETCH(int, status);
    QFETCH(bool, idempotent);
    QFETCH(bool, retryable);
    ApiError error;
    if (status == 0)
        error = ApiError::network(QNetworkReply::ConnectionRefusedError, u"refused"_s);
    else if (status == -1)
        error = ApiError::network(QNetworkReply::RemoteHostClosedError, u"reset"_s);
    else if (status == -2)
        error = ApiError::timeout(1000);
    else if (status == -3)
        error = ApiError::parse(u"bad"_s);
    else
        error = httpError(status);
    QCOMPARE(RetryPolicy::isRetryable(error, idempotent), retryable);
    QCOMPARE(RetryPolicy().nextDelayMs(1, error, idempotent).has_value(), retryable);
    QVERIFY(!RetryPolicy::isRetryable(ApiError::cancelled(), true));
    QVERIFY(!RetryPolicy::isRetryable(ApiError::circuitOpen(1000), true));
}

void TestRetryPolicy::retryAfterIsAMinimum()
{
    const RetryPolicy policy(RetryPolicy::Options{}, constant(0.9999999));
    QCOMPARE(policy.nextDelayMs(1, httpError(429, 10'000), true), 10'000); // longer than the backoff
    QCOMPARE(policy.nextDelayMs(5, httpError(429, 2'000), true), 16'000);  // shorter: the backoff wins
    const RetryPolicy zero(RetryPolicy::Options{}, constant(0));
    QCOMPARE(zero.nextDelayMs(1, httpError(503, 3'000), true), 3'000);
}

void TestRetryPolicy::tooLongRetryAfterStops()
{
    const RetryPolicy policy;
    QVERIFY(policy.nextDelayMs(1, httpError(429, 5 * 60 * 1000), true));
    QVERIFY(!policy.nextDelayMs(1, httpError(429, 5 * 60 * 1000 + 1), true));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
