#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace SafeScan {

class Clock;
class Database;

// A report to the moderators waiting in the sync outbox (SPEC §9: every change the user makes,
// reports included, is written to the durable outbox first).
struct QueuedReport
{
    qint64 outboxId = 0;            // the outbox row; 0 when it could not be queued
    QString requestId;              // a random UUID: the server stores the report once per id
    QString hash;                   // 64 lowercase hex digits
    QString reason;                 // phishing, malware, scam, other
    QString note;                   // may be empty
    std::optional<QString> content; // only with the user's consent
};

// One outbox row that goes to its own endpoint rather than to /v1/sync/push: a vote or
// retraction (VoteRepository writes those) or a report.
struct CommunityMutation
{
    qint64 outboxId = 0;
    QString kind;       // "vote" or "report"
    QString recordUuid; // the content hash (vote) or the request id (report)
    QJsonObject body;
};

// The community rows of the outbox (table outbox of clientSchema()): queues reports, lists the
// vote and report rows oldest first, and removes a row once the server acknowledged it. A report
// row's record_uuid is its request id and its body {"hash", "reason", "note", "content"?}.
class CommunityOutbox
{
public:
    static QString reportKind(); // "report"

    CommunityOutbox(Database& database, const Clock& clock);

    // Queues a report in one transaction; outboxId is 0 on failure (then `error` says why).
    QueuedReport queueReport(const QString& hash, const QString& reason, const QString& note,
                             const std::optional<QString>& content, QString* error = nullptr);
    // Vote and report rows, oldest first; at most `limit`.
    QList<CommunityMutation> pending(int limit, QString* error = nullptr);
    // The report of a report row (nullopt for another kind or a damaged body).
    static std::optional<QueuedReport> reportOf(const CommunityMutation& mutation);
    bool remove(qint64 outboxId, QString* error = nullptr);
    // Vote and report rows waiting; -1 on failure.
    qint64 count(QString* error = nullptr);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace SafeScan
