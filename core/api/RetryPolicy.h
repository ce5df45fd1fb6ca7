#pragma once

#include "ApiError.h"

#include <functional>
#include <optional>

namespace SafeScan {

// When to try an operation again (SPEC §9): exponential backoff 1, 2, 4, 8, 16 s, capped at 30 s,
// with full jitter (each wait uniform in [0, ceiling]), a server's Retry-After honoured as a
// minimum, at most `maxAttempts` attempts per operation. Shared by the REST executor and (later)
// the live client's reconnects and the sync engine.
class RetryPolicy
{
public:
    struct Options
    {
        qint64 baseDelayMs = 1'000;
        qint64 maxDelayMs = 30'000;
        int maxAttempts = 6; // the first try and five retries (1, 2, 4, 8, 16 s ceilings)
        // A Retry-After longer than this ends the operation instead of waiting (the caller, e.g.
        // the outbox, tries again later).
        qint64 maxRetryAfterMs = 5 * 60 * 1'000;
    };
    // Uniform in [0, 1). Injected so tests can seed it; the default draws from a generator of
    // its own seeded by the system.
    using RandomSource = std::function<double()>;

    RetryPolicy();
    explicit RetryPolicy(Options options, RandomSource random = {});

    // The ceiling before retry number `retry` (1 = after the first failure): base·2^(retry−1),
    // at most maxDelayMs.
    qint64 ceilingMs(int retry) const;
    // A full-jitter wait before retry number `retry`: uniform in [0, ceilingMs(retry)].
    qint64 backoffMs(int retry) const;
    // Whether `error` is worth another attempt of a request that is (not) idempotent.
    static bool isRetryable(const ApiError& error, bool idempotent);
    // The wait before the next attempt after `attemptsMade` failed attempts, or nothing when the
    // operation should stop (not retryable, attempts used up, Retry-After too long).
    std::optional<qint64> nextDelayMs(int attemptsMade, const ApiError& error, bool idempotent) const;

    const Options& options() const { return m_options; }

private:
    Options m_options;
    RandomSource m_random;
};

} // namespace SafeScan
