#pragma once

#include <QtGlobal>

#include <algorithm>

namespace SafeScan {

// Answer of a rate limiter: allowed, or refused with the time until a retry can succeed.
struct RateDecision
{
    bool allowed = true;
    qint64 retryAfterMs = 0; // 0 when allowed

    // For an HTTP 429 Retry-After header: whole seconds, rounded up, at least 1 when refused.
    qint64 retryAfterSeconds() const
    {
        return allowed ? 0 : std::max<qint64>(1, (retryAfterMs + 999) / 1000);
    }
};

} // namespace SafeScan
