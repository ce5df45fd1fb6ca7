#include "ManualClock.h"

#include <QDateTime>
#include <QTest>

using namespace SafeScan;

class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void steadyClockNeverGoesBack()
    {
        const SystemClock clock;
        qint64 previous = clock.nowMs();
        for (int i = 0; i < 1000; ++i) {
            const qint64 now = clock.nowMs();
            QVERIFY(now >= previous);
            previous = now;
        }
    }

    void systemWallClockIsNearQDateTime()
    {
        const SystemClock clock;
        QVERIFY(std::abs(clock.epochMs() - QDateTime::currentMSecsSinceEpoch()) < 1000);
    }

    void manualClockMovesOnlyWhenTold()
    {
        Test::ManualClock clock(500);
        const Clock& asClock = clock;
        QCOMPARE(asClock.nowMs(), 500);
        QCOMPARE(asClock.nowMs(), 500);
        const qint64 epoch = asClock.epochMs();
        clock.advance(250);
        QCOMPARE(asClock.nowMs(), 750);
        QCOMPARE(asClock.epochMs(), epoch + 250);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
