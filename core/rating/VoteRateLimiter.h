#pragma once

#include "base/Clock.h"
#include "rating/RateDecision.h"

#include <QHash>
#include <QList>
#include <QString>

namespace SafeScan {

struct VoteRateLimiterConfig
{
    int maxVotes = 3;                    // per voter per sliding window (SPEC §8)
    qint64 windowMs = 5LL * 60 * 1000;   // 5 minutes
    qsizetype maxTrackedVoters = 100000; // memory bound
};

// At most maxVotes votes per voter in any sliding window of windowMs. check() asks, record() counts
// a vote that was accepted. A voter's vote stops counting windowMs after it was recorded, so a
// refusal's retryAfterMs is (oldest counted vote + windowMs − now).
//
// Memory: per voter at most maxVotes timestamps. Voters whose last vote left the window are idle
// and dropped (they are indistinguishable from unknown voters), swept at most once per window or
// whenever the table is over maxTrackedVoters. If the table is still over the bound after that
// (more than maxTrackedVoters voters active at once), the least recently active voters are dropped
// (down to 90% of the bound):
// the limiter then fails open for them rather than growing without bound.
class VoteRateLimiter
{
public:
    explicit VoteRateLimiter(const Clock& clock, VoteRateLimiterConfig config = {});

    RateDecision check(const QString& voterId) const;
    void record(const QString& voterId);

    // Votes of this voter still counted in the current window.
    int countInWindow(const QString& voterId) const;
    qsizetype trackedVoters() const { return m_voters.size(); }
    const VoteRateLimiterConfig& config() const { return m_config; }

private:
    bool counts(qint64 votedAtMs, qint64 nowMs) const { return nowMs - votedAtMs < m_config.windowMs; }
    void sweep(qint64 nowMs, const QString& keep);

    const Clock& m_clock;
    VoteRateLimiterConfig m_config;
    QHash<QString, QList<qint64>> m_voters; // ascending timestamps, at most maxVotes
    qint64 m_lastSweepMs;
};

} // namespace SafeScan
