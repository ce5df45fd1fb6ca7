// RatingAggregator: SPEC §8 aggregation against golden values computed by hand.
//
// Wilson interval, z = 1.96, z² = 3.8416, for proportion p over n votes:
//   centre = (p + z²/2n) / (1 + z²/n),  half = z/(1 + z²/n) × sqrt(p(1−p)/n + z²/4n²)
// Two closed forms used below:
//   p = 1:   lower = n / (n + z²), upper = 1        (centre − half collapses; centre + half = 1)
//   p = 0.5: lower/upper = 0.5 ∓ z/(1 + z²/n) × sqrt(0.25/n + z²/4n²)
// and confidence = 1 − (upper − lower).
#include "rating/RatingAggregator.h"

#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace SafeScan;

Q_DECLARE_METATYPE(SafeScan::ModeratorDecision)
Q_DECLARE_METATYPE(SafeScan::EffectiveVoteCount)

namespace {

constexpr qint64 kNow = 10'000'000'000LL;
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

QList<Vote> votes(int count, bool safe, qint64 ageMs, double reliability)
{
    QList<Vote> result;
    for (int i = 0; i < count; ++i)
        result.append(Vote{safe, kNow - ageMs, reliability});
    return result;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

} // namespace

class TestRatingAggregator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decay_data()
    {
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<double>("reliability");
        QTest::addColumn<double>("weight");
        QTest::newRow("fresh, trusted") << qint64(0) << 1.0 << 1.0;
        QTest::newRow("fresh, new account") << qint64(0) << 0.3 << 0.3;
        QTest::newRow("15 days: 1 − 15/30") << 15 * kDay << 1.0 << 0.5;
        QTest::newRow("15 days × 0.3") << 15 * kDay << 0.3 << 0.15;
        QTest::newRow("27 days: exactly the floor") << 27 * kDay << 1.0 << 0.1;
        QTest::newRow("29 days: floored (1/30 < 0.1)") << 29 * kDay << 1.0 << 0.1;
        QTest::newRow("60 days: floored") << 60 * kDay << 1.0 << 0.1;
        QTest::newRow("400 days × 0.5: floor × reliability") << 400 * kDay << 0.5 << 0.05;
        QTest::newRow("future vote counts as fresh") << -kDay << 1.0 << 1.0;
        QTest::newRow("reliability above 1 clamped") << qint64(0) << 3.0 << 1.0;
        QTest::newRow("negative reliability clamped") << qint64(0) << -1.0 << 0.0;
        QTest::newRow("NaN reliability is 0") << qint64(0) << std::numeric_limits<double>::quiet_NaN() << 0.0;
    }
    void decay()
    {
        QFETCH(qint64, ageMs);
        QFETCH(double, reliability);
        QFETCH(double, weight);
        const double actual = RatingAggregator::voteWeight(Vote{true, kNow - ageMs, reliability}, kNow);
        QVERIFY2(near(actual, weight), qPrintable(u"weight %1, expected %2"_s.arg(actual).arg(weight)));
    }

