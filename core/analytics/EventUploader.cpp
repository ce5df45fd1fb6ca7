#include "EventUploader.h"

#include "AnalyticsLog.h"
#include "api/ApiExecutor.h"
#include "api/SendEventsJob.h"
#include "base/Scheduler.h"
#include "localdata/AnalyticsEventQueue.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

EventUploader::EventUploader(AnalyticsEventQueue& queue, ApiExecutor& executor, const ApiContext& context,
                             Scheduler& scheduler, Options options, QObject* parent)
    : QObject(parent)
    , m_queue(queue)
    , m_executor(executor)
    , m_context(context)
    , m_scheduler(scheduler)
    , m_options(options)
    , m_requestLimit(std::clamp(options.maxPerRequest, 1, SendEventsJob::kMaxEvents))
{}

EventUploader::EventUploader(AnalyticsEventQueue& queue, ApiExecutor& executor, const ApiContext& context,
                             Scheduler& scheduler, QObject* parent)
    : EventUploader(queue, executor, context, scheduler, Options{}, parent)
{}

EventUploader::~EventUploader()
{
    if (m_timer)
        m_scheduler.cancel(m_timer);
    if (m_call)
        m_call->cancel();
}

void EventUploader::start()
{
    if (m_enabled && m_queue.unsentCount() > 0)
        plan(m_options.intervalMs);
}

void EventUploader::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        return start();
    if (m_timer) {
        m_scheduler.cancel(m_timer);
        m_timer = 0;
    }
    if (m_call)
        m_call->cancel();
}

void EventUploader::eventRecorded()
{
    if (!m_enabled || m_call)
        return; // a flush in flight sends the new event too
    if (m_queue.unsentCount() >= m_options.batchSize)
        return flush();
    if (!m_timer)
        plan(m_options.intervalMs);
}

void EventUploader::plan(qint64 delayMs)
{
    if (m_timer)
        m_scheduler.cancel(m_timer);
    m_timer = m_scheduler.schedule(delayMs, this, [this] {
        m_timer = 0;
        flush();
    });
}

void EventUploader::flush()
{
    if (!m_enabled || m_call)
        return;
    if (m_timer) {
        m_scheduler.cancel(m_timer);
        m_timer = 0;
    }
    m_queue.purgeExpired();
    sendNext();
}

void EventUploader::sendNext()
{
    QString error;
    const QList<AnalyticsEvent> waiting = m_queue.takeBatch(m_requestLimit, &error);
    if (!error.isEmpty()) {
        qCWarning(lcAnalytics) << "Cannot read the event queue:" << error;
        return plan(m_options.intervalMs);
    }
    if (waiting.isEmpty()) {
        emit drained();
        return;
    }
    // One request holds one install id: events of different days are never linked.
    const QString installId = waiting.first().body.value(u"install_id"_s).toString();
    QList<SendEventsJob::Event> events;
    QStringList ids;
    for (const AnalyticsEvent& event : waiting) {
        if (event.body.value(u"install_id"_s).toString() != installId)
            break;
        events.append(
            {event.eventId, event.kind, event.createdAtMs, event.body.value(u"props"_s).toObject()});
        ids.append(event.eventId);
    }
    m_call = m_executor.run(new SendEventsJob(m_context, installId, events), this,
                            [this, ids](const ApiCall& call) { onFinished(call, ids); });
}

void EventUploader::onFinished(const ApiCall& call, const QStringList& ids)
{
    m_call = nullptr;
    const ApiError& error = call.error();
    m_lastError = error;
    if (error.ok()) {
        const auto* job = static_cast<const SendEventsJob*>(call.job());
        if (job->accepted() + job->duplicates() + job->rejected().size() != ids.size())
            qCWarning(lcAnalytics) << "The server answered for"
                                   << job->accepted() + job->duplicates() + job->rejected().size() << "of"
                                   << ids.size() << "events; all count as delivered";
        for (const SendEventsJob::Rejection& rejection : job->rejected())
            qCInfo(lcAnalytics) << "Event" << rejection.id << "rejected:" << rejection.error
                                << rejection.message;
        m_queue.markSent(ids);
        m_counters.accepted += job->accepted();
        m_counters.duplicates += job->duplicates();
        m_counters.rejected += job->rejected().size();
        m_requestLimit = std::clamp(m_options.maxPerRequest, 1, SendEventsJob::kMaxEvents);
        emit batchDelivered(job->accepted(), job->duplicates(), int(job->rejected().size()));
        if (m_enabled)
            sendNext();
        return;
    }
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    ++m_counters.failedRequests;
    if (error.kind == ApiError::Kind::Http && (error.httpStatus == 400 || error.httpStatus == 413)) {
        if (ids.size() > 1) {
            m_requestLimit = std::max(1, int(ids.size() / 2));
            qCInfo(lcAnalytics) << "A batch of" << ids.size() << "events was refused (" << error.toString()
                                << "); trying" << m_requestLimit << "at a time";
        } else {
            qCWarning(lcAnalytics) << "An analytics event was refused and is dropped:" << error.toString();
            m_queue.markSent(ids);
            ++m_counters.rejected;
        }
        emit sendFailed(error);
        return plan(0);
    }
    qCInfo(lcAnalytics) << "Events kept for later:" << error.toString();
    emit sendFailed(error);
    plan(m_options.intervalMs);
}

} // namespace SafeScan
