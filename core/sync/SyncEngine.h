#pragma once

#include "OutboxBatch.h"
#include "RecordSealer.h"
#include "SyncError.h"
#include "SyncKey.h"
#include "api/ApiContext.h"

#include <QObject>

#include <memory>
#include <optional>

namespace SafeScan {

class ApiCall;
class ApiExecutor;
class ConnectivityWatcher;
class Database;
class HistoryStore;
struct PullPageResult;

// What the status bar shows about sync (SPEC §9).
struct SyncStatus
{
    qint64 outboxDepth = 0;     // mutations waiting (history, votes, reports); -1 when unreadable
    qint64 lastSyncEpochMs = 0; // the last complete sync, 0 when never
    QString lastError;          // of the last sync; empty when it succeeded
    bool running = false;
};

// What one sync moved.
struct SyncCounts
{
    int pushed = 0;       // mutations sent and applied by the server (superseded included)
    int superseded = 0;   // among pushed: lost the conflict rule on the server
    int duplicates = 0;   // sent again after a lost answer: the server had applied them already
    int rejected = 0;     // refused by the server (kept out of the outbox, logged)
    int pulled = 0;       // pulled changes applied to the history
    int keptLocal = 0;    // pulled changes that lost against a newer local edit
    int votesDropped = 0; // vote mutations RatingService had sent already
};

struct SyncProgress
{
    enum class Phase
    {
        KeyCheck, // first pull of a device (or after a new passphrase), checking the key
        Push,
        Pull,
    };
    Phase phase = Phase::Push;
    bool firstSync = false; // from cursor 0: the whole history comes down
    int pushed = 0;
    int pulled = 0;
};

// Synchronises the history with the account's other devices through the server (SPEC §9):
//
// 1. A key that is not yet verified (a new device, a new passphrase) first pulls the account's
//    history from cursor 0. Every record must open with the key; the account's key check record
//    (SyncKey::keyCheckRecordId) must too. Anything that does not open stops the sync with
//    WrongPassphrase before anything is pushed. An account without a key check record gets one
//    (pushed under a client id of its own, "<client id>-key", so the outbox's mutation ids stay
//    untouched).
// 2. Push: the outbox in batches (OutboxBatch), each mutation id exactly once per client id;
//    acknowledged rows leave the outbox. Vote rows that RatingService sent are dropped.
// 3. Pull from the saved cursor, each page with its cursor in one transaction (PullApplier).
//    When a push was superseded or answered with duplicates (the first answer was lost) the pull
//    starts from 0, so this device ends with the server's version of every record.
//
// All requests go through the ApiExecutor (retry with backoff, circuit breaker). Triggers:
// syncNow(), localChanged() (debounced), connectivity regained (ConnectivityWatcher), and, after a
// failed sync, a retry timer and the API's next successful request (ServiceHealth).
class SyncEngine final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 debounceMs = 2'000;
        qint64 retryMs = 60'000;             // after a failed sync, when the failure may pass
        int maxMutations = 500;              // per push (the server's limit)
        qsizetype maxPushBytes = 768 * 1024; // ciphertext per push (the server takes 1 MiB bodies)
        int pullLimit = 500;
        bool storeSensitive = false; // keep secrets in pulled records (the history setting)
    };

    // `context.token` gives the account's session token; `context.clock` and `context.scheduler`
    // are used for times and timers.
    SyncEngine(Database& database, HistoryStore& history, ApiExecutor& executor, ApiContext context,
               Options options, QObject* parent = nullptr);
    ~SyncEngine() override;

    // The account's key (nullopt: sync is off). A different key must pass the key check again.
    // While a sync runs, the key takes over when it ends, and another sync follows.
    void setKey(std::optional<SyncKey> key);
    bool hasKey() const { return m_key.has_value(); }
    // SyncKey::fingerprint() of the key the current or last sync used; empty when none.
    QString keyFingerprint() const { return m_key ? m_key->fingerprint() : QString(); }
    void watchConnectivity(ConnectivityWatcher& watcher);

    // Starts a sync now; while one runs, another follows it.
    void syncNow();
    // A local change was made: sync after the debounce delay (restarted by each change).
    void localChanged();
    bool isRunning() const { return m_running; }

    SyncStatus status() const;
    const SyncCounts& counts() const { return m_counts; }
    const SyncError& lastError() const { return m_error; }

signals:
    void progress(const SafeScan::SyncProgress& progress);
    // The server's answer to one history push (for diagnostics and the exactly-once tests).
    void pushAnswered(const QString& clientId, const SafeScan::SyncPushOutcome& outcome);
    void finished(bool ok);
    void statusChanged();

private:
    enum class Step
    {
        KeyCheckPull,
        Pull,
    };
    void startPull(Step step, qint64 cursor);
    void pullNext();
    void onPulled(const ApiCall& call);
    void pushKeyCheck();
    void onKeyCheckPushed(const ApiCall& call);
    void pushNext();
    void onPushed(const ApiCall& call);
    void succeed();
    void fail(SyncError error);
    void emitProgress(SyncProgress::Phase phase);
    void scheduleRetry(qint64 delayMs);
    SyncError serverError(const ApiCall& call) const;

    Database& m_database;
    HistoryStore& m_history;
    ApiExecutor& m_executor;
    ApiContext m_context;
    Options m_options;
    std::optional<SyncKey> m_key;
    std::optional<std::optional<SyncKey>> m_nextKey; // set while a sync ran: applied when it ends
    std::unique_ptr<RecordSealer> m_sealer;
    QString m_username;
    QString m_clientId;

    bool m_running = false;
    bool m_again = false;
    bool m_verified = false;
    bool m_fullPull = false;
    bool m_firstSync = false;
    int m_keyCheckPushes = 0;
    Step m_step = Step::Pull;
    qint64 m_pullCursor = 0;
    quint64 m_debounceTimer = 0;
    quint64 m_retryTimer = 0;
    OutboxBatch m_batch; // the push in flight
    SyncCounts m_counts;
    SyncError m_error;
};

} // namespace SafeScan

Q_DECLARE_METATYPE(SafeScan::SyncProgress)
Q_DECLARE_METATYPE(SafeScan::SyncPushOutcome)