    void golden_data()
    {
        QTest::addColumn<QList<Vote>>("input");
        QTest::addColumn<ModeratorDecision>("decision");
        QTest::addColumn<EffectiveVoteCount>("method");
        QTest::addColumn<double>("score");
        QTest::addColumn<double>("effectiveVotes");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<int>("safe");
        QTest::addColumn<int>("unsafe");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<bool>("moderated");

        const auto none = ModeratorDecision::None;
        const auto sum = EffectiveVoteCount::WeightSum;
        const auto kish = EffectiveVoteCount::Kish;

        // No votes: score 0.5 by definition, n_eff 0, interval [0, 1], confidence 0.
        QTest::newRow("no votes") << QList<Vote>{} << none << sum << 0.5 << 0.0 << 0.0 << 1.0 << 0 << 0
                                  << u"unrated"_s << false;
        // 10 fresh safe votes, reliability 1: w = 1 each, n_eff = 10, p = 1.
        // lower = 10 / 13.8416 = 0.7224598, upper = 1, confidence = 0.7224598 > 0.5 → safe.
        QTest::newRow("10 fresh safe") << votes(10, true, 0, 1.0) << none << sum << 1.0 << 10.0 << 0.7224598
                                       << 1.0 << 10 << 0 << u"safe"_s << false;
        // Mirror image: p = 0, interval [0, 1 − 0.7224598] = [0, 0.2775402] → unsafe.
        QTest::newRow("10 fresh unsafe") << votes(10, false, 0, 1.0) << none << sum << 0.0 << 10.0 << 0.0
                                         << 0.2775402 << 0 << 10 << u"unsafe"_s << false;
        // 5 + 5: p = 0.5, n = 10: 1 + z²/n = 1.38416; half = 1.96/1.38416 × sqrt(0.025 + 0.009604)
        // = 1.4160213 × 0.1860215 = 0.2634104 → [0.2365896, 0.7634104] straddles 0.5 → disputed.
        QTest::newRow("5 safe + 5 unsafe")
            << votes(5, true, 0, 1.0) + votes(5, false, 0, 1.0) << none << sum << 0.5 << 10.0 << 0.2365896
            << 0.7634104 << 5 << 5 << u"disputed"_s << false;
        // 10 safe votes 60 days old decay to w = 0.1 each: Σw = 1 → n_eff 1 < 3 → unrated.
        // p = 1, n = 1: lower = 1 / 4.8416 = 0.2065433.
        QTest::newRow("10 old safe decay to 0.1")
            << votes(10, true, 60 * kDay, 1.0) << none << sum << 1.0 << 1.0 << 0.2065433 << 1.0 << 10 << 0
            << u"unrated"_s << false;
        // The same with Kish: (Σw)²/Σw² = 1 / (10 × 0.01) = 10 — scale-invariant, so exactly the
        // "10 fresh safe" numbers. (Why WeightSum is the default.)
        QTest::newRow("10 old safe, Kish") << votes(10, true, 60 * kDay, 1.0) << none << kish << 1.0 << 10.0
                                           << 0.7224598 << 1.0 << 10 << 0 << u"safe"_s << false;
        // 3 fresh unsafe (w 1) + 10 old safe (w 0.1): Σw = 4, safe weight 1 → score 0.25, n_eff 4.
        // 1 + z²/n = 1.9604; centre = (0.25 + 0.4802)/1.9604 = 0.3724750;
        // half = 1.96/1.9604 × sqrt(0.046875 + 0.060025) = 0.9997960 × 0.3269557 = 0.3268890
        // → [0.0455861, 0.6993640] → disputed.
        QTest::newRow("fresh unsafe outweigh old safe")
            << votes(3, false, 0, 1.0) + votes(10, true, 60 * kDay, 1.0) << none << sum << 0.25 << 4.0
            << 0.0455861 << 0.6993640 << 10 << 3 << u"disputed"_s << false;
        // Same votes with Kish: n_eff = 16 / (3 + 0.1) = 5.1612903; Wilson(0.25, 5.1612903)
        // = [0.0543730, 0.6589807].
        QTest::newRow("fresh unsafe outweigh old safe, Kish")
            << votes(3, false, 0, 1.0) + votes(10, true, 60 * kDay, 1.0) << none << kish << 0.25 << 5.1612903
            << 0.0543730 << 0.6589807 << 10 << 3 << u"disputed"_s << false;
        // 3 brand-new accounts (reliability 0.3): Σw = 0.9 < 3 → unrated; lower = 0.9/4.7416 = 0.1898093.
        QTest::newRow("3 new accounts") << votes(3, true, 0, 0.3) << none << sum << 1.0 << 0.9 << 0.1898093
                                        << 1.0 << 3 << 0 << u"unrated"_s << false;
        // Exactly the minimum: n_eff = 3 is rated, but p = 1, n = 3 gives lower = 3/6.8416 = 0.4384939,
        // which straddles 0.5 → disputed (4 unanimous votes are needed for "safe", see next row).
        QTest::newRow("3 fresh safe: at minimum") << votes(3, true, 0, 1.0) << none << sum << 1.0 << 3.0
                                                  << 0.4384939 << 1.0 << 3 << 0 << u"disputed"_s << false;
        // 4 unanimous: lower = 4 / 7.8416 = 0.5101000 > 0.5 → safe.
        QTest::newRow("4 fresh safe") << votes(4, true, 0, 1.0) << none << sum << 1.0 << 4.0 << 0.5101000
                                      << 1.0 << 4 << 0 << u"safe"_s << false;
        // 4 safe votes 15 days old: w = 0.5, Σw = 2 < 3 → unrated; lower = 2/5.8416 = 0.3423720.
        QTest::newRow("4 half-decayed safe") << votes(4, true, 15 * kDay, 1.0) << none << sum << 1.0 << 2.0
                                             << 0.3423720 << 1.0 << 4 << 0 << u"unrated"_s << false;
        // Zero-reliability voters are counted but weigh nothing: like no votes.
        QTest::newRow("zero reliability") << votes(4, false, 0, 0.0) << none << sum << 0.5 << 0.0 << 0.0
                                          << 1.0 << 0 << 4 << u"unrated"_s << false;
        // Moderator overrides: verdict replaced, moderated set, community numbers kept.
        QTest::newRow("moderator overrides safe votes")
            << votes(10, true, 0, 1.0) << ModeratorDecision::Unsafe << sum << 1.0 << 10.0 << 0.7224598 << 1.0
            << 10 << 0 << u"unsafe"_s << true;
        QTest::newRow("moderator decides without votes")
            << QList<Vote>{} << ModeratorDecision::Safe << sum << 0.5 << 0.0 << 0.0 << 1.0 << 0 << 0
            << u"safe"_s << true;
        QTest::newRow("moderator settles a dispute")
            << votes(5, true, 0, 1.0) + votes(5, false, 0, 1.0) << ModeratorDecision::Safe << sum << 0.5
            << 10.0 << 0.2365896 << 0.7634104 << 5 << 5 << u"safe"_s << true;
    }
    void golden()
    {
        QFETCH(QList<Vote>, input);
        QFETCH(ModeratorDecision, decision);
        QFETCH(EffectiveVoteCount, method);
        QFETCH(double, score);
        QFETCH(double, effectiveVotes);
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(int, safe);
        QFETCH(int, unsafe);
        QFETCH(QString, verdict);
        QFETCH(bool, moderated);

        RatingAggregatorConfig config;
        config.effectiveCount = method;
        const Rating r = RatingAggregator(config).aggregate(input, kNow, decision);
        QVERIFY2(near(r.score, score), qPrintable(u"score %1"_s.arg(r.score, 0, 'f', 7)));
        QVERIFY2(near(r.effectiveVotes, effectiveVotes),
                 qPrintable(u"n_eff %1"_s.arg(r.effectiveVotes, 0, 'f', 7)));
        QVERIFY2(std::abs(r.lower - lower) < 1e-6, qPrintable(u"lower %1"_s.arg(r.lower, 0, 'f', 7)));
        QVERIFY2(std::abs(r.upper - upper) < 1e-6, qPrintable(u"upper %1"_s.arg(r.upper, 0, 'f', 7)));
        QVERIFY2(near(r.confidence, 1.0 - (upper - lower)), qPrintable(u"confidence %1"_s.arg(r.confidence)));
        QCOMPARE(r.safe, safe);
        QCOMPARE(r.unsafe, unsafe);
        QCOMPARE(r.verdict, verdict);
        QCOMPARE(r.moderated, moderated);
    }

