#pragma once

#include "SyncError.h"
#include "api/SyncPushJob.h"

#include <QHash>
#include <QList>

namespace SafeScan {

class Database;
class RecordSealer;
class SyncKey;

// One push worth of the outbox (SPEC §9). History mutations of one record are coalesced: the
// record's current state (a sealed record, or a deletion for a tombstone) goes out under the
// highest mutation id of the record in the batch, and the lower ids are acknowledged with it. Ids
// stay strictly increasing, so the server's exactly-once bookkeeping (last mutation id per
// client) is never fooled into dropping a later mutation.
//
// Vote mutations never go to /v1/sync/push (votes stay hash-only, SPEC §9): RatingService sends
// them. dropSentVotes() removes those it sent (the vote is marked synced) or that a newer vote of
// the same item replaced; retractions and unsent votes stay queued. Report mutations stay too.
struct OutboxBatch
{
    QList<SyncPushMutation> mutations;
    QHash<qint64, QList<qint64>> outboxIds; // mutation id -> the outbox rows it stands for
    QList<qint64> nothingToSend;            // rows whose record is gone: acknowledged locally

    bool isEmpty() const { return mutations.isEmpty() && nothingToSend.isEmpty(); }

    // At most `maxMutations` mutations and about `maxBytes` of ciphertext.
    static OutboxBatch build(Database& database, const SyncKey& key, const RecordSealer& sealer,
                             int maxMutations, qsizetype maxBytes, SyncError& error);
    // Deletes the vote rows the server already has; returns how many.
    static int dropSentVotes(Database& database, SyncError& error);
};

} // namespace SafeScan
