#pragma once

#include "api/ApiContext.h"
#include "api/ApiError.h"
#include "localdata/CommunityOutbox.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace SafeScan {

class ApiCall;
class ApiExecutor;
class ConnectivityWatcher;
class Database;
class VoteRepository;

// What one report() did.
struct ReportResult
{
    bool queued = false; // stored in the outbox: it reaches the server once, sooner or later
    bool sent = false;   // the server acknowledged it now
    qint64 reportId = 0; // the server's id when sent
    QString localError;  // why it could not be queued
    ApiError error;      // why it was not sent now
};

// What one flush moved.
struct OutboxSendCounts
{
    int votes = 0;    // vote and retraction rows acknowledged by the server
    int reports = 0;  // report rows acknowledged by the server
    int dropped = 0;  // rows the server refused for good (a 4xx that retrying cannot change)
    int obsolete = 0; // vote rows a newer vote replaced, or that RatingService had sent
};

// Sends the outbox rows that have endpoints of their own (SPEC §9, docs/api.md): votes and
// retractions to PUT/DELETE /v1/votes/HASH (idempotent per voter and item) and reports to
// POST /v1/reports with the row's request id (the server stores one report per request id). Rows
// go oldest first, one at a time; a row leaves the outbox only when the server acknowledged it,
// so a crash or an outage at any moment sends it again later and the server still holds it once.
// A row the server refuses for good (400, 403, 404, 413, 415) is dropped with a warning. The
// first failure that may pass (no connection, timeout, 5xx, 401, 408, 429, open breaker) stops the
// flush; the rest waits for the next one.
//
// Flushes start without the user acting: when the sender is created (rows left by an earlier
// run), after report(), `retryMs` after a flush that stopped early or after any request of the
// executor failed while rows wait (RatingService's vote, say), at once when the API answers again
// (ServiceHealth back to Online) while a retry waits, and when connectivity is regained
// (watchConnectivity()).
// RatingService keeps sending a vote at once; what it could not send is left here.
class OutboxSender final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 retryMs = 60'000;
        int batch = 100; // rows read per round
    };
    using ReportCallback = std::function<void(const ReportResult&)>;

    // `deviceContext.token` gives the device token (votes take nothing else; reports take any).
    OutboxSender(Database& database, VoteRepository& votes, ApiExecutor& executor, ApiContext deviceContext,
                 Options options, QObject* parent = nullptr);
    ~OutboxSender() override;

    // Queues a report in the outbox, then sends it (and anything older). `done` runs on
    // `receiver` once this first attempt ended.
    void report(const QString& hash, const QString& reason, const QString& note,
                const std::optional<QString>& content, QObject* receiver, ReportCallback done);
    // Sends every waiting vote and report row; while a flush runs, another follows it.
    void flush();
    void watchConnectivity(ConnectivityWatcher& watcher);

    bool isFlushing() const { return m_flushing; }
    // Vote and report rows waiting; -1 when the outbox cannot be read.
    qint64 pendingCount();
    const OutboxSendCounts& counts() const { return m_counts; } // of the last flush

signals:
    // A flush ended; `complete`: nothing is left to send.
    void flushed(const SafeScan::OutboxSendCounts& counts, bool complete);
    // A queued report reached the server (`reportId` its id there).
    void reportSent(const QString& requestId, qint64 reportId);

private:
    struct Waiter
    {
        QString requestId;
        QPointer<QObject> receiver;
        ReportCallback done;
    };
    void next();
    void onAnswered(const CommunityMutation& row, const ApiCall& call);
    void finish(bool complete, const ApiError& error);
    void armRetry();
    void answerWaiters(const QString& requestId, const ReportResult& result);
    static bool isFinalRefusal(const ApiError& error);

    Database& m_database;
    VoteRepository& m_votes;
    CommunityOutbox m_outbox;
    ApiExecutor& m_executor;
    ApiContext m_context;
    Options m_options;
    QList<CommunityMutation> m_rows; // the round in flight
    QList<Waiter> m_waiters;
    OutboxSendCounts m_counts;
    bool m_flushing = false;
    bool m_again = false;
    quint64 m_retryTimer = 0;
};

} // namespace SafeScan

Q_DECLARE_METATYPE(SafeScan::OutboxSendCounts)
