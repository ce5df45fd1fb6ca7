// TokenBucket: per-key burst and refill, Retry-After, idle eviction, bounded memory. ManualClock;
// nothing sleeps.
#include "ManualClock.h"
#include "rating/TokenBucket.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using SafeScan::Test::ManualClock;

class TestTokenBucket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstThenRefill_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<double>("refillPerSecond");
        QTest::addColumn<qint64>("retryAfterMs"); // after the burst: one token's refill time
        QTest::newRow("3, 1/s") << 3 << 1.0 << qint64(1000);
        QTest::newRow("20, 5/s") << 20 << 5.0 << qint64(200);
        QTest::newRow("1, 1/min") << 1 << 1.0 / 60.0 << qint64(60'000);
        QTest::newRow("10, 3/s: 333.333 ms rounds up") << 10 << 3.0 << qint64(334);
        QTest::newRow("5, 1000/s") << 5 << 1000.0 << qint64(1);
    }
    void burstThenRefill()
    {
        QFETCH(int, capacity);
        QFETCH(double, refillPerSecond);
        QFETCH(qint64, retryAfterMs);
        ManualClock clock;
        TokenBucket bucket(clock, {capacity, refillPerSecond, 1000});
        QCOMPARE(bucket.available(u"ip"_s), capacity);
        for (int i = 0; i < capacity; ++i) {
            const RateDecision d = bucket.take(u"ip"_s);
            QVERIFY2(d.allowed, qPrintable(u"take %1"_s.arg(i)));
            QCOMPARE(d.retryAfterMs, 0);
        }
        QCOMPARE(bucket.available(u"ip"_s), 0);
        RateDecision d = bucket.take(u"ip"_s);
        QVERIFY(!d.allowed);
        QCOMPARE(d.retryAfterMs, retryAfterMs);
        QCOMPARE(d.retryAfterSeconds(), (retryAfterMs + 999) / 1000);
        // Refusals do not consume: asking again gives the same answer.
        QCOMPARE(bucket.take(u"ip"_s).retryAfterMs, retryAfterMs);

        if (retryAfterMs > 1) {
            clock.advance(retryAfterMs - 1);
            d = bucket.take(u"ip"_s);
            QVERIFY(!d.allowed);
            QVERIFY(d.retryAfterMs >= 1);
            clock.advance(1);
        } else {
            clock.advance(retryAfterMs);
        }
        QVERIFY(bucket.take(u"ip"_s).allowed);
        QVERIFY(!bucket.take(u"ip"_s).allowed);

        // A long pause refills to capacity, never beyond.
        clock.advance(1000LL * 60 * 60 * 24);
        QCOMPARE(bucket.available(u"ip"_s), capacity);
        for (int i = 0; i < capacity; ++i)
            QVERIFY(bucket.take(u"ip"_s).allowed);
        QVERIFY(!bucket.take(u"ip"_s).allowed);
    }

    void steadyRateIsSustained()
    {
        ManualClock clock;
        TokenBucket bucket(clock, {2, 10.0, 100}); // one token per 100 ms
        int allowed = 0;
        for (int ms = 0; ms < 10'000; ms += 10) { // try every 10 ms for 10 s
            if (bucket.take(u"ip"_s).allowed)
                ++allowed;
            clock.advance(10);
        }
        QCOMPARE(allowed, 2 + 99); // the burst, then one per 100 ms (the 100th refill lands at 10 s)
    }

    void keysAreIndependent()
    {
        ManualClock clock;
        TokenBucket bucket(clock, {2, 1.0, 100});
        QVERIFY(bucket.take(u"10.0.0.1"_s).allowed);
        QVERIFY(bucket.take(u"10.0.0.1"_s).allowed);
        QVERIFY(!bucket.take(u"10.0.0.1"_s).allowed);
        QVERIFY(bucket.take(u"10.0.0.2"_s).allowed);
        QCOMPARE(bucket.available(u"10.0.0.2"_s), 1);
    }

    void idleKeysAreEvicted()
    {
        ManualClock clock;
        TokenBucket bucket(clock, {5, 1.0, 1000});
        for (int i = 0; i < 100; ++i)
            bucket.take(u"ip%1"_s.arg(i));
        QCOMPARE(bucket.trackedKeys(), 100);
        clock.advance(5'000); // every bucket is full again: idle
        bucket.take(u"late"_s);
        QCOMPARE(bucket.trackedKeys(), 1);
        // Eviction is exact: an evicted key gets a full bucket, as it would have anyway.
        QCOMPARE(bucket.available(u"ip0"_s), 5);
    }

    void memoryIsBounded()
    {
        ManualClock clock;
        TokenBucket bucket(clock, {5, 0.001, 32}); // refills so slowly that nothing goes idle
        for (int i = 0; i < 1000; ++i) {
            QVERIFY(bucket.take(u"ip%1"_s.arg(i)).allowed);
            QVERIFY2(bucket.trackedKeys() <= 32, qPrintable(u"after %1"_s.arg(i)));
            clock.advance(1);
        }
        // The key just charged is never the one evicted.
        QCOMPARE(bucket.available(u"ip999"_s), 4);
    }

    void badConfigIsClamped()
    {
        ManualClock clock;
        TokenBucket bucket(clock, {0, -1.0, 0});
        QVERIFY(bucket.take(u"ip"_s).allowed); // capacity clamped to 1
        const RateDecision d = bucket.take(u"ip"_s);
        QVERIFY(!d.allowed);
        QVERIFY(d.retryAfterMs > 0);
    }
};

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "TestTokenBucket.moc"
