#pragma once

#include "ManualClock.h"
#include "base/Scheduler.h"

#include <QObject>
#include <QPointer>

#include <map>
#include <utility>

namespace SafeScan::Test {

// A scheduler whose timers fire only when the test moves its ManualClock through advance():
// due callbacks run in order of their due time (then of scheduling), each with the clock set to
// its due time. Nothing ever sleeps.
class ManualScheduler final : public Scheduler
{
public:
    explicit ManualScheduler(ManualClock& clock)
        : m_clock(clock)
    {}

    TimerId schedule(qint64 delayMs, QObject* context, std::function<void()> callback) override
    {
        const TimerId id = ++m_nextId;
        m_timers.emplace(std::pair{m_clock.nowMs() + std::max<qint64>(delayMs, 0), id},
                         Timer{QPointer<QObject>(context), std::move(callback)});
        return id;
    }
    void cancel(TimerId id) override
    {
        for (auto it = m_timers.begin(); it != m_timers.end(); ++it)
            if (it->first.second == id) {
                m_timers.erase(it);
                return;
            }
    }

    // Moves the clock forward by `ms`, firing every callback that falls due on the way (also
    // those scheduled by callbacks that ran).
    void advance(qint64 ms)
    {
        const qint64 target = m_clock.nowMs() + ms;
        while (!m_timers.empty() && m_timers.begin()->first.first <= target) {
            auto node = m_timers.extract(m_timers.begin());
            m_clock.advance(node.key().first - m_clock.nowMs());
            if (node.mapped().context)
                node.mapped().callback();
        }
        m_clock.advance(target - m_clock.nowMs());
    }
    // Fires whatever is due now without moving the clock.
    void runDue() { advance(0); }

    int pendingCount() const { return int(m_timers.size()); }
    // Delay until the next timer, or -1 when none is pending.
    qint64 nextDelayMs() const
    {
        return m_timers.empty() ? -1 : m_timers.begin()->first.first - m_clock.nowMs();
    }

private:
    struct Timer
    {
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    ManualClock& m_clock;
    std::map<std::pair<qint64, TimerId>, Timer> m_timers;
    TimerId m_nextId = 0;
};

} // namespace SafeScan::Test
