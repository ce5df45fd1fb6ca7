// withCommunity: how a community or moderator rating changes the local verdict. `trusted` and
// `dangerous` come from the community only with enough confidence; moderators decide; local
// dangerous findings are never cleared; an unjudged or suspicious item is never made trusted by
// the crowd.
#include "safety/CommunityVerdict.h"
#include "safety/ReasonCatalog.h"
#include "safety/SafetyEngine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using Rating = SafeScan::CommunityOpinion::Rating;

Q_DECLARE_METATYPE(SafeScan::VerdictLevel)
Q_DECLARE_METATYPE(SafeScan::CommunityOpinion::Rating)

namespace {

Verdict localVerdict(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Dangerous:
        return SafetyEngine::combine({ReasonCatalog::make(ReasonCode::Blocklisted, u"x"_s, {u"urlhaus"_s})},
                                     true);
    case VerdictLevel::Suspicious:
        return SafetyEngine::combine({ReasonCatalog::make(ReasonCode::Shortener, u"x"_s, {u"bit.ly"_s})},
                                     true);
    case VerdictLevel::Unknown:
        return SafetyEngine::combine({}, false);
    default:
        return SafetyEngine::combine({}, true);
    }
}

} // namespace

class TestCommunityVerdict : public QObject
{
    Q_OBJECT

private slots:
    void combination_data();
    void combination();
    void noOpinionChangesNothing();
    void explanationCarriesTheVotes();
    void thresholdIsAdjustable();
};

void TestCommunityVerdict::combination_data()
{
    QTest::addColumn<VerdictLevel>("local");
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<bool>("moderated");
    QTest::addColumn<VerdictLevel>("expected");
    QTest::addColumn<QString>("reason"); // the community reason added, empty for none

    using L = VerdictLevel;
    // Community, confident.
    QTest::newRow("safe, confident, no risk → trusted")
        << L::NoKnownRisk << Rating::Safe << 0.7 << false << L::Trusted << u"community_safe"_s;
    QTest::newRow("safe, confident, suspicious stays")
        << L::Suspicious << Rating::Safe << 0.9 << false << L::Suspicious << QString();
    QTest::newRow("safe, confident, unknown stays")
        << L::Unknown << Rating::Safe << 0.9 << false << L::Unknown << QString();
    QTest::newRow("safe, confident, dangerous stays")
        << L::Dangerous << Rating::Safe << 0.9 << false << L::Dangerous << QString();
    QTest::newRow("unsafe, confident → dangerous")
        << L::NoKnownRisk << Rating::Unsafe << 0.6 << false << L::Dangerous << u"community_unsafe"_s;
    QTest::newRow("unsafe, confident, unknown → dangerous")
        << L::Unknown << Rating::Unsafe << 0.8 << false << L::Dangerous << u"community_unsafe"_s;
    // Community, not confident enough.
    QTest::newRow("safe, weak → unchanged")
        << L::NoKnownRisk << Rating::Safe << 0.59 << false << L::NoKnownRisk << QString();
    QTest::newRow("unsafe, weak → suspicious")
        << L::NoKnownRisk << Rating::Unsafe << 0.3 << false << L::Suspicious << u"community_unsafe"_s;
    QTest::newRow("unsafe, weak, dangerous stays")
        << L::Dangerous << Rating::Unsafe << 0.3 << false << L::Dangerous << u"community_unsafe"_s;
    // Disputed and unrated.
    QTest::newRow("disputed explains")
        << L::NoKnownRisk << Rating::Disputed << 0.2 << false << L::NoKnownRisk << u"community_disputed"_s;
    QTest::newRow("unrated") << L::NoKnownRisk << Rating::Unrated << 0.0 << false << L::NoKnownRisk
                             << QString();
    // Moderators decide, whatever the confidence of the votes.
    QTest::newRow("moderator unsafe")
        << L::NoKnownRisk << Rating::Unsafe << 0.0 << true << L::Dangerous << u"moderator_unsafe"_s;
    QTest::newRow("moderator unsafe over trusted-looking")
        << L::Unknown << Rating::Unsafe << 0.0 << true << L::Dangerous << u"moderator_unsafe"_s;
    QTest::newRow("moderator safe, no risk")
        << L::NoKnownRisk << Rating::Safe << 0.0 << true << L::Trusted << u"moderator_safe"_s;
    QTest::newRow("moderator safe clears a heuristic")
        << L::Suspicious << Rating::Safe << 0.0 << true << L::Trusted << u"moderator_safe"_s;
    QTest::newRow("moderator safe, unknown")
        << L::Unknown << Rating::Safe << 0.0 << true << L::Trusted << u"moderator_safe"_s;
    QTest::newRow("moderator safe never clears dangerous")
        << L::Dangerous << Rating::Safe << 1.0 << true << L::Dangerous << QString();
}

