#pragma once

#include "api/RatingInfo.h"

#include <QHash>
#include <QObject>

namespace SafeScan {

class Clock;
class Scheduler;

// Rating updates reach listeners at most once per `intervalMs` (1 s) per item, the latest value
// winning (SPEC §9): the first update of an item goes out at once; updates within the interval
// after it are held, each replacing the one held before, and the last is delivered when the
// interval ends (a Scheduler timer). Items are independent.
class RatingThrottle final : public QObject
{
    Q_OBJECT
public:
    RatingThrottle(const Clock& clock, Scheduler& scheduler, qint64 intervalMs = 1000,
                   QObject* parent = nullptr);
    ~RatingThrottle() override;

    void submit(const RatingInfo& rating);
    // Updates held back, waiting for their interval to end.
    int pendingCount() const { return int(m_pending.size()); }

signals:
    void delivered(const SafeScan::RatingInfo& rating);

private:
    void flush(const QString& hash);

    const Clock& m_clock;
    Scheduler& m_scheduler;
    const qint64 m_intervalMs;
    QHash<QString, qint64> m_lastDeliveredMs; // by hash, monotonic ms
    QHash<QString, RatingInfo> m_pending;     // by hash, the latest held value
};

} // namespace SafeScan
