#include "rating/TokenBucket.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace SafeScan {

namespace {

constexpr qint64 kMaxIntervalUs = 365LL * 24 * 60 * 60 * 1'000'000; // refill slower than 1/year: clamp

qint64 intervalUs(double refillPerSecond)
{
    if (!std::isfinite(refillPerSecond) || refillPerSecond <= 0.0)
        return kMaxIntervalUs;
    return std::clamp<qint64>(qint64(std::llround(1e6 / refillPerSecond)), 1, kMaxIntervalUs);
}

} // namespace

TokenBucket::TokenBucket(const Clock& clock, TokenBucketConfig config)
    : m_clock(clock)
    , m_config(config)
    , m_intervalUs(intervalUs(config.refillPerSecond))
    , m_lastSweepUs(clock.nowMs() * 1000)
{
    m_config.capacity = std::clamp(m_config.capacity, 1, 1'000'000);
    m_config.maxKeys = std::max<qsizetype>(1, m_config.maxKeys);
}

RateDecision TokenBucket::take(const QString& key)
{
    const qint64 now = m_clock.nowMs() * 1000;
    const qint64 burst = qint64(m_config.capacity) * m_intervalUs;
    const auto it = m_tat.constFind(key);
    const qint64 tat = it == m_tat.cend() ? now : std::max(*it, now);
    const qint64 allowAt = tat + m_intervalUs - burst;
    if (now < allowAt)
        return {false, (allowAt - now + 999) / 1000};
    m_tat.insert(key, tat + m_intervalUs);
    if (m_tat.size() > m_config.maxKeys || now - m_lastSweepUs >= burst)
        sweep(now, key);
    return {};
}

int TokenBucket::available(const QString& key) const
{
    const auto it = m_tat.constFind(key);
    if (it == m_tat.cend())
        return m_config.capacity;
    const qint64 now = m_clock.nowMs() * 1000;
    const qint64 used = std::max<qint64>(0, *it - now); // µs of debt
    const qint64 burst = qint64(m_config.capacity) * m_intervalUs;
    return int(std::max<qint64>(0, (burst - used) / m_intervalUs));
}

void TokenBucket::sweep(qint64 nowUs, const QString& keep)
{
    m_lastSweepUs = nowUs;
    m_tat.removeIf([&](const QHash<QString, qint64>::iterator it) { return *it <= nowUs; });
    // Still over the bound: drop down to 90% of it so that the next sweep is some inserts away.
    const qsizetype target = m_config.maxKeys - m_config.maxKeys / 10;
    if (m_tat.size() <= m_config.maxKeys)
        return;
    const qsizetype excess = m_tat.size() - target;
    if (excess <= 0)
        return;
    std::vector<std::pair<qint64, QString>> byTat;
    byTat.reserve(size_t(m_tat.size()));
    for (auto it = m_tat.cbegin(); it != m_tat.cend(); ++it) {
        if (it.key() != keep) // never the key just charged
            byTat.emplace_back(*it, it.key());
    }
    std::nth_element(byTat.begin(), byTat.begin() + excess, byTat.end());
    for (qsizetype i = 0; i < excess; ++i)
        m_tat.remove(byTat[size_t(i)].second);
}

} // namespace SafeScan
