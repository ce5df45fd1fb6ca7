#include "ApiExecutor.h"

#include "ApiLog.h"
#include "base/Clock.h"
#include "base/Scheduler.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

ApiCall::ApiCall(ApiExecutor& executor, ApiJob* job)
    : m_executor(executor)
    , m_job(job)
{
    m_job->setParent(this);
    connect(m_job, &ApiJob::finished, this, &ApiCall::onJobFinished);
    m_executor.m_calls.append(this);
}

ApiCall::~ApiCall()
{
    if (m_retryTimer)
        m_executor.m_scheduler.cancel(m_retryTimer);
    if (m_holdsProbe)
        m_executor.m_breaker.recordAbandoned();
    disconnect(m_job, nullptr, this, nullptr);
    m_executor.m_calls.removeOne(this);
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (m_job->isRunning()) {
        m_job->abort(); // → onJobFinished with Cancelled
        return;
    }
    finish(ApiError::cancelled());
}

void ApiCall::attempt()
{
    m_retryTimer = 0;
    if (m_finished)
        return;
    CircuitBreaker& breaker = m_executor.m_breaker;
    if (!breaker.allowRequest()) {
        const qint64 wait = breaker.state() == CircuitBreaker::State::Open ? breaker.remainingOpenMs()
                                                                           : breaker.options().openMs;
        return finish(ApiError::circuitOpen(wait));
    }
    m_holdsProbe = breaker.state() == CircuitBreaker::State::HalfOpen;
    ++m_attempts;
    m_job->start();
}

void ApiCall::onJobFinished()
{
    const ApiError& error = m_job->error();
    CircuitBreaker& breaker = m_executor.m_breaker;
    ServiceHealth& health = m_executor.m_health;
    m_holdsProbe = false;
    if (error.kind == ApiError::Kind::Cancelled || error.kind == ApiError::Kind::Invalid)
        breaker.recordAbandoned();
    else if (error.ok() || !error.countsAgainstCircuit())
        breaker.recordSuccess();
    else
        breaker.recordFailure();
    health.recordOutcome(error);
    health.setCircuitOpen(breaker.state() == CircuitBreaker::State::Open);

    if (error.ok() || error.kind == ApiError::Kind::Cancelled)
        return finish(error);
    if (breaker.state() == CircuitBreaker::State::Open) {
        // This failure opened the breaker: waiting for a retry that it would refuse is pointless.
        ApiError open = ApiError::circuitOpen(breaker.remainingOpenMs());
        open.message += u" Last error: "_s + error.toString();
        return finish(open);
    }
    const std::optional<qint64> delay =
        m_executor.m_policy.nextDelayMs(m_attempts, error, m_job->isIdempotent());
    if (!delay) {
        qCInfo(lcApi) << m_job->describe() << "gave up after" << m_attempts
                      << "attempt(s):" << error.toString();
        return finish(error);
    }
    qCDebug(lcApi) << m_job->describe() << "retry" << m_attempts << "in" << *delay << "ms after"
                   << error.toString();
    m_error = error;
    emit retryScheduled(m_attempts, *delay, error);
    m_retryTimer = m_executor.m_scheduler.schedule(*delay, this, [this] { attempt(); });
}

void ApiCall::finish(ApiError error)
{
    if (m_finished)
        return;
    if (m_retryTimer) {
        m_executor.m_scheduler.cancel(m_retryTimer);
        m_retryTimer = 0;
    }
    m_finished = true;
    m_error = std::move(error);
    emit finished();
    if (m_autoDelete)
        deleteLater();
}

ApiExecutor::ApiExecutor(Service service, const Clock& clock, Scheduler& scheduler)
    : ApiExecutor(service, clock, scheduler, Options{})
{}

ApiExecutor::ApiExecutor(Service service, const Clock& clock, Scheduler& scheduler, Options options,
                         RetryPolicy::RandomSource random)
    : m_clock(clock)
    , m_scheduler(scheduler)
    , m_policy(options.retry, std::move(random))
    , m_breaker(clock, options.breaker)
    , m_health(service, clock)
{}

ApiExecutor::~ApiExecutor()
{
    // Calls still in flight (a reply that never came, a retry not yet due) go with their executor
    // instead of outliving it.
    while (!m_calls.isEmpty())
        delete m_calls.constLast();
}

ApiCall* ApiExecutor::run(ApiJob* job, QObject* parent)
{
    auto* call = new ApiCall(*this, job);
    call->setParent(parent);
    QMetaObject::invokeMethod(call, &ApiCall::attempt, Qt::QueuedConnection);
    return call;
}

ApiCall* ApiExecutor::run(ApiJob* job, QObject* context, std::function<void(const ApiCall&)> done)
{
    ApiCall* call = run(job, nullptr);
    QObject::connect(call, &ApiCall::finished, context, [call, done = std::move(done)] { done(*call); });
    return call;
}

} // namespace SafeScan
