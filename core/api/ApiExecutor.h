#pragma once

#include "ApiJob.h"
#include "CircuitBreaker.h"
#include "RetryPolicy.h"
#include "ServiceHealth.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace SafeScan {

class ApiExecutor;
class Clock;
class Scheduler;

// One operation run through the breaker and the retry policy: the job is started, and on a
// retryable failure started again after the policy's delay (a Scheduler timer), until it succeeds,
// fails for good, the attempts are used up, or the breaker refuses. finished() comes once.
// Owns the job. Deletes itself after finished() unless setAutoDelete(false).
class ApiCall final : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    ApiJob* job() const { return m_job; }
    // The final outcome (ok, or the last attempt's error).
    const ApiError& error() const { return m_error; }
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }
    // Stops the call (a running attempt is aborted, a pending retry dropped); finished() follows
    // with Kind::Cancelled.
    void cancel();
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    // Retry number `retry` is scheduled in `delayMs` after `error` (for logs and status lines).
    void retryScheduled(int retry, qint64 delayMs, const SafeScan::ApiError& error);
    void finished();

private:
    friend class ApiExecutor;
    ApiCall(ApiExecutor& executor, ApiJob* job);

    void attempt();
    void onJobFinished();
    void finish(ApiError error);

    ApiExecutor& m_executor;
    ApiJob* m_job;
    ApiError m_error;
    int m_attempts = 0;
    quint64 m_retryTimer = 0;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_holdsProbe = false;
};

// Runs API jobs for one service through its CircuitBreaker and RetryPolicy, keeping its
// ServiceHealth up to date. Time and timers come from the injected Clock and Scheduler.
class ApiExecutor
{
public:
    struct Options
    {
        RetryPolicy::Options retry;
        CircuitBreaker::Options breaker;
    };

    ApiExecutor(Service service, const Clock& clock, Scheduler& scheduler);
    ApiExecutor(Service service, const Clock& clock, Scheduler& scheduler, Options options,
                RetryPolicy::RandomSource random = {});
    ~ApiExecutor();
    ApiExecutor(const ApiExecutor&) = delete;
    ApiExecutor& operator=(const ApiExecutor&) = delete;

    // Takes `job` (its parent becomes the call) and starts the first attempt from the event
    // loop. The call's parent is `parent`.
    ApiCall* run(ApiJob* job, QObject* parent = nullptr);
    // Same, calling `done` (on `context`, which must outlive nothing else) when it finishes.
    ApiCall* run(ApiJob* job, QObject* context, std::function<void(const ApiCall&)> done);

    CircuitBreaker& breaker() { return m_breaker; }
    ServiceHealth& health() { return m_health; }
    const RetryPolicy& retryPolicy() const { return m_policy; }
    Service service() const { return m_health.service(); }

private:
    friend class ApiCall;
    const Clock& m_clock;
    Scheduler& m_scheduler;
    RetryPolicy m_policy;
    CircuitBreaker m_breaker;
    ServiceHealth m_health;
    // Calls not yet destroyed: the executor outlives none of them (their destructors use it).
    QList<ApiCall*> m_calls;
};

} // namespace SafeScan