void TestCommunityVerdict::combination()
{
    QFETCH(VerdictLevel, local);
    QFETCH(Rating, rating);
    QFETCH(double, confidence);
    QFETCH(bool, moderated);
    QFETCH(VerdictLevel, expected);
    QFETCH(QString, reason);

    const Verdict before = localVerdict(local);
    QCOMPARE(before.level, local);
    CommunityOpinion opinion{rating, confidence, 6, 1, moderated};
    const Verdict after = withCommunity(before, opinion);
    QCOMPARE(verdictLevelName(after.level), verdictLevelName(expected));
    const QStringList community{u"community_safe"_s, u"community_unsafe"_s, u"community_disputed"_s,
                                u"moderator_safe"_s, u"moderator_unsafe"_s};
    QStringList added;
    for (const Reason& r : after.reasons)
        if (community.contains(r.codeName()))
            added.append(r.codeName());
    QCOMPARE(added, reason.isEmpty() ? QStringList() : QStringList{reason});
    for (const Reason& r : before.reasons) // local findings are kept for the explanation
        QVERIFY(after.reasons.contains(r));
    if (expected == VerdictLevel::Dangerous)
        QVERIFY(after.score >= SafetyEngine::dangerousScore);
    if (expected == VerdictLevel::Suspicious)
        QVERIFY(after.score >= SafetyEngine::suspiciousScore);
}

void TestCommunityVerdict::noOpinionChangesNothing()
{
    for (VerdictLevel level : {VerdictLevel::Dangerous, VerdictLevel::Suspicious, VerdictLevel::Unknown,
                               VerdictLevel::NoKnownRisk}) {
        const Verdict local = localVerdict(level);
        const Verdict after = withCommunity(local, std::nullopt);
        QCOMPARE(after.level, local.level);
        QCOMPARE(after.score, local.score);
        QCOMPARE(after.reasons, local.reasons);
    }
}

void TestCommunityVerdict::explanationCarriesTheVotes()
{
    const Verdict after = withCommunity(localVerdict(VerdictLevel::NoKnownRisk),
                                        CommunityOpinion{Rating::Unsafe, 0.9, 2, 40, false});
    QCOMPARE(after.reasons.first().codeName(), u"community_unsafe"_s);
    QCOMPARE(after.reasons.first().args, (QStringList{u"40"_s, u"42"_s}));
    QVERIFY(after.reasons.first().message().contains(u"40 of 42"_s));
}

void TestCommunityVerdict::thresholdIsAdjustable()
{
    const CommunityOpinion opinion{Rating::Safe, 0.75, 20, 0, false};
    QCOMPARE(withCommunity(localVerdict(VerdictLevel::NoKnownRisk), opinion, {0.7}).level,
             VerdictLevel::Trusted);
    QCOMPARE(withCommunity(localVerdict(VerdictLevel::NoKnownRisk), opinion, {0.8}).level,
             VerdictLevel::NoKnownRisk);
}

QTEST_GUILESS_MAIN(TestCommunityVerdict)
#include "TestCommunityVerdict.moc"
