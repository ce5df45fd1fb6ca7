#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>

class QObject;

namespace SafeScan {

// Runs callbacks after a delay. Everything that waits (retry backoff, request timeouts, circuit
// breaker probes) schedules through this interface so that tests can fire the timers by moving a
// manual clock (tests/support/ManualScheduler.h) instead of sleeping.
class Scheduler
{
public:
    using TimerId = quint64;

    virtual ~Scheduler() = default;
    // Calls `callback` once, `delayMs` (>= 0) from now, on the thread of `context` (which must live
    // on the calling thread); never when
    // `context` is destroyed first. Returns an id for cancel(), never 0.
    virtual TimerId schedule(qint64 delayMs, QObject* context, std::function<void()> callback) = 0;
    // Forgets a pending callback; ignores ids that have fired or are unknown.
    virtual void cancel(TimerId id) = 0;
};

// The real scheduler: one single-shot QTimer per callback, parented to the context.
class TimerScheduler final : public Scheduler
{
public:
    TimerScheduler();
    ~TimerScheduler() override;
    TimerScheduler(const TimerScheduler&) = delete;
    TimerScheduler& operator=(const TimerScheduler&) = delete;

    TimerId schedule(qint64 delayMs, QObject* context, std::function<void()> callback) override;
    void cancel(TimerId id) override;

private:
    struct Pending;
    std::unique_ptr<Pending> m_pending;
    TimerId m_nextId = 0;
};

} // namespace SafeScan
