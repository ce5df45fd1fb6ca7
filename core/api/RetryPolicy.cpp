#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <memory>

namespace SafeScan {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Options{})
{}

RetryPolicy::RetryPolicy(Options options, RandomSource random)
    : m_options(options)
    , m_random(std::move(random))
{
    if (!m_random) {
        auto generator = std::make_shared<QRandomGenerator>(QRandomGenerator::securelySeeded());
        m_random = [generator] { return generator->generateDouble(); };
    }
}

qint64 RetryPolicy::ceilingMs(int retry) const
{
    const int doublings = std::clamp(retry - 1, 0, 40);
    const double ceiling = double(m_options.baseDelayMs) * std::ldexp(1.0, doublings);
    return qint64(std::min(ceiling, double(m_options.maxDelayMs)));
}

qint64 RetryPolicy::backoffMs(int retry) const
{
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const qint64 ceiling = ceilingMs(retry);
    return std::min(ceiling, qint64(std::floor(r * double(ceiling + 1))));
}

bool RetryPolicy::isRetryable(const ApiError& error, bool idempotent)
{
    if (!error.isTransient())
        return false;
    return idempotent || error.requestNotProcessed();
}

std::optional<qint64> RetryPolicy::nextDelayMs(int attemptsMade, const ApiError& error, bool idempotent) const
{
    if (attemptsMade >= m_options.maxAttempts || !isRetryable(error, idempotent))
        return std::nullopt;
    if (error.retryAfterMs > m_options.maxRetryAfterMs)
        return std::nullopt;
    return std::max(backoffMs(attemptsMade), error.retryAfterMs);
}

} // namespace SafeScan
