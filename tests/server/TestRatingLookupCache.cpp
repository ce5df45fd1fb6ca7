// RatingLookupCache: fresh answers are served, expiry by the injected clock, invalidation by prefix
// and by live channel name, and the capacity bound.
#include "ManualClock.h"
#include "ratings/RatingLookupCache.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestRatingLookupCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesUntilTheTtlPasses()
    {
        Test::ManualClock clock;
        RatingLookupCache cache(clock, 1000);
        QVERIFY(!cache.find(u"abcdef01"_s));
        cache.insert(u"abcdef01"_s, "{\"ratings\":[]}");
        QCOMPARE(cache.find(u"abcdef01"_s).value(), QByteArray("{\"ratings\":[]}"));
        clock.advance(999);
        QVERIFY(cache.find(u"abcdef01"_s).has_value());
        clock.advance(1);
        QVERIFY(!cache.find(u"abcdef01"_s).has_value());
    }

    void invalidation_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("dropped");
        QTest::newRow("its rating channel") << u"ratings:abcdef01"_s << true;
        QTest::newRow("another prefix") << u"ratings:abcdef02"_s << false;
        QTest::newRow("moderation channel") << u"moderation"_s << false;
        QTest::newRow("bare prefix is not a channel") << u"abcdef01"_s << false;
    }

    void invalidation()
    {
        QFETCH(QString, channel);
        QFETCH(bool, dropped);
        Test::ManualClock clock;
        RatingLookupCache cache(clock);
        cache.insert(u"abcdef01"_s, "a");
        cache.invalidateChannel(channel);
        QCOMPARE(!cache.find(u"abcdef01"_s).has_value(), dropped);
    }

    void capacityIsBounded()
    {
        Test::ManualClock clock;
        RatingLookupCache cache(clock, 1000, 3);
        cache.insert(u"00000001"_s, "1");
        cache.insert(u"00000002"_s, "2");
        clock.advance(1000); // both expire
        cache.insert(u"00000003"_s, "3");
        cache.insert(u"00000004"_s, "4"); // full: the expired two go
        QCOMPARE(cache.size(), 2);
        QVERIFY(cache.find(u"00000003"_s).has_value());
        cache.insert(u"00000005"_s, "5");
        cache.insert(u"00000006"_s, "6"); // full of fresh entries: start over
        QVERIFY(cache.size() <= 3);
        QVERIFY(cache.find(u"00000006"_s).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRatingLookupCache)
#include "TestRatingLookupCache.moc"
