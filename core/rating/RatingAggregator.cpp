#include "rating/RatingAggregator.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SafeScan {

QJsonObject Rating::toJson(const QString& hash) const
{
    return QJsonObject{
        {u"hash"_s, hash},     {u"score"_s, score},     {u"confidence"_s, confidence}, {u"safe"_s, safe},
        {u"unsafe"_s, unsafe}, {u"verdict"_s, verdict}, {u"moderated"_s, moderated},
    };
}

RatingAggregator::RatingAggregator(RatingAggregatorConfig config)
    : m_config(config)
{}

double RatingAggregator::decay(qint64 ageMs)
{
    const double age = double(std::max<qint64>(0, ageMs));
    return std::max(kMinDecay, 1.0 - age / double(kDecayPeriodMs));
}

double RatingAggregator::voteWeight(const Vote& vote, qint64 nowMs)
{
    double reliability = vote.voterReliability;
    if (!std::isfinite(reliability))
        reliability = 0.0;
    reliability = std::clamp(reliability, 0.0, 1.0);
    return decay(nowMs - vote.votedAtMs) * reliability;
}

std::pair<double, double> RatingAggregator::wilsonInterval(double p, double n, double z)
{
    if (!(n > 0.0) || !std::isfinite(n))
        return {0.0, 1.0};
    p = std::clamp(p, 0.0, 1.0);
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    // Mathematically lower ≤ p ≤ upper; keep it so under rounding (p = 1 gives upper = 0.99999…).
    return {std::clamp(std::min(centre - half, p), 0.0, 1.0),
            std::clamp(std::max(centre + half, p), 0.0, 1.0)};
}

Rating RatingAggregator::aggregate(const QList<Vote>& votes, qint64 nowMs, ModeratorDecision decision) const
{
    Rating rating;
    double sumW = 0.0;
    double sumW2 = 0.0;
    double sumSafe = 0.0;
    for (const Vote& vote : votes) {
        (vote.safe ? rating.safe : rating.unsafe) += 1;
        const double w = voteWeight(vote, nowMs);
        sumW += w;
        sumW2 += w * w;
        if (vote.safe)
            sumSafe += w;
    }

    if (sumW > 0.0) {
        rating.score = std::clamp(sumSafe / sumW, 0.0, 1.0);
        rating.effectiveVotes =
            m_config.effectiveCount == EffectiveVoteCount::Kish ? sumW * sumW / sumW2 : sumW;
    }
    const auto [lower, upper] = wilsonInterval(rating.score, rating.effectiveVotes);
    rating.lower = lower;
    rating.upper = upper;
    rating.confidence = std::clamp(1.0 - (upper - lower), 0.0, 1.0);

    if (decision != ModeratorDecision::None) {
        rating.moderated = true;
        rating.verdict = decision == ModeratorDecision::Safe ? u"safe"_s : u"unsafe"_s;
    } else if (rating.effectiveVotes < m_config.minEffectiveVotes || rating.effectiveVotes <= 0.0) {
        rating.verdict = u"unrated"_s;
    } else if (lower > 0.5) {
        rating.verdict = u"safe"_s;
    } else if (upper < 0.5) {
        rating.verdict = u"unsafe"_s;
    } else {
        rating.verdict = u"disputed"_s;
    }
    return rating;
}

} // namespace SafeScan
