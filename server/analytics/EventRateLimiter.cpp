#include "EventRateLimiter.h"

#include "abuse/AbuseGuard.h"

#include <QHostAddress>

namespace SafeScan {

EventRateLimiter::EventRateLimiter(const Clock& clock, EventRateConfig config)
    : m_callers(clock, config.perCaller)
    , m_addresses(clock, config.perAddress)
{}

RateDecision EventRateLimiter::admit(const QString& callerKey, const QHostAddress& address)
{
    const RateDecision byAddress = m_addresses.take(AbuseGuard::addressKey(address));
    if (!byAddress.allowed)
        return byAddress;
    return m_callers.take(callerKey);
}

} // namespace SafeScan
