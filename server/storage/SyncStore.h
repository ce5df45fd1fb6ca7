#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace SafeScan {

class Database;

// One history mutation of a push (SPEC §9), already checked by the HTTP layer. The record itself
// is end-to-end encrypted: the server sees only its random id, its timestamp and the ciphertext.
struct SyncMutation
{
    enum class Kind
    {
        Put,     // store the sealed record (ciphertext)
        Delete,  // tombstone: the ciphertext is dropped
        Rejected // invalid: consumed (never applied), reported back as rejected
    };

    qint64 id = 0; // the client's mutation id, strictly increasing within a push
    Kind kind = Kind::Put;
    QString recordId;     // lowercase random (version 4) UUID chosen by the client
    qint64 updatedAt = 0; // the client's change time, ms since the epoch
    QString ciphertext;   // base64, only for Put
};

struct PushResult
{
    QList<qint64> applied;    // processed now (their effect, if they won, is stored)
    QList<qint64> superseded; // among `applied`: lost the conflict rule, nothing changed
    QList<qint64> duplicates; // at or below the client's last processed mutation id: ignored
    QList<qint64> rejected;   // Rejected mutations consumed now
};

struct SyncChange
{
    qint64 seq = 0;
    QString recordId;
    qint64 updatedAt = 0;
    bool deleted = false;
    QString ciphertext; // empty when deleted
    QString clientId;   // the client whose mutation made this version
};

struct SyncPage
{
    QList<SyncChange> changes;
    qint64 cursor = 0; // the seq of the last change returned, or the requested cursor
    bool more = false;
};

struct SyncClientRow
{
    QString clientId;
    qint64 lastMutation = 0;
    qint64 firstSeen = 0;
    qint64 lastSeen = 0;
};

// Synced history of accounts: exactly-once push and cursor pull.
//
// push() runs one transaction: for each mutation in order, an id at or below the client's last
// processed id is a duplicate; any other is applied (conflict rule below) or, when Rejected,
// consumed; the last processed id of (account, client) is stored in the same transaction. So a
// re-sent mutation is acknowledged without being applied again, and a failed push applies nothing.
//
// Conflict rule (SPEC §9, on the server): the incoming version replaces the stored one when its
// updated_at is later; on equal timestamps the stored (server) version wins, except that a
// deletion wins over an edit of the same time. A deletion therefore wins over every older edit,
// and a strictly newer edit revives a deleted record (last writer wins). Each stored change takes
// the account's next change sequence number (seq), which pull pages by.
class SyncStore
{
public:
    explicit SyncStore(Database& database);

    std::optional<PushResult> push(qint64 accountId, const QString& clientId,
                                   const QList<SyncMutation>& mutations, QString& error);
    // Changes with seq > cursor, oldest first, at most `limit`.
    std::optional<SyncPage> pull(qint64 accountId, qint64 cursor, int limit, QString& error);

    // Everything of an account, for the data export.
    std::optional<QList<SyncChange>> allRecords(qint64 accountId, QString& error);
    std::optional<QList<SyncClientRow>> clients(qint64 accountId, QString& error);

private:
    Database& m_database;
};

} // namespace SafeScan
