#pragma once

#include <QtGlobal>

namespace SafeScan {

// Decides when a live stream may afford a fallback pass. Every plain pass earns `share` of its own
// cost as credit; a fallback pass runs only while the credit is not negative and spends its real
// cost. Over any run of frames the fallback time therefore stays within `share` of the plain time
// (plus at most one pass), however expensive each fallback is. Credit is capped so that a long
// stretch with a code in view does not buy a burst later.
class PassBudget
{
public:
    explicit PassBudget(double share = 0.25, int maxBankedFrames = 4);

    void recordPlain(qint64 costNs);
    bool canRunExtra() const { return m_share > 0 && m_credit >= 0; }
    void recordExtra(qint64 costNs);
    double credit() const { return m_credit; }
    double share() const { return m_share; }

private:
    double m_share;
    int m_maxBankedFrames;
    double m_credit = 0;
};

} // namespace SafeScan
