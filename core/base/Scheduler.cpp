#include "Scheduler.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <limits>

namespace SafeScan {

struct TimerScheduler::Pending
{
    QHash<TimerId, QPointer<QTimer>> timers;
};

TimerScheduler::TimerScheduler()
    : m_pending(std::make_unique<Pending>())
{}

TimerScheduler::~TimerScheduler()
{
    if (!m_pending)
        return;
    for (const QPointer<QTimer>& timer : std::as_const(m_pending->timers))
        delete timer.data();
}

Scheduler::TimerId TimerScheduler::schedule(qint64 delayMs, QObject* context, std::function<void()> callback)
{
    if (!m_pending)
        m_pending = std::make_unique<Pending>();
    const TimerId id = ++m_nextId;
    // Not parented to the context: the callback may destroy the context while the timer emits.
    auto* timer = new QTimer;
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    timer->setInterval(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
    QObject::connect(timer, &QTimer::timeout, context, [this, id, timer, callback = std::move(callback)] {
        m_pending->timers.remove(id);
        timer->deleteLater();
        callback();
    });
    QObject::connect(context, &QObject::destroyed, timer, [this, id] { cancel(id); });
    m_pending->timers.insert(id, timer);
    timer->start();
    return id;
}

void TimerScheduler::cancel(TimerId id)
{
    if (!m_pending)
        return;
    const QPointer<QTimer> timer = m_pending->timers.take(id);
    if (timer) {
        timer->stop();
        timer->deleteLater();
    }
}

} // namespace SafeScan
