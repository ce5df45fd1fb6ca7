#pragma once

#include <QtGlobal>

namespace SafeScan {

class Clock;

// One service's circuit breaker (SPEC §9), on the injected clock:
// - Closed: requests pass; `failureThreshold` (5) countable failures in a row open it.
// - Open: requests are refused for `openMs` (60 s).
// - HalfOpen: after that, exactly one request (the probe) is let through; every other caller is
//   refused until it ends. Success closes the breaker, failure opens it for another `openMs`.
// "Countable" is the caller's judgement (ApiError::countsAgainstCircuit): 4xx answers other than
// 408/429 prove the service is up and count as success. Not thread-safe; one per service.
class CircuitBreaker
{
public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen,
    };
    struct Options
    {
        int failureThreshold = 5;
        qint64 openMs = 60'000;
    };

    explicit CircuitBreaker(const Clock& clock);
    CircuitBreaker(const Clock& clock, Options options);

    // Whether a request may go now. In HalfOpen this claims the single probe: the caller must
    // then report its outcome (recordSuccess/recordFailure/recordAbandoned).
    bool allowRequest();
    void recordSuccess();
    void recordFailure();
    // The request ended without an outcome (cancelled): a claimed probe is released so that the
    // next caller may probe.
    void recordAbandoned();

    State state() const { return m_state; }
    int consecutiveFailures() const { return m_failures; }
    // Time until an Open breaker lets a probe through; 0 when not Open.
    qint64 remainingOpenMs() const;
    const Options& options() const { return m_options; }

private:
    void open();

    const Clock& m_clock;
    Options m_options;
    State m_state = State::Closed;
    int m_failures = 0;
    qint64 m_openedAtMs = 0;
    bool m_probeInFlight = false;
};

QString circuitStateName(CircuitBreaker::State state); // "closed", "open", "half_open"

} // namespace SafeScan
