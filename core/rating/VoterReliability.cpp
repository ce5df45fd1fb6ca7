#include "rating/VoterReliability.h"

#include <algorithm>

namespace SafeScan {

double VoterReliability::prior(qint64 accountAgeMs)
{
    const double maturity = std::min(1.0, double(std::max<qint64>(0, accountAgeMs)) / double(kMaturityMs));
    return kNewAccount + (kMatureAccount - kNewAccount) * maturity;
}

double VoterReliability::compute(int agreements, int disagreements, qint64 accountAgeMs)
{
    const double a = std::max(0, agreements);
    const double d = std::max(0, disagreements);
    const double value = (a + kPriorStrength * prior(accountAgeMs)) / (a + d + kPriorStrength);
    return std::clamp(value, kMin, kMax);
}

} // namespace SafeScan
