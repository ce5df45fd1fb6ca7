#pragma once

#include "base/Clock.h"
#include "rating/RateDecision.h"
#include "rating/TokenBucket.h"

class QHostAddress;

namespace SafeScan {

struct EventRateConfig
{
    // Batches per caller (device or account): a burst and a refill rate. A client sends a batch
    // per 20 events or 30 s; flushing an offline queue sends its batches back to back.
    TokenBucketConfig perCaller{30, 1.0};
    // Batches per client address (many installs may share one address behind a NAT).
    TokenBucketConfig perAddress{300, 10.0};
};

// The rate limit of POST /v1/events, on top of the per-address bucket every request passes: one
// token per batch from the caller's bucket and from the address's. Both are in memory only; the
// keys ("device:<id>", "account:<id>", the address) are never stored.
class EventRateLimiter
{
public:
    EventRateLimiter(const Clock& clock, EventRateConfig config = {});

    RateDecision admit(const QString& callerKey, const QHostAddress& address);

private:
    TokenBucket m_callers;
    TokenBucket m_addresses;
};

} // namespace SafeScan
