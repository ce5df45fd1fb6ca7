#pragma once

#include "api/ServiceHealth.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace SafeScan {

class Clock;

// What the window's status bar shows (SPEC §9, §12): the health of each service (bound to its
// ServiceHealth, or set directly by an engine that has none), the outbox depth, the last sync, the
// live connection's round-trip time and the long work in progress. The sync and live engines feed
// it through the plain setters; every change emits changed(). All text, never colour alone: each
// state has a word and an icon of its own.
class StatusViewModel : public QObject
{
    Q_OBJECT
public:
    struct Work
    {
        int id = 0;
        QString label; // "Scanning folder", "Exporting history", ...
        qint64 done = 0;
        qint64 total = 0; // 0: not known yet (busy indicator)
        bool cancellable = false;
    };

    explicit StatusViewModel(const Clock& clock, QObject* parent = nullptr);

    // Follows `health` (its service) until it is destroyed.
    void bindService(ServiceHealth* health);
    void setServiceState(Service service, ServiceState state);
    ServiceState serviceState(Service service) const;
    // "Community API: online", "Live updates: circuit open (retrying later)", ...
    QString serviceText(Service service) const;
    static QString serviceLabel(Service service);
    static QString stateLabel(ServiceState state);
    // ":/icons/status-online.svg", ... one shape per state.
    static QString stateIconPath(ServiceState state);

    void setOutboxDepth(qint64 depth); // -1: unknown
    qint64 outboxDepth() const { return m_outboxDepth; }
    QString outboxText() const;

    void setLastSync(qint64 epochMs); // 0: never
    qint64 lastSyncEpochMs() const { return m_lastSyncMs; }
    QString lastSyncText() const; // relative to the clock's now

    // Why the last sync failed (SyncStatus::lastError); empty when it succeeded.
    void setSyncError(const QString& message);
    QString syncError() const { return m_syncError; }
    QString syncErrorText() const; // "Sync failed: ...", empty when none

    void setRoundTripMs(std::optional<qint64> ms);
    std::optional<qint64> roundTripMs() const { return m_roundTripMs; }
    QString roundTripText() const; // empty when unknown

    // Long work: begin gives an id for update and end. The newest running work is the one shown.
    int beginWork(const QString& label, bool cancellable = false);
    void updateWork(int id, qint64 done, qint64 total);
    void endWork(int id);
    std::optional<Work> currentWork() const;
    QString workText() const; // "Exporting history: 40 of 100", empty when idle

Q_SIGNALS:
    void changed();
    // The user asked to cancel the current work (the status bar's Cancel button).
    void cancelRequested(int workId);

public Q_SLOTS:
    void requestCancel();

private:
    const Clock& m_clock;
    QHash<int, ServiceState> m_states;
    QHash<int, QPointer<ServiceHealth>> m_bound;
    qint64 m_outboxDepth = -1;
    qint64 m_lastSyncMs = 0;
    QString m_syncError;
    std::optional<qint64> m_roundTripMs;
    QList<Work> m_work;
    int m_nextWorkId = 1;
};

} // namespace SafeScan
