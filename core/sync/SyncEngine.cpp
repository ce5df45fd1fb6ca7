#include "SyncEngine.h"

#include "ConnectivityWatcher.h"
#include "PullApplier.h"
#include "SyncLog.h"
#include "SyncRecordCodec.h"
#include "SyncState.h"
#include "api/ApiExecutor.h"
#include "api/SyncPullJob.h"
#include "api/SyncPushJob.h"
#include "base/Clock.h"
#include "base/Scheduler.h"
#include "history/HistoryStore.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
constexpr int kMaxKeyCheckPushes = 2;
constexpr qint64 kTombstoneDays = 170; // the server keeps them 180; a margin for clock skew

SyncError notConfigured(const QString& code, const QString& message)
{
    return {SyncError::Kind::NotConfigured, code, message};
}
} // namespace

SyncEngine::SyncEngine(Database& database, HistoryStore& history, ApiExecutor& executor, ApiContext context,
                       Options options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_history(history)
    , m_executor(executor)
    , m_context(std::move(context))
    , m_options(options)
{
    // Without reachability information, the API's next proper answer (any request) means the
    // server can be reached again.
    connect(&m_executor.health(), &ServiceHealth::changed, this, [this] {
        if (!m_running && m_error.kind == SyncError::Kind::Server &&
            m_executor.health().state() == ServiceState::Online) {
            qCInfo(lcSync) << "The server answers again; syncing";
            syncNow();
        }
    });
}

SyncEngine::~SyncEngine()
{
    if (m_debounceTimer)
        m_context.scheduler->cancel(m_debounceTimer);
    if (m_retryTimer)
        m_context.scheduler->cancel(m_retryTimer);
}

void SyncEngine::setKey(std::optional<SyncKey> key)
{
    if (m_running) {
        // The running sync checked (or trusted) its key: swapping it now could push records sealed
        // with a key that never passed the key check.
        m_nextKey = std::move(key);
        m_again = true;
        return;
    }
    m_nextKey.reset();
    m_key = std::move(key);
    m_sealer = m_key ? std::make_unique<RecordSealer>(*m_key) : nullptr;
}

void SyncEngine::watchConnectivity(ConnectivityWatcher& watcher)
{
    connect(&watcher, &ConnectivityWatcher::regained, this, &SyncEngine::syncNow);
}

void SyncEngine::localChanged()
{
    if (m_debounceTimer)
        m_context.scheduler->cancel(m_debounceTimer);
    m_debounceTimer = m_context.scheduler->schedule(m_options.debounceMs, this, [this] {
        m_debounceTimer = 0;
        syncNow();
    });
    emit statusChanged(); // the outbox grew
}

SyncStatus SyncEngine::status() const
{
    SyncState state(m_database);
    SyncStatus status;
    status.outboxDepth = state.outboxDepth();
    status.lastSyncEpochMs = state.lastSyncEpochMs();
    status.lastError = m_running ? QString() : state.lastError();
    status.running = m_running;
    return status;
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (m_nextKey)
        setKey(*std::exchange(m_nextKey, std::nullopt));
    if (m_retryTimer) {
        m_context.scheduler->cancel(m_retryTimer);
        m_retryTimer = 0;
    }
    m_counts = {};
    m_error = {};
    m_again = false;
    m_keyCheckPushes = 0;
    m_running = true;
    emit statusChanged();

    SyncState state(m_database);
    m_username = state.username();
    if (m_username.isEmpty() || !m_context.token || m_context.token().isEmpty())
        return fail(notConfigured(
            u"not_signed_in"_s,
            u"Not signed in to a sync account (safescan login --server URL --username NAME)."_s));
    if (!m_key)
        return fail(
            notConfigured(u"no_sync_key"_s, u"No sync passphrase has been entered on this device."_s));
    QString why;
    m_clientId = m_history.clientId(&why);
    if (m_clientId.isEmpty())
        return fail({SyncError::Kind::Local, u"local_database"_s, why});

    m_verified = state.verifiedKey() == m_key->fingerprint();
    // The server keeps tombstones 180 days (docs/api.md): after a longer pause, deletions may be
    // gone from the change feed, so everything is pulled again.
    const qint64 lastSync = state.lastSyncEpochMs();
    m_fullPull = lastSync > 0 && m_context.clock->epochMs() - lastSync > kTombstoneDays * 24LL * 3600 * 1000;
    m_firstSync = !m_verified || state.cursor() == 0;
    SyncError error;
    m_counts.votesDropped = OutboxBatch::dropSentVotes(m_database, error);
    if (!error.ok())
        return fail(error);
    if (!m_verified)
        return startPull(Step::KeyCheckPull, 0);
    pushNext();
}

void SyncEngine::startPull(Step step, qint64 cursor)
{
    m_step = step;
    m_pullCursor = cursor;
    pullNext();
}

void SyncEngine::pullNext()
{
    auto* job = new SyncPullJob(m_context, m_pullCursor, m_options.pullLimit);
    m_executor.run(job, this, [this](const ApiCall& call) { onPulled(call); });
}

void SyncEngine::onPulled(const ApiCall& call)
{
    if (!call.error().ok())
        return fail(serverError(call));
    const auto* job = static_cast<const SyncPullJob*>(call.job());
    SyncError error;
    PullApplier applier(m_database, *m_key, *m_sealer, SyncKey::keyCheckRecordId(m_username),
                        m_key->fingerprint(), m_verified, m_options.storeSensitive);
    const PullPageResult page = applier.apply(job->changes(), job->nextCursor(), error);
    if (!error.ok())
        return fail(error);
    m_verified = m_verified || page.keyChecked;
    m_counts.pulled += page.applied;
    m_counts.keptLocal += page.keptLocal;
    m_pullCursor = job->nextCursor();
    emitProgress(m_step == Step::KeyCheckPull ? SyncProgress::Phase::KeyCheck : SyncProgress::Phase::Pull);
    if (job->hasMore())
        return pullNext();
    if (m_step == Step::Pull)
        return succeed();
    if (m_verified)
        return pushNext();
    pushKeyCheck();
}

void SyncEngine::pushKeyCheck()
{
    if (++m_keyCheckPushes > kMaxKeyCheckPushes) {
        return fail({SyncError::Kind::WrongPassphrase, u"key_check_race"_s,
                     u"Another device keeps replacing this account's key check; sync it first, then try "
                     u"again with the same passphrase."_s});
    }
    const qint64 now = m_context.clock->epochMs();
    SyncPushMutation mutation;
    mutation.id = now; // increases with time for the key check's own client id
    mutation.recordId = SyncKey::keyCheckRecordId(m_username);
    mutation.updatedAt = now;
    mutation.ciphertext = m_sealer->seal(SyncRecordCodec::keyCheck(), mutation.recordId, now);
    qCInfo(lcSync) << "No key check on the server yet: storing one for this passphrase";
    auto* job = new SyncPushJob(m_context, m_clientId + u"-key"_s, {mutation});
    m_executor.run(job, this, [this](const ApiCall& call) { onKeyCheckPushed(call); });
}

void SyncEngine::onKeyCheckPushed(const ApiCall& call)
{
    if (!call.error().ok())
        return fail(serverError(call));
    const SyncPushOutcome& outcome = static_cast<const SyncPushJob*>(call.job())->outcome();
    if (outcome.applied.size() == 1 && outcome.superseded.isEmpty()) {
        QString why;
        if (!SyncState(m_database).setVerifiedKey(m_key->fingerprint(), &why))
            return fail({SyncError::Kind::Local, u"local_database"_s, why});
        m_verified = true;
        return pushNext();
    }
    // Another device stored its key check meanwhile (or this one did and the answer was lost):
    // pull it and check it.
    startPull(Step::KeyCheckPull, m_pullCursor);
}

void SyncEngine::pushNext()
{
    SyncError error;
    m_batch = OutboxBatch::build(m_database, *m_key, *m_sealer, m_options.maxMutations,
                                 m_options.maxPushBytes, error);
    if (!error.ok())
        return fail(error);
    QString why;
    if (!m_batch.nothingToSend.isEmpty() && !m_history.acknowledge(m_batch.nothingToSend, &why))
        return fail({SyncError::Kind::Local, u"local_database"_s, why});
    if (m_batch.mutations.isEmpty())
        return startPull(Step::Pull, m_fullPull ? 0 : SyncState(m_database).cursor());
    auto* job = new SyncPushJob(m_context, m_clientId, m_batch.mutations);
    m_executor.run(job, this, [this](const ApiCall& call) { onPushed(call); });
}

void SyncEngine::onPushed(const ApiCall& call)
{
    if (!call.error().ok())
        return fail(serverError(call));
    const SyncPushOutcome& outcome = static_cast<const SyncPushJob*>(call.job())->outcome();
    emit pushAnswered(m_clientId, outcome);
    QList<qint64> rows;
    for (const QList<qint64>* ids : {&outcome.applied, &outcome.duplicates, &outcome.rejected}) {
        for (const qint64 id : *ids)
            rows.append(m_batch.outboxIds.value(id));
    }
    QString why;
    if (!m_history.acknowledge(rows, &why))
        return fail({SyncError::Kind::Local, u"local_database"_s, why});
    m_counts.pushed += int(outcome.applied.size());
    m_counts.superseded += int(outcome.superseded.size());
    m_counts.duplicates += int(outcome.duplicates.size());
    m_counts.rejected += int(outcome.rejected.size());
    if (!outcome.rejected.isEmpty())
        qCWarning(lcSync).noquote() << "The server refused mutations:"
                                    << outcome.rejectionErrors.join(u", "_s);
    // A lost conflict, or an earlier answer that never arrived (whose conflicts are unknown): the
    // server's versions must come down whatever this device's cursor says.
    if (!outcome.superseded.isEmpty() || !outcome.duplicates.isEmpty())
        m_fullPull = true;
    emitProgress(SyncProgress::Phase::Push);
    pushNext();
}

void SyncEngine::succeed()
{
    SyncState state(m_database);
    QString why;
    state.setLastSync(m_context.clock->epochMs(), &why);
    state.setLastError({}, &why);
    m_running = false;
    qCInfo(lcSync) << "Synced:" << m_counts.pushed << "pushed," << m_counts.pulled << "pulled";
    emit finished(true);
    emit statusChanged();
    if (m_again)
        m_context.scheduler->schedule(0, this, [this] { syncNow(); });
}

void SyncEngine::fail(SyncError error)
{
    m_error = std::move(error);
    m_running = false;
    QString why;
    SyncState(m_database).setLastError(m_error.message, &why);
    qCWarning(lcSync).noquote() << "Sync failed:" << m_error.message;
    emit finished(false);
    emit statusChanged();
    if (m_error.kind == SyncError::Kind::Server || m_again)
        scheduleRetry(m_again ? 0 : m_options.retryMs);
}

void SyncEngine::scheduleRetry(qint64 delayMs)
{
    if (m_retryTimer)
        m_context.scheduler->cancel(m_retryTimer);
    m_retryTimer = m_context.scheduler->schedule(delayMs, this, [this] {
        m_retryTimer = 0;
        syncNow();
    });
}

void SyncEngine::emitProgress(SyncProgress::Phase phase)
{
    emit progress({phase, m_firstSync, m_counts.pushed, m_counts.pulled});
}

SyncError SyncEngine::serverError(const ApiCall& call) const
{
    const ApiError& error = call.error();
    SyncError result{SyncError::Kind::Server,
                     error.code.isEmpty() ? apiErrorKindName(error.kind) : error.code, error.message};
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 401)
        result =
            notConfigured(u"not_signed_in"_s, u"The server no longer accepts this device's session; sign in "
                                              u"again (safescan login). "_s +
                                                  error.message);
    return result;
}

} // namespace SafeScan
