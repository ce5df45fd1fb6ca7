// RatingThrottle: at most one delivery per second per item, the latest value winning, items
// independent (manual clock and scheduler).
#include "ManualClock.h"
#include "ManualScheduler.h"
#include "live/RatingThrottle.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

class TestRatingThrottle : public QObject
{
    Q_OBJECT

private slots:
    void deliveries_data();
    void deliveries();
};

// An event is "T ITEM SAFE": at T ms, item ITEM (a letter) got a rating with SAFE safe votes.
void TestRatingThrottle::deliveries_data()
{
    QTest::addColumn<QStringList>("submitted");
    QTest::addColumn<QStringList>("delivered");
    QTest::newRow("one") << QStringList{u"0 a 1"_s} << QStringList{u"0 a 1"_s};
    QTest::newRow("burst: first at once, latest after a second")
        << QStringList{u"0 a 1"_s, u"10 a 2"_s, u"20 a 3"_s, u"999 a 4"_s}
        << QStringList{u"0 a 1"_s, u"1000 a 4"_s};
    QTest::newRow("a second apart: each at once") << QStringList{u"0 a 1"_s, u"1000 a 2"_s, u"2500 a 3"_s}
                                                  << QStringList{u"0 a 1"_s, u"1000 a 2"_s, u"2500 a 3"_s};
    QTest::newRow("items are independent")
        << QStringList{u"0 a 1"_s, u"1 b 1"_s, u"2 a 2"_s, u"3 b 2"_s, u"4 c 1"_s}
        << QStringList{u"0 a 1"_s, u"1 b 1"_s, u"4 c 1"_s, u"1000 a 2"_s, u"1001 b 2"_s};
    QTest::newRow("held one then a late one")
        << QStringList{u"0 a 1"_s, u"500 a 2"_s, u"1200 a 3"_s, u"3000 a 4"_s}
        << QStringList{u"0 a 1"_s, u"1000 a 2"_s, u"2000 a 3"_s, u"3000 a 4"_s};
}

void TestRatingThrottle::deliveries()
{
    QFETCH(QStringList, submitted);
    QFETCH(QStringList, delivered);
    ManualClock clock(0);
    ManualScheduler scheduler(clock);
    RatingThrottle throttle(clock, scheduler);
    QStringList got;
    connect(&throttle, &RatingThrottle::delivered, this, [&](const RatingInfo& rating) {
        got.append(u"%1 %2 %3"_s.arg(clock.nowMs()).arg(rating.hash.left(1)).arg(rating.safe));
    });
    for (const QString& event : std::as_const(submitted)) {
        const QStringList parts = event.split(u' ');
        scheduler.advance(parts.at(0).toLongLong() - clock.nowMs());
        RatingInfo rating = RatingInfo::unrated(parts.at(1).repeated(64));
        rating.safe = parts.at(2).toInt();
        throttle.submit(rating);
    }
    scheduler.advance(10'000);
    QCOMPARE(got, delivered);
    QCOMPARE(throttle.pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestRatingThrottle)
#include "TestRatingThrottle.moc"
