#pragma once

#include <QtGlobal>

namespace SafeScan {

// A voter's reliability in [0.05, 1], the factor of their votes' weight (SPEC §8). Pure function of
// the voter's record against moderator decisions and the account's age:
//
//   prior(age)  = 0.3 + 0.2 × min(1, age / 90 days)        0.3 for a new account, 0.5 at 90 days
//   reliability = clamp((a + k × prior) / (a + d + k), 0.05, 1)   with k = 4
//
// where a = agreements and d = disagreements with moderator decisions (negative counts and ages
// count as 0). It is the mean of a Beta prior of strength k centred on prior(age), updated by the
// record: each agreement pulls towards 1, each disagreement towards 0, and the record outweighs
// age once there are a handful of decisions. Examples: new account 0.3; 10 agreements 0.8;
// 10 disagreements 0.0857; 50 disagreements 0.05 (floor).
class VoterReliability
{
public:
    static constexpr double kNewAccount = 0.3;
    static constexpr double kMatureAccount = 0.5;
    static constexpr qint64 kMaturityMs = 90LL * 24 * 60 * 60 * 1000;
    static constexpr double kPriorStrength = 4.0;
    static constexpr double kMin = 0.05;
    static constexpr double kMax = 1.0;

    static double prior(qint64 accountAgeMs);
    static double compute(int agreements, int disagreements, qint64 accountAgeMs);
};

} // namespace SafeScan
