#include "PassBudget.h"

#include <algorithm>

namespace SafeScan {

PassBudget::PassBudget(double share, int maxBankedFrames)
    : m_share(std::max(0.0, share))
    , m_maxBankedFrames(std::max(1, maxBankedFrames))
{}

void PassBudget::recordPlain(qint64 costNs)
{
    const double earned = m_share * double(costNs);
    m_credit = std::min(m_credit + earned, earned * m_maxBankedFrames);
}

void PassBudget::recordExtra(qint64 costNs)
{
    m_credit -= double(costNs);
}

} // namespace SafeScan
