// SpamDetector: rapid voting (≥ 10 votes in a minute), repeated voting on one item (> 5 in a
// minute), reversible flags. ManualClock; nothing sleeps.
#include "ManualClock.h"
#include "rating/SpamDetector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using SafeScan::Test::ManualClock;

Q_DECLARE_METATYPE(SafeScan::SpamReason)

class TestSpamDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void patterns_data()
    {
        QTest::addColumn<int>("votes");
        QTest::addColumn<qint64>("stepMs");     // clock advance between votes
        QTest::addColumn<int>("distinctItems"); // votes cycle through this many items
        QTest::addColumn<int>("flaggedAtVote"); // 1-based vote that trips the flag, 0 = never
        QTest::addColumn<SpamReason>("reason");

        // 10 votes on 10 items within a minute: the 10th trips "rapid".
        QTest::newRow("10 in a minute") << 10 << qint64(6'000) << 10 << 10 << SpamReason::RapidVoting;
        QTest::newRow("9 in a minute: fine") << 9 << qint64(6'000) << 9 << 0 << SpamReason::None;
        // 10 votes 6.667 s apart span exactly 60 s: the first has left the window → never 10.
        QTest::newRow("10 spread over 60 s") << 20 << qint64(6'667) << 20 << 0 << SpamReason::None;
        QTest::newRow("burst of 30") << 30 << qint64(0) << 30 << 10 << SpamReason::RapidVoting;
        // 6 votes on one item within a minute: "more than 5" trips at the 6th.
        QTest::newRow("6 on one item") << 6 << qint64(1'000) << 1 << 6 << SpamReason::RepeatedVoting;
        QTest::newRow("5 on one item: fine") << 5 << qint64(1'000) << 1 << 0 << SpamReason::None;
        // 12 votes over 2 items alternating (6 each) within a minute: the 11th vote is the 6th on
        // item 0 but the 10th vote overall already tripped "rapid".
        QTest::newRow("2 items alternating") << 12 << qint64(1'000) << 2 << 10 << SpamReason::RapidVoting;
        // One vote on the same item every 12 s: at most 5 in any minute.
        QTest::newRow("same item, slowly") << 30 << qint64(12'000) << 1 << 0 << SpamReason::None;
        // Every 11 s: the 6th vote comes 55 s after the 1st → repeated.
        QTest::newRow("same item, every 11 s")
            << 30 << qint64(11'000) << 1 << 6 << SpamReason::RepeatedVoting;
    }
    void patterns()
    {
        QFETCH(int, votes);
        QFETCH(qint64, stepMs);
        QFETCH(int, distinctItems);
        QFETCH(int, flaggedAtVote);
        QFETCH(SpamReason, reason);

        ManualClock clock;
        SpamDetector detector(clock);
        detector.recordVote(u"bystander"_s, u"item0"_s);
        for (int i = 1; i <= votes; ++i) {
            const SpamReason got = detector.recordVote(u"v"_s, u"item%1"_s.arg((i - 1) % distinctItems));
            const bool shouldBeFlagged = flaggedAtVote != 0 && i >= flaggedAtVote;
            QVERIFY2((got != SpamReason::None) == shouldBeFlagged, qPrintable(u"vote %1"_s.arg(i)));
            QCOMPARE(detector.isFlagged(u"v"_s), shouldBeFlagged);
            if (shouldBeFlagged)
                QCOMPARE(got, reason);
            clock.advance(stepMs);
        }
        QCOMPARE(detector.flagReason(u"v"_s), reason);
        QVERIFY(!detector.isFlagged(u"bystander"_s));
    }

    void reasonNames()
    {
        QCOMPARE(spamReasonName(SpamReason::RapidVoting), u"rapid_voting"_s);
        QCOMPARE(spamReasonName(SpamReason::RepeatedVoting), u"repeated_voting"_s);
        QVERIFY(spamReasonName(SpamReason::None).isEmpty());
    }

    void flagIsStickyUntilUnflagged()
    {
        ManualClock clock;
        SpamDetector detector(clock);
        for (int i = 0; i < 6; ++i)
            detector.recordVote(u"v"_s, u"same"_s);
        QCOMPARE(detector.flagReason(u"v"_s), SpamReason::RepeatedVoting);
        QCOMPARE(detector.flaggedVoters(), QStringList{u"v"_s});

        // Quiet for an hour: still flagged (and survives sweeps triggered by other voters).
        clock.advance(60 * 60 * 1000);
        detector.recordVote(u"other"_s, u"x"_s);
        QCOMPARE(detector.recordVote(u"v"_s, u"new"_s), SpamReason::RepeatedVoting);

        // Reversible.
        QVERIFY(detector.unflag(u"v"_s));
        QVERIFY(!detector.isFlagged(u"v"_s));
        QVERIFY(detector.flaggedVoters().isEmpty());
        QVERIFY(!detector.unflag(u"v"_s));
        QVERIFY(!detector.unflag(u"never-seen"_s));
        // Unflagging forgets the history: the next vote starts afresh.
        QCOMPARE(detector.recordVote(u"v"_s, u"same"_s), SpamReason::None);
        // ...and the rules still apply afterwards.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(detector.recordVote(u"v"_s, u"same"_s), SpamReason::None);
        QCOMPARE(detector.recordVote(u"v"_s, u"same"_s), SpamReason::RepeatedVoting);
    }

    void unflagForgetsRecentVotes()
    {
        ManualClock clock;
        SpamDetector detector(clock);
        for (int i = 0; i < 10; ++i)
            detector.recordVote(u"v"_s, u"same"_s);
        QVERIFY(detector.isFlagged(u"v"_s));
        // A moderator restores the voter at once: the votes that tripped the rules must not trip
        // them again on the next vote.
        QVERIFY(detector.unflag(u"v"_s));
        QCOMPARE(detector.recordVote(u"v"_s, u"same"_s), SpamReason::None);
    }

    void configurable()
    {
        ManualClock clock;
        SpamDetectorConfig config;
        config.rapidVotes = 3;
        config.rapidWindowMs = 1000;
        SpamDetector detector(clock, config);
        QCOMPARE(detector.recordVote(u"v"_s, u"a"_s), SpamReason::None);
        QCOMPARE(detector.recordVote(u"v"_s, u"b"_s), SpamReason::None);
        clock.advance(1000); // the first two leave the 1 s window
        QCOMPARE(detector.recordVote(u"v"_s, u"c"_s), SpamReason::None);
        QCOMPARE(detector.recordVote(u"v"_s, u"d"_s), SpamReason::None);
        QCOMPARE(detector.recordVote(u"v"_s, u"e"_s), SpamReason::RapidVoting);
    }

    void idleVotersAreEvicted()
    {
        ManualClock clock;
        SpamDetectorConfig config;
        config.maxTrackedVoters = 8;
        SpamDetector detector(clock, config);
        for (int i = 0; i < 6; ++i)
            detector.recordVote(u"spammer"_s, u"same"_s);
        for (int i = 0; i < 200; ++i) {
            detector.recordVote(u"voter%1"_s.arg(i), u"x"_s);
            clock.advance(1'000);
        }
        // Voters active in the last minute (at most 60) plus the flagged one are never dropped; the
        // table may grow to twice what the last sweep left before sweeping again: ≤ 2 × 61.
        QVERIFY2(detector.trackedVoters() <= 2 * 61, qPrintable(QString::number(detector.trackedVoters())));
        QVERIFY(detector.isFlagged(u"spammer"_s));
        clock.advance(60'000);
        detector.recordVote(u"last"_s, u"x"_s);
        QCOMPARE(detector.trackedVoters(), 2); // "last" and the flagged spammer
    }
};

QTEST_GUILESS_MAIN(TestSpamDetector)
#include "TestSpamDetector.moc"
