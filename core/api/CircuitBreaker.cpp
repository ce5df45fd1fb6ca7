#include "CircuitBreaker.h"

#include "ApiLog.h"
#include "base/Clock.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace SafeScan {

CircuitBreaker::CircuitBreaker(const Clock& clock)
    : CircuitBreaker(clock, Options{})
{}

CircuitBreaker::CircuitBreaker(const Clock& clock, Options options)
    : m_clock(clock)
    , m_options(options)
{}

bool CircuitBreaker::allowRequest()
{
    switch (m_state) {
    case State::Closed:
        return true;
    case State::Open:
        if (remainingOpenMs() > 0)
            return false;
        m_state = State::HalfOpen;
        m_probeInFlight = true;
        qCInfo(lcApi) << "Circuit half-open: sending one probe";
        return true;
    case State::HalfOpen:
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    if (m_state != State::Closed)
        qCInfo(lcApi) << "Circuit closed";
    m_state = State::Closed;
    m_failures = 0;
    m_probeInFlight = false;
}

void CircuitBreaker::recordFailure()
{
    switch (m_state) {
    case State::Closed:
        if (++m_failures >= m_options.failureThreshold)
            open();
        break;
    case State::HalfOpen:
        ++m_failures;
        open();
        break;
    case State::Open:
        // A request that started before the breaker opened; the open period is not extended.
        break;
    }
}

void CircuitBreaker::recordAbandoned()
{
    m_probeInFlight = false;
}

qint64 CircuitBreaker::remainingOpenMs() const
{
    if (m_state != State::Open)
        return 0;
    return std::max<qint64>(0, m_openedAtMs + m_options.openMs - m_clock.nowMs());
}

void CircuitBreaker::open()
{
    m_state = State::Open;
    m_openedAtMs = m_clock.nowMs();
    m_probeInFlight = false;
    qCWarning(lcApi) << "Circuit open after" << m_failures << "failures; next probe in" << m_options.openMs
                     << "ms";
}

QString circuitStateName(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed:
        return u"closed"_s;
    case CircuitBreaker::State::Open:
        return u"open"_s;
    case CircuitBreaker::State::HalfOpen:
        return u"half_open"_s;
    }
    return {};
}

} // namespace SafeScan
