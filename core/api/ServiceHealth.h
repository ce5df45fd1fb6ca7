#pragma once

#include "ApiError.h"

#include <QObject>
#include <QString>

namespace SafeScan {

class Clock;

// The community services the client talks to, each with its own breaker and health (SPEC §9).
enum class Service
{
    Api,
    Live,
    Analytics,
};
QString serviceName(Service service); // "api", "live", "analytics"

enum class ServiceState
{
    Unknown,     // nothing tried yet
    Online,      // the last request got a proper answer
    Degraded,    // the server answers but fails (5xx, 429, garbled answers)
    Offline,     // the last request got no answer (network error, timeout)
    CircuitOpen, // repeated failures: requests are held back until the next probe
};
QString serviceStateName(ServiceState state); // "unknown", "online", "degraded", "offline", "circuit_open"

// What the UI shows about one service: its state, when it last answered properly, the last error.
// Fed by ApiExecutor (and later by the live client and the analytics uploader); changed() fires
// whenever any of it changes.
class ServiceHealth final : public QObject
{
    Q_OBJECT
public:
    ServiceHealth(Service service, const Clock& clock, QObject* parent = nullptr);

    Service service() const { return m_service; }
    ServiceState state() const { return m_state; }
    qint64 lastSuccessEpochMs() const { return m_lastSuccessMs; } // 0 when never
    const ApiError& lastError() const { return m_lastError; }     // of the last failed request

    // A request ended: ok, or with `error` (Cancelled and Invalid change nothing).
    void recordOutcome(const ApiError& error);
    // The breaker opened or closed.
    void setCircuitOpen(bool open);

signals:
    void changed();

private:
    void setState(ServiceState state);

    const Service m_service;
    const Clock& m_clock;
    ServiceState m_state = ServiceState::Unknown;
    bool m_circuitOpen = false;
    ServiceState m_answerState = ServiceState::Unknown; // from the last outcome, under the breaker
    qint64 m_lastSuccessMs = 0;
    ApiError m_lastError;
};

} // namespace SafeScan
