#include "RatingThrottle.h"

#include "base/Clock.h"
#include "base/Scheduler.h"

namespace SafeScan {

RatingThrottle::RatingThrottle(const Clock& clock, Scheduler& scheduler, qint64 intervalMs, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_scheduler(scheduler)
    , m_intervalMs(intervalMs)
{}

RatingThrottle::~RatingThrottle() = default;

void RatingThrottle::submit(const RatingInfo& rating)
{
    const qint64 now = m_clock.nowMs();
    if (m_lastDeliveredMs.size() > 4096) // forget items whose interval is long over
        m_lastDeliveredMs.removeIf([&](const auto& entry) { return now - entry.value() >= m_intervalMs; });
    const auto last = m_lastDeliveredMs.constFind(rating.hash);
    if (m_pending.contains(rating.hash)) {
        m_pending.insert(rating.hash, rating); // the timer is running; the latest wins
        return;
    }
    if (last == m_lastDeliveredMs.cend() || now - *last >= m_intervalMs) {
        m_lastDeliveredMs.insert(rating.hash, now);
        emit delivered(rating);
        return;
    }
    m_pending.insert(rating.hash, rating);
    const QString hash = rating.hash;
    m_scheduler.schedule(*last + m_intervalMs - now, this, [this, hash] { flush(hash); });
}

void RatingThrottle::flush(const QString& hash)
{
    const auto found = m_pending.constFind(hash);
    if (found == m_pending.cend())
        return;
    const RatingInfo rating = *found;
    m_pending.erase(found);
    m_lastDeliveredMs.insert(hash, m_clock.nowMs());
    emit delivered(rating);
}

} // namespace SafeScan
