#include "rating/VoteRateLimiter.h"

#include <algorithm>
#include <vector>

namespace SafeScan {

VoteRateLimiter::VoteRateLimiter(const Clock& clock, VoteRateLimiterConfig config)
    : m_clock(clock)
    , m_config(config)
    , m_lastSweepMs(clock.nowMs())
{
    m_config.maxVotes = std::max(1, m_config.maxVotes);
    m_config.windowMs = std::max<qint64>(1, m_config.windowMs);
    m_config.maxTrackedVoters = std::max<qsizetype>(1, m_config.maxTrackedVoters);
}

int VoteRateLimiter::countInWindow(const QString& voterId) const
{
    const auto it = m_voters.constFind(voterId);
    if (it == m_voters.cend())
        return 0;
    const qint64 now = m_clock.nowMs();
    return int(std::count_if(it->cbegin(), it->cend(), [&](qint64 t) { return counts(t, now); }));
}

RateDecision VoteRateLimiter::check(const QString& voterId) const
{
    const auto it = m_voters.constFind(voterId);
    if (it == m_voters.cend())
        return {};
    const qint64 now = m_clock.nowMs();
    QList<qint64> live;
    for (qint64 t : *it) {
        if (counts(t, now))
            live.append(t);
    }
    if (live.size() < m_config.maxVotes)
        return {};
    // The (size − maxVotes + 1)-th oldest live vote has to leave the window first.
    const qint64 blocking = live.at(live.size() - m_config.maxVotes);
    return {false, std::max<qint64>(1, blocking + m_config.windowMs - now)};
}

void VoteRateLimiter::record(const QString& voterId)
{
    const qint64 now = m_clock.nowMs();
    QList<qint64>& stamps = m_voters[voterId];
    stamps.removeIf([&](qint64 t) { return !counts(t, now); });
    stamps.append(now);
    std::sort(stamps.begin(), stamps.end()); // stays sorted even if the clock was ever adjusted back
    while (stamps.size() > m_config.maxVotes)
        stamps.removeFirst();

    if (m_voters.size() > m_config.maxTrackedVoters || now - m_lastSweepMs >= m_config.windowMs)
        sweep(now, voterId);
}

void VoteRateLimiter::sweep(qint64 nowMs, const QString& keep)
{
    m_lastSweepMs = nowMs;
    m_voters.removeIf([&](const QHash<QString, QList<qint64>>::iterator it) {
        return it->isEmpty() || !counts(it->constLast(), nowMs);
    });
    // Over the bound with only active voters: drop down to 90% of it so that the next sweep is
    // some inserts away (amortised O(1) per record instead of a full sweep on every one).
    const qsizetype target = m_config.maxTrackedVoters - m_config.maxTrackedVoters / 10;
    if (m_voters.size() <= m_config.maxTrackedVoters)
        return;
    const qsizetype excess = m_voters.size() - target;
    if (excess <= 0)
        return;
    std::vector<std::pair<qint64, QString>> byActivity;
    byActivity.reserve(size_t(m_voters.size()));
    for (auto it = m_voters.cbegin(); it != m_voters.cend(); ++it) {
        if (it.key() != keep) // never the voter just recorded
            byActivity.emplace_back(it->constLast(), it.key());
    }
    std::nth_element(byActivity.begin(), byActivity.begin() + excess, byActivity.end());
    for (qsizetype i = 0; i < excess; ++i)
        m_voters.remove(byActivity[size_t(i)].second);
}

} // namespace SafeScan
