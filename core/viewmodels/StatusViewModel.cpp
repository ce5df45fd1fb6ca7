#include "StatusViewModel.h"

#include "base/Clock.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

StatusViewModel::StatusViewModel(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{}

void StatusViewModel::bindService(ServiceHealth* health)
{
    if (!health)
        return;
    const int key = int(health->service());
    if (ServiceHealth* old = m_bound.value(key))
        disconnect(old, nullptr, this, nullptr);
    m_bound.insert(key, health);
    connect(health, &ServiceHealth::changed, this,
            [this, health] { setServiceState(health->service(), health->state()); });
    setServiceState(health->service(), health->state());
}

void StatusViewModel::setServiceState(Service service, ServiceState state)
{
    if (m_states.value(int(service), ServiceState::Unknown) == state && m_states.contains(int(service)))
        return;
    m_states.insert(int(service), state);
    Q_EMIT changed();
}

ServiceState StatusViewModel::serviceState(Service service) const
{
    return m_states.value(int(service), ServiceState::Unknown);
}

QString StatusViewModel::serviceLabel(Service service)
{
    switch (service) {
    case Service::Api:
        return tr("Community API");
    case Service::Live:
        return tr("Live updates");
    case Service::Analytics:
        return tr("Analytics");
    }
    return {};
}

QString StatusViewModel::stateLabel(ServiceState state)
{
    switch (state) {
    case ServiceState::Unknown:
        return tr("not connected");
    case ServiceState::Online:
        return tr("online");
    case ServiceState::Degraded:
        return tr("degraded");
    case ServiceState::Offline:
        return tr("offline");
    case ServiceState::CircuitOpen:
        return tr("circuit open (paused, retrying later)");
    }
    return {};
}

QString StatusViewModel::stateIconPath(ServiceState state)
{
    return u":/icons/status-%1.svg"_s.arg(serviceStateName(state).replace(u'_', u'-'));
}

QString StatusViewModel::serviceText(Service service) const
{
    return tr("%1: %2").arg(serviceLabel(service), stateLabel(serviceState(service)));
}

void StatusViewModel::setOutboxDepth(qint64 depth)
{
    if (depth == m_outboxDepth)
        return;
    m_outboxDepth = depth;
    Q_EMIT changed();
}

QString StatusViewModel::outboxText() const
{
    if (m_outboxDepth < 0)
        return tr("Outbox: unknown");
    if (m_outboxDepth == 0)
        return tr("Outbox: empty");
    return tr("Outbox: %n change(s) waiting to sync", nullptr, int(qMin<qint64>(m_outboxDepth, INT_MAX)));
}

void StatusViewModel::setLastSync(qint64 epochMs)
{
    if (epochMs == m_lastSyncMs)
        return;
    m_lastSyncMs = epochMs;
    Q_EMIT changed();
}

QString StatusViewModel::lastSyncText() const
{
    if (m_lastSyncMs <= 0)
        return tr("Last sync: never");
    const qint64 ago = qMax<qint64>(0, m_clock.epochMs() - m_lastSyncMs) / 1000;
    if (ago < 60)
        return tr("Last sync: just now");
    if (ago < 3600)
        return tr("Last sync: %n minute(s) ago", nullptr, int(ago / 60));
    if (ago < 48 * 3600)
        return tr("Last sync: %n hour(s) ago", nullptr, int(ago / 3600));
    return tr("Last sync: %n day(s) ago", nullptr, int(ago / 86400));
}

void StatusViewModel::setSyncError(const QString& message)
{
    if (message == m_syncError)
        return;
    m_syncError = message;
    Q_EMIT changed();
}

QString StatusViewModel::syncErrorText() const
{
    return m_syncError.isEmpty() ? QString() : tr("Sync failed: %1").arg(m_syncError);
}

void StatusViewModel::setRoundTripMs(std::optional<qint64> ms)
{
    if (ms == m_roundTripMs)
        return;
    m_roundTripMs = ms;
    Q_EMIT changed();
}

QString StatusViewModel::roundTripText() const
{
    return m_roundTripMs ? tr("Live round trip: %1 ms").arg(*m_roundTripMs) : QString();
}

int StatusViewModel::beginWork(const QString& label, bool cancellable)
{
    Work work;
    work.id = m_nextWorkId++;
    work.label = label;
    work.cancellable = cancellable;
    m_work.append(work);
    Q_EMIT changed();
    return work.id;
}

void StatusViewModel::updateWork(int id, qint64 done, qint64 total)
{
    for (Work& work : m_work)
        if (work.id == id) {
            work.done = done;
            work.total = total;
            Q_EMIT changed();
            return;
        }
}

void StatusViewModel::endWork(int id)
{
    const auto removed = m_work.removeIf([id](const Work& work) { return work.id == id; });
    if (removed > 0)
        Q_EMIT changed();
}

std::optional<StatusViewModel::Work> StatusViewModel::currentWork() const
{
    if (m_work.isEmpty())
        return std::nullopt;
    return m_work.last();
}

QString StatusViewModel::workText() const
{
    const std::optional<Work> work = currentWork();
    if (!work)
        return {};
    if (work->total <= 0)
        return tr("%1…").arg(work->label);
    return tr("%1: %2 of %3").arg(work->label).arg(work->done).arg(work->total);
}

void StatusViewModel::requestCancel()
{
    if (const std::optional<Work> work = currentWork(); work && work->cancellable)
        Q_EMIT cancelRequested(work->id);
}

} // namespace SafeScan
