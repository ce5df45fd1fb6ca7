// VoteRateLimiter: 3 votes per voter per sliding 5 minutes, Retry-After, idle eviction. Time is a
// ManualClock; nothing sleeps.
#include "ManualClock.h"
#include "rating/VoteRateLimiter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using SafeScan::Test::ManualClock;

namespace {
constexpr qint64 kWindow = 5 * 60 * 1000;
}

class TestVoteRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fourthVoteRefused_data()
    {
        QTest::addColumn<QList<qint64>>("gaps"); // clock advance before each of the 3 accepted votes
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::newRow("burst") << QList<qint64>{0, 0, 0} << kWindow;
        // Votes at 0, 60 s, 120 s: the first leaves the window at 300 s, 180 s after the refusal.
        QTest::newRow("one a minute") << QList<qint64>{0, 60'000, 60'000} << qint64(180'000);
        // Votes at 0, 1 ms, 299.999 s: refused at 299.999 s, 1 ms before the first vote leaves.
        QTest::newRow("edge of the window") << QList<qint64>{0, 1, kWindow - 2} << qint64(1);
        // Votes at 10 s, 4 min, 4 min 30: first leaves at 5 min 10 s, 40 s after the refusal.
        QTest::newRow("late start") << QList<qint64>{10'000, 230'000, 30'000} << qint64(40'000);
    }
    void fourthVoteRefused()
    {
        QFETCH(QList<qint64>, gaps);
        QFETCH(qint64, retryAfterMs);
        ManualClock clock;
        VoteRateLimiter limiter(clock);
        for (qint64 gap : gaps) {
            clock.advance(gap);
            const RateDecision d = limiter.check(u"v1"_s);
            QVERIFY(d.allowed);
            QCOMPARE(d.retryAfterMs, 0);
            limiter.record(u"v1"_s);
        }
        QCOMPARE(limiter.countInWindow(u"v1"_s), 3);

        RateDecision d = limiter.check(u"v1"_s);
        QVERIFY(!d.allowed);
        QCOMPARE(d.retryAfterMs, retryAfterMs);
        QCOMPARE(d.retryAfterSeconds(), (retryAfterMs + 999) / 1000);

        // 1 ms before the promised time: still refused, with 1 ms to go.
        clock.advance(retryAfterMs - 1);
        d = limiter.check(u"v1"_s);
        QVERIFY(!d.allowed);
        QCOMPARE(d.retryAfterMs, 1);
        QCOMPARE(d.retryAfterSeconds(), 1);

        // At the promised time: allowed again.
        clock.advance(1);
        d = limiter.check(u"v1"_s);
        QVERIFY(d.allowed);
        QCOMPARE(d.retryAfterMs, 0);
        QCOMPARE(d.retryAfterSeconds(), 0);
    }

    void windowSlides()
    {
        ManualClock clock;
        VoteRateLimiter limiter(clock);
        for (int i = 0; i < 3; ++i) {
            limiter.record(u"v"_s); // at 0, 100 s, 200 s
            clock.advance(100'000);
        }
        // Now 300 s: only the vote at 0 left the window, so exactly one more vote fits.
        QVERIFY(limiter.check(u"v"_s).allowed);
        limiter.record(u"v"_s);
        const RateDecision d = limiter.check(u"v"_s);
        QVERIFY(!d.allowed);
        QCOMPARE(d.retryAfterMs, 100'000); // the vote at 100 s leaves at 400 s
        // After a whole quiet window everything is forgotten.
        clock.advance(kWindow);
        QCOMPARE(limiter.countInWindow(u"v"_s), 0);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(limiter.check(u"v"_s).allowed);
            limiter.record(u"v"_s);
        }
        QVERIFY(!limiter.check(u"v"_s).allowed);
    }

    void checkDoesNotCount()
    {
        ManualClock clock;
        VoteRateLimiter limiter(clock);
        for (int i = 0; i < 100; ++i)
            QVERIFY(limiter.check(u"v"_s).allowed);
        QCOMPARE(limiter.countInWindow(u"v"_s), 0);
        QCOMPARE(limiter.trackedVoters(), 0);
    }

    void votersAreIndependent()
    {
        ManualClock clock;
        VoteRateLimiter limiter(clock);
        for (int i = 0; i < 3; ++i)
            limiter.record(u"alice"_s);
        QVERIFY(!limiter.check(u"alice"_s).allowed);
        QVERIFY(limiter.check(u"bob"_s).allowed);
        QCOMPARE(limiter.countInWindow(u"bob"_s), 0);
    }

    void configurable_data()
    {
        QTest::addColumn<int>("maxVotes");
        QTest::addColumn<qint64>("windowMs");
        QTest::newRow("1 per second") << 1 << qint64(1000);
        QTest::newRow("5 per minute") << 5 << qint64(60'000);
    }
    void configurable()
    {
        QFETCH(int, maxVotes);
        QFETCH(qint64, windowMs);
        ManualClock clock;
        VoteRateLimiter limiter(clock, {maxVotes, windowMs, 1000});
        for (int i = 0; i < maxVotes; ++i) {
            QVERIFY(limiter.check(u"v"_s).allowed);
            limiter.record(u"v"_s);
        }
        const RateDecision d = limiter.check(u"v"_s);
        QVERIFY(!d.allowed);
        QCOMPARE(d.retryAfterMs, windowMs);
        clock.advance(windowMs);
        QVERIFY(limiter.check(u"v"_s).allowed);
    }

    void idleVotersAreEvicted()
    {
        ManualClock clock;
        VoteRateLimiter limiter(clock, {3, kWindow, 1000});
        for (int i = 0; i < 50; ++i)
            limiter.record(u"voter%1"_s.arg(i));
        QCOMPARE(limiter.trackedVoters(), 50);
        clock.advance(kWindow); // every one of them is now idle
        limiter.record(u"late"_s);
        QCOMPARE(limiter.trackedVoters(), 1);
    }

    void memoryIsBounded_data()
    {
        QTest::addColumn<qint64>("stepMs");
        QTest::newRow("all active at once") << qint64(0);
        QTest::newRow("spread over time") << qint64(7'000);
    }
    void memoryIsBounded()
    {
        QFETCH(qint64, stepMs);
        ManualClock clock;
        VoteRateLimiter limiter(clock, {3, kWindow, 16});
        for (int i = 0; i < 500; ++i) {
            limiter.record(u"voter%1"_s.arg(i));
            QVERIFY2(limiter.trackedVoters() <= 16, qPrintable(u"after %1"_s.arg(i)));
            clock.advance(stepMs);
        }
        // The most recent voter is still limited correctly.
        limiter.record(u"voter499"_s);
        limiter.record(u"voter499"_s);
        QVERIFY(!limiter.check(u"voter499"_s).allowed);
    }
};

QTEST_GUILESS_MAIN(TestVoteRateLimiter)
#include "TestVoteRateLimiter.moc"
