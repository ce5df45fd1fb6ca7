#include "OutboxSender.h"

#include "ConnectivityWatcher.h"
#include "OutboxBatch.h"
#include "SyncLog.h"
#include "api/ApiExecutor.h"
#include "api/CreateReportJob.h"
#include "api/DeleteVoteJob.h"
#include "api/PutVoteJob.h"
#include "base/Scheduler.h"
#include "localdata/VoteRepository.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

OutboxSender::OutboxSender(Database& database, VoteRepository& votes, ApiExecutor& executor,
                           ApiContext deviceContext, Options options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_votes(votes)
    , m_outbox(database, *deviceContext.clock)
    , m_executor(executor)
    , m_context(std::move(deviceContext))
    , m_options(options)
{
    connect(&m_executor.health(), &ServiceHealth::changed, this, [this] {
        if (m_flushing)
            return;
        if (m_executor.health().state() == ServiceState::Online) {
            if (m_retryTimer) {
                qCInfo(lcSync) << "The server answers again; sending the queued votes and reports";
                flush();
            }
        } else if (!m_retryTimer && pendingCount() > 0) {
            // A request failed (RatingService's vote, say) while rows wait: try again later.
            armRetry();
        }
    });
    // Rows an earlier run left (an outage, a crash before the answer).
    m_context.scheduler->schedule(0, this, [this] {
        if (pendingCount() > 0)
            flush();
    });
}

OutboxSender::~OutboxSender()
{
    if (m_retryTimer)
        m_context.scheduler->cancel(m_retryTimer);
}

void OutboxSender::watchConnectivity(ConnectivityWatcher& watcher)
{
    connect(&watcher, &ConnectivityWatcher::regained, this, &OutboxSender::flush);
}

qint64 OutboxSender::pendingCount()
{
    return m_outbox.count();
}

void OutboxSender::report(const QString& hash, const QString& reason, const QString& note,
                          const std::optional<QString>& content, QObject* receiver, ReportCallback done)
{
    ReportResult result;
    const QueuedReport queued = m_outbox.queueReport(hash, reason, note, content, &result.localError);
    if (!queued.outboxId) {
        m_context.scheduler->schedule(0, receiver, [done = std::move(done), result] { done(result); });
        return;
    }
    m_waiters.append({queued.requestId, receiver, std::move(done)});
    flush();
}

void OutboxSender::flush()
{
    if (m_flushing) {
        m_again = true;
        return;
    }
    if (m_retryTimer) {
        m_context.scheduler->cancel(m_retryTimer);
        m_retryTimer = 0;
    }
    m_flushing = true;
    m_again = false;
    m_counts = {};
    SyncError dropError;
    m_counts.obsolete = OutboxBatch::dropSentVotes(m_database, dropError);
    if (!dropError.ok())
        qCWarning(lcSync).noquote() << dropError.message;
    QString error;
    m_rows = m_outbox.pending(m_options.batch, &error);
    if (!error.isEmpty())
        return finish(false, ApiError::invalid(u"local_database"_s, error));
    next();
}

void OutboxSender::next()
{
    if (m_rows.isEmpty()) {
        // A full round may leave more (older rows than the batch): read again.
        QString error;
        m_rows = m_outbox.pending(m_options.batch, &error);
        if (m_rows.isEmpty())
            return finish(error.isEmpty(),
                          error.isEmpty() ? ApiError{} : ApiError::invalid(u"local_database"_s, error));
    }
    const CommunityMutation row = m_rows.takeFirst();
    ApiJob* job = nullptr;
    if (row.kind == VoteRepository::outboxKind()) {
        const QString op = row.body.value(u"op"_s).toString();
        if (op == u"set"_s) {
            const std::optional<Vote> vote = voteFromName(row.body.value(u"vote"_s).toString());
            if (vote)
                job = new PutVoteJob(m_context, row.recordUuid, *vote == Vote::Safe);
        } else if (op == u"retract"_s) {
            job = new DeleteVoteJob(m_context, row.recordUuid);
        }
    } else if (const std::optional<QueuedReport> report = CommunityOutbox::reportOf(row)) {
        job = new CreateReportJob(m_context, {report->hash, report->reason, report->note, report->content},
                                  report->requestId);
    }
    if (!job) {
        qCWarning(lcSync) << "Dropping an outbox row that cannot be sent:" << row.kind << row.outboxId;
        m_outbox.remove(row.outboxId);
        ++m_counts.dropped;
        return next();
    }
    m_executor.run(job, this, [this, row](const ApiCall& call) { onAnswered(row, call); });
}

bool OutboxSender::isFinalRefusal(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Invalid)
        return error.code != u"not_signed_in"_s && error.code != u"no_server"_s; // bad data, not state
    if (error.kind != ApiError::Kind::Http)
        return false;
    const int status = error.httpStatus;
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
}

void OutboxSender::onAnswered(const CommunityMutation& row, const ApiCall& call)
{
    const ApiError& error = call.error();
    const bool isReport = row.kind == CommunityOutbox::reportKind();
    if (!error.ok() && !isFinalRefusal(error)) {
        if (isReport) {
            ReportResult result;
            result.queued = true;
            result.error = error;
            answerWaiters(row.recordUuid, result);
        }
        return finish(false, error);
    }
    QString why;
    if (error.ok() && row.kind == VoteRepository::outboxKind() &&
        row.body.value(u"op"_s).toString() == u"set"_s)
        m_votes.markSynced(row.recordUuid, qint64(row.body.value(u"voted_at"_s).toDouble()), &why);
    if (!m_outbox.remove(row.outboxId, &why))
        return finish(false, ApiError::invalid(u"local_database"_s, why));
    if (!error.ok()) {
        qCWarning(lcSync).noquote() << "The server refused a queued" << row.kind
                                    << "for good; dropped:" << error.toString();
        ++m_counts.dropped;
    } else if (isReport) {
        ++m_counts.reports;
        const qint64 id = static_cast<const CreateReportJob*>(call.job())->reportId();
        emit reportSent(row.recordUuid, id);
        answerWaiters(row.recordUuid, {true, true, id, {}, {}});
    } else {
        ++m_counts.votes;
    }
    if (isReport && !error.ok())
        answerWaiters(row.recordUuid, {false, false, 0, {}, error});
    next();
}

void OutboxSender::answerWaiters(const QString& requestId, const ReportResult& result)
{
    for (qsizetype i = 0; i < m_waiters.size();) {
        if (m_waiters.at(i).requestId != requestId) {
            ++i;
            continue;
        }
        const Waiter waiter = m_waiters.takeAt(i);
        if (waiter.receiver)
            waiter.done(result);
    }
}

void OutboxSender::finish(bool complete, const ApiError& error)
{
    m_flushing = false;
    m_rows.clear();
    if (!complete) {
        qCInfo(lcSync).noquote() << "Votes and reports stay queued:" << error.toString();
        // Reports queued behind the failure: their first attempt has ended too.
        for (const Waiter& waiter : std::as_const(m_waiters))
            if (waiter.receiver)
                waiter.done({true, false, 0, {}, error});
        m_waiters.clear();
    }
    emit flushed(m_counts, complete);
    if (m_again)
        m_context.scheduler->schedule(0, this, [this] { flush(); });
    else if (!complete)
        armRetry();
}

void OutboxSender::armRetry()
{
    if (m_retryTimer)
        return;
    m_retryTimer = m_context.scheduler->schedule(m_options.retryMs, this, [this] {
        m_retryTimer = 0;
        flush();
    });
}

} // namespace SafeScan
