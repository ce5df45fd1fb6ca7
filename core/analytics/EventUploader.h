#pragma once

#include "api/ApiContext.h"
#include "api/ApiError.h"
#include "api/ApiExecutor.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace SafeScan {

class AnalyticsEventQueue;
class Scheduler;

// Sends the queued analytics events (SPEC §10): a flush starts when 20 events wait or 30 s after
// the first one was queued (Scheduler timers), and sends every unsent event, oldest first, in
// requests of at most `maxPerRequest` events that share one install id, through the analytics
// service's ApiExecutor (retry, backoff, circuit breaker, ServiceHealth).
//
// A 200 answer means every event of the request was dealt with: accepted, duplicate (the server
// saw it before, e.g. the answer to an earlier attempt was lost) or rejected on its own; all of
// them are marked sent. A 400/413 for a whole request halves the next request until one event is
// left, which is then dropped as rejected (so one bad event can never block the queue). Any other
// failure (offline, 5xx, 429, circuit open, not signed in, 401/403) leaves the events queued in
// SQLite, and the next attempt comes one interval later; they survive restarts: start() plans a
// flush when the queue has unsent events.
class EventUploader final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int batchSize = 20;         // this many waiting events start a flush at once
        qint64 intervalMs = 30'000; // else a flush this long after the first waiting event
        int maxPerRequest = 100;    // events in one POST /v1/events (the server takes up to 500)
    };
    struct Counters
    {
        qint64 accepted = 0;
        qint64 duplicates = 0;
        qint64 rejected = 0;
        qint64 failedRequests = 0;
    };

    EventUploader(AnalyticsEventQueue& queue, ApiExecutor& executor, const ApiContext& context,
                  Scheduler& scheduler, Options options, QObject* parent = nullptr);
    EventUploader(AnalyticsEventQueue& queue, ApiExecutor& executor, const ApiContext& context,
                  Scheduler& scheduler, QObject* parent = nullptr);
    ~EventUploader() override;

    // Plans a flush when events are waiting (after a restart or going online again).
    void start();
    // Off: pending timers and the request in flight are dropped; nothing is sent.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // An event was queued (EventRecorder::recorded): flush at batchSize, else arm the timer.
    void eventRecorded();
    // Sends everything now (also used by the timer). Nothing while a request is in flight.
    void flush();

    bool isSending() const { return m_call != nullptr; }
    bool isFlushPlanned() const { return m_timer != 0; }
    const Counters& counters() const { return m_counters; }
    const ApiError& lastError() const { return m_lastError; }

signals:
    // One request was answered: its events left the queue.
    void batchDelivered(int accepted, int duplicates, int rejected);
    // A request failed; its events stay queued for the next attempt.
    void sendFailed(const SafeScan::ApiError& error);
    // The queue has no unsent event left after a flush.
    void drained();

private:
    void plan(qint64 delayMs);
    void sendNext();
    void onFinished(const ApiCall& call, const QStringList& ids);

    AnalyticsEventQueue& m_queue;
    ApiExecutor& m_executor;
    ApiContext m_context;
    Scheduler& m_scheduler;
    const Options m_options;
    int m_requestLimit;
    bool m_enabled = true;
    quint64 m_timer = 0;
    QPointer<ApiCall> m_call;
    Counters m_counters;
    ApiError m_lastError;
};

} // namespace SafeScan