    void minimumIsConfigurable_data()
    {
        QTest::addColumn<double>("minimum");
        QTest::addColumn<QString>("verdict");
        // 10 fresh safe votes: n_eff = 10.
        QTest::newRow("default 3") << 3.0 << u"safe"_s;
        QTest::newRow("10: at the minimum") << 10.0 << u"safe"_s;
        QTest::newRow("10.5: just below") << 10.5 << u"unrated"_s;
        QTest::newRow("0: still needs a vote") << 0.0 << u"safe"_s;
    }
    void minimumIsConfigurable()
    {
        QFETCH(double, minimum);
        QFETCH(QString, verdict);
        RatingAggregatorConfig config;
        config.minEffectiveVotes = minimum;
        QCOMPARE(RatingAggregator(config).aggregate(votes(10, true, 0, 1.0), kNow).verdict, verdict);
        QCOMPARE(RatingAggregator(config).aggregate({}, kNow).verdict, u"unrated"_s);
    }

    void defaultsMatchSpec()
    {
        QCOMPARE(RatingAggregator().config().minEffectiveVotes, 3.0);
        QCOMPARE(RatingAggregator::kDecayPeriodMs, 30 * kDay);
        QCOMPARE(RatingAggregator::kMinDecay, 0.1);
        QCOMPARE(RatingAggregator::kZ, 1.96);
    }

    void moreAgreementMeansMoreConfidence()
    {
        const RatingAggregator aggregator;
        double previous = -1.0;
        for (int n = 1; n <= 50; ++n) {
            const Rating r = aggregator.aggregate(votes(n, true, 0, 1.0), kNow);
            QVERIFY2(r.confidence > previous, qPrintable(u"n = %1"_s.arg(n)));
            QVERIFY(r.lower <= r.score && r.score <= r.upper);
            previous = r.confidence;
        }
    }

    void toJsonHasApiKeys()
    {
        const Rating r =
            RatingAggregator().aggregate(votes(10, true, 0, 1.0), kNow, ModeratorDecision::Unsafe);
        const QJsonObject json = r.toJson(u"ab12"_s);
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"confidence"_s, u"hash"_s, u"moderated"_s, u"safe"_s, u"score"_s,
                                    u"unsafe"_s, u"verdict"_s}));
        QCOMPARE(json.value(u"hash"_s).toString(), u"ab12"_s);
        QCOMPARE(json.value(u"score"_s).toDouble(), 1.0);
        QVERIFY(near(json.value(u"confidence"_s).toDouble(), 0.7224598));
        QCOMPARE(json.value(u"safe"_s).toInt(-1), 10);
        QCOMPARE(json.value(u"unsafe"_s).toInt(-1), 0);
        QCOMPARE(json.value(u"verdict"_s).toString(), u"unsafe"_s);
        QCOMPARE(json.value(u"moderated"_s).toBool(false), true);
    }
};

QTEST_GUILESS_MAIN(TestRatingAggregator)
#include "TestRatingAggregator.moc"
