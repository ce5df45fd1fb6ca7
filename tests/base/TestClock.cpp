#include "ManualClock.h"

#include <QTest>

using namespace SafeScan;

class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void steadyClockNeverGoesBack()
    {
        const SteadyClock clock;
        qint64 previous = clock.nowMs();
        for (int i = 0; i < 1000; ++i) {
            const qint64 now = clock.nowMs();
            QVERIFY(now >= previous);
            previous = now;
        }
    }

    void manualClockMovesOnlyWhenTold()
    {
        Test::ManualClock clock(500);
        const Clock& asClock = clock;
        QCOMPARE(asClock.nowMs(), 500);
        QCOMPARE(asClock.nowMs(), 500);
        clock.advance(250);
        QCOMPARE(asClock.nowMs(), 750);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
