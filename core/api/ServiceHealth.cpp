#include "ServiceHealth.h"

#include "base/Clock.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

QString serviceName(Service service)
{
    switch (service) {
    case Service::Api:
        return u"api"_s;
    case Service::Live:
        return u"live"_s;
    case Service::Analytics:
        return u"analytics"_s;
    }
    return {};
}

QString serviceStateName(ServiceState state)
{
    switch (state) {
    case ServiceState::Unknown:
        return u"unknown"_s;
    case ServiceState::Online:
        return u"online"_s;
    case ServiceState::Degraded:
        return u"degraded"_s;
    case ServiceState::Offline:
        return u"offline"_s;
    case ServiceState::CircuitOpen:
        return u"circuit_open"_s;
    }
    return {};
}

ServiceHealth::ServiceHealth(Service service, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(clock)
{}

void ServiceHealth::recordOutcome(const ApiError& error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        m_lastSuccessMs = m_clock.epochMs();
        m_answerState = ServiceState::Online;
        break;
    case Kind::Network:
    case Kind::Timeout:
        m_lastError = error;
        m_answerState = ServiceState::Offline;
        break;
    case Kind::Http:
    case Kind::Parse:
        m_lastError = error;
        m_answerState = error.countsAgainstCircuit() ? ServiceState::Degraded : ServiceState::Online;
        break;
    case Kind::CircuitOpen:
    case Kind::Invalid:
    case Kind::Cancelled:
        return;
    }
    setState(m_circuitOpen ? ServiceState::CircuitOpen : m_answerState);
    emit changed(); // lastSuccess or lastError moved even when the state did not
}

void ServiceHealth::setCircuitOpen(bool open)
{
    if (open == m_circuitOpen)
        return;
    m_circuitOpen = open;
    setState(open ? ServiceState::CircuitOpen : m_answerState);
    emit changed();
}

void ServiceHealth::setState(ServiceState state)
{
    m_state = state;
}

} // namespace SafeScan
