#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace SafeScan {

// One community vote as the aggregator sees it (SPEC §8). Voter identity is irrelevant here.
struct Vote
{
    bool safe = false;
    qint64 votedAtMs = 0;        // same time scale as the nowMs passed to aggregate()
    double voterReliability = 0; // 0..1, see VoterReliability; clamped, NaN counts as 0
};

enum class ModeratorDecision
{
    None,
    Safe,
    Unsafe,
};

// How the aggregator turns the vote weights into the "number of votes" of the Wilson interval.
enum class EffectiveVoteCount
{
    // n_eff = Σw: "trusted, fresh vote equivalents". Old votes and new accounts count for little,
    // so ten month-old votes (Σw = 1) or three new accounts (Σw = 0.9) do not make a verdict.
    // Never larger than Kish when every weight is ≤ 1. The default.
    WeightSum,
    // n_eff = (Σw)² / Σw² (Kish). Scale-invariant: only the *spread* of the weights matters, so
    // ten 0.1-weight votes count as 10 — decay and reliability would not slow a verdict down.
    Kish,
};

struct RatingAggregatorConfig
{
    double minEffectiveVotes = 3.0; // below this n_eff the verdict is "unrated"
    EffectiveVoteCount effectiveCount = EffectiveVoteCount::WeightSum;
};

// The aggregated rating of one item.
struct Rating
{
    double score = 0.5;      // weighted share of safe votes; 0.5 with no (weighted) votes
    double confidence = 0.0; // 1 − (upper − lower), in [0, 1]
    double lower = 0.0;      // Wilson 95% interval on (score, n_eff), clamped to [0, 1]
    double upper = 1.0;
    double effectiveVotes = 0.0; // n_eff
    int safe = 0;                // raw vote counts (not weighted)
    int unsafe = 0;
    QString verdict;        // "safe", "unsafe", "disputed", "unrated"
    bool moderated = false; // verdict set by a moderator decision

    // {"hash","score","confidence","safe","unsafe","verdict","moderated"} as GET /v1/ratings needs.
    QJsonObject toJson(const QString& hash) const;
};

// SPEC §8 aggregation. Pure: no clock, no storage; the caller supplies nowMs.
//   weight_i   = max(0.1, 1 − age_i / 30 days) × reliability_i      (age < 0 counts as 0)
//   score      = Σ_{safe} w / Σ w                                     (0.5 when Σ w = 0)
//   n_eff      = Σ w  (or Kish, see EffectiveVoteCount)
//   [lo, hi]   = Wilson score interval, z = 1.96, on (score, n_eff)   ([0, 1] when n_eff = 0)
//   confidence = 1 − (hi − lo)
//   verdict    = unrated if n_eff < minEffectiveVotes; else safe if lo > 0.5; unsafe if hi < 0.5;
//                else disputed. A moderator decision replaces the verdict ("safe"/"unsafe") and
//                sets moderated; score, interval and counts stay the community's numbers.
class RatingAggregator
{
public:
    static constexpr qint64 kDecayPeriodMs = 30LL * 24 * 60 * 60 * 1000;
    static constexpr double kMinDecay = 0.1;
    static constexpr double kZ = 1.96;

    explicit RatingAggregator(RatingAggregatorConfig config = {});

    Rating aggregate(const QList<Vote>& votes, qint64 nowMs,
                     ModeratorDecision decision = ModeratorDecision::None) const;

    const RatingAggregatorConfig& config() const { return m_config; }

    // max(0.1, 1 − age/30 days), age clamped at 0.
    static double decay(qint64 ageMs);
    static double voteWeight(const Vote& vote, qint64 nowMs);
    // Wilson score interval for proportion p over n (possibly fractional) trials, clamped to [0, 1].
    static std::pair<double, double> wilsonInterval(double p, double n, double z = kZ);

private:
    RatingAggregatorConfig m_config;
};

} // namespace SafeScan
