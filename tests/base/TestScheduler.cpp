// TimerScheduler (real QTimers) and the tests' ManualScheduler: callbacks run once, in due order,
// never after cancel() or after their context is gone.
#include "ManualScheduler.h"
#include "base/Scheduler.h"

#include <QTest>

using namespace SafeScan;

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void timerSchedulerFiresInOrder();
    void timerSchedulerCancelAndContext();
    void manualSchedulerFiresOnlyWhenTimeMoves();
    void manualSchedulerCallbacksMayReschedule();
};

void TestScheduler::timerSchedulerFiresInOrder()
{
    TimerScheduler scheduler;
    QObject context;
    QList<int> fired;
    scheduler.schedule(30, &context, [&] { fired.append(3); });
    scheduler.schedule(0, &context, [&] { fired.append(1); });
    scheduler.schedule(10, &context, [&] { fired.append(2); });
    QVERIFY(fired.isEmpty()); // never inside schedule()
    QTRY_COMPARE(fired, (QList<int>{1, 2, 3}));
}

void TestScheduler::timerSchedulerCancelAndContext()
{
    TimerScheduler scheduler;
    QObject context;
    bool cancelled = false;
    bool orphaned = false;
    bool kept = false;
    const Scheduler::TimerId id = scheduler.schedule(0, &context, [&] { cancelled = true; });
    QVERIFY(id != 0);
    scheduler.cancel(id);
    scheduler.cancel(id); // twice is harmless
    scheduler.cancel(12345);
    {
        QObject gone;
        scheduler.schedule(0, &gone, [&] { orphaned = true; });
    }
    scheduler.schedule(5, &context, [&] { kept = true; });
    QTRY_VERIFY(kept);
    QVERIFY(!cancelled);
    QVERIFY(!orphaned);
}

void TestScheduler::manualSchedulerFiresOnlyWhenTimeMoves()
{
    Test::ManualClock clock;
    Test::ManualScheduler scheduler(clock);
    QObject context;
    QList<qint64> firedAt;
    const qint64 start = clock.nowMs();
    scheduler.schedule(100, &context, [&] { firedAt.append(clock.nowMs() - start); });
    scheduler.schedule(50, &context, [&] { firedAt.append(clock.nowMs() - start); });
    const Scheduler::TimerId cancelled = scheduler.schedule(70, &context, [&] { firedAt.append(-1); });
    scheduler.cancel(cancelled);
    QCOMPARE(scheduler.nextDelayMs(), 50);
    scheduler.advance(49);
    QVERIFY(firedAt.isEmpty());
    scheduler.advance(100);
    QCOMPARE(firedAt, (QList<qint64>{50, 100})); // each with the clock at its due time
    QCOMPARE(clock.nowMs() - start, 149);
    QCOMPARE(scheduler.pendingCount(), 0);
}

void TestScheduler::manualSchedulerCallbacksMayReschedule()
{
    Test::ManualClock clock;
    Test::ManualScheduler scheduler(clock);
    QObject context;
    int ticks = 0;
    std::function<void()> tick = [&] {
        if (++ticks < 5)
            scheduler.schedule(10, &context, tick);
    };
    scheduler.schedule(10, &context, tick);
    scheduler.advance(35);
    QCOMPARE(ticks, 3);
    scheduler.advance(1000);
    QCOMPARE(ticks, 5);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "TestScheduler.moc"
