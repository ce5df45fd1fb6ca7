#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace SafeScan {

class Clock;
class Database;

enum class Vote
{
    Safe,
    Unsafe,
};

QString voteName(Vote vote); // "safe", "unsafe" as stored and sent
std::optional<Vote> voteFromName(QStringView name);

// The user's current vote on one item (SPEC §8): the item is named by its content hash only.
struct MyVote
{
    QString contentHash; // 64 lowercase hex digits (ContentHash)
    Vote vote = Vote::Safe;
    qint64 votedAtMs = 0; // epoch ms; strictly increases with every change of the item's vote
    bool synced = false;  // the server acknowledged this vote (markSynced)
    friend bool operator==(const MyVote&, const MyVote&) = default;
};

// What a set or retract did.
struct VoteChange
{
    bool ok = false;
    bool changed = false;  // false: the vote already was that (or there was none to retract)
    qint64 mutationId = 0; // the outbox row written with the change, 0 when nothing changed
    QString error;
};

// My votes (table my_votes, clientSchema() migration 3). Every change is written together with a
// 'vote' mutation in the sync outbox, in one transaction (SPEC §9): both are stored or neither.
// The outbox body is {"op": "set", "content_hash", "vote", "voted_at"} or
// {"op": "retract", "content_hash", "retracted_at"}; the outbox record_uuid is the content hash.
//
// Each call opens its own transaction on the calling thread's connection, so it must not be
// called while that thread already has one open.
class VoteRepository
{
public:
    static QString outboxKind(); // "vote"

    VoteRepository(Database& database, const Clock& clock);

    // Sets or replaces my vote on the item. Voting what is already stored changes nothing.
    VoteChange setVote(const QString& contentHash, Vote vote);
    // Removes my vote on the item; changed is false when there was none.
    VoteChange retract(const QString& contentHash);
    // My vote on the item; nothing when there is none or on failure (then `error` is set).
    std::optional<MyVote> vote(const QString& contentHash, QString* error = nullptr);
    // Votes not yet acknowledged by the server, oldest first; at most `limit` when positive.
    QList<MyVote> pending(int limit = 0, QString* error = nullptr);
    // Every current vote, newest first; at most `limit` when positive (the Community view).
    QList<MyVote> all(int limit = 0, QString* error = nullptr);
    // Marks the item's vote as synced if it still is the one cast at `votedAtMs` (a newer vote
    // stays pending). False when nothing matched or on failure.
    bool markSynced(const QString& contentHash, qint64 votedAtMs, QString* error = nullptr);

private:
    // The votes matching `whereAndOrder` (SQL after FROM my_votes, fixed text only); `failure`
    // starts the error sentence.
    QList<MyVote> list(const QString& whereAndOrder, int limit, const QString& failure, QString* error);
    Database& m_database;
    const Clock& m_clock;
};

} // namespace SafeScan
