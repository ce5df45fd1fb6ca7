#pragma once

#include "base/Clock.h"
#include "rating/RateDecision.h"

#include <QHash>
#include <QString>

namespace SafeScan {

struct TokenBucketConfig
{
    int capacity = 20;            // burst size, tokens
    double refillPerSecond = 5.0; // tokens added per second, > 0
    qsizetype maxKeys = 100000;   // memory bound
};

// A token bucket per key (an IP address for SPEC §8). Each take() costs one token; a full bucket
// holds `capacity`; tokens come back at refillPerSecond.
//
// Implemented as GCRA in integer microseconds (no floating drift): per key only the "theoretical
// arrival time" TAT at which the bucket is full again. With T = 1e6 / refillPerSecond µs:
//   take: tat = max(TAT, now); allowAt = tat + T − capacity × T;
//         now ≥ allowAt → allowed, TAT = tat + T; otherwise refused, retryAfter = allowAt − now.
// A key whose TAT ≤ now has a full bucket, the same as an unknown key, so dropping it is exact:
// such idle keys are swept at most once per "time to refill a bucket" and whenever the table is
// over maxKeys. If it is still over maxKeys, the keys closest to full are dropped down to 90% of
// maxKeys (failing open for them) rather than growing without bound.
class TokenBucket
{
public:
    explicit TokenBucket(const Clock& clock, TokenBucketConfig config = {});

    RateDecision take(const QString& key);
    // Whole tokens currently available to key (capacity for an unknown key).
    int available(const QString& key) const;

    qsizetype trackedKeys() const { return m_tat.size(); }
    const TokenBucketConfig& config() const { return m_config; }

private:
    void sweep(qint64 nowUs, const QString& keep);

    const Clock& m_clock;
    TokenBucketConfig m_config;
    qint64 m_intervalUs;
    QHash<QString, qint64> m_tat; // µs on the clock's nowMs scale
    qint64 m_lastSweepUs;
};

} // namespace SafeScan
