#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace SafeScan {

class Database;

// The raw counts behind one item's rating.
struct VoteTally
{
    QString itemHash; // lowercase hex SHA-256
    int safe = 0;
    int unsafe = 0;
};

// Votes: one per (item, voter pseudonym); a new vote replaces the old one.
class ServerVoteStore
{
public:
    enum class Vote
    {
        Safe,
        Unsafe
    };

    explicit ServerVoteStore(Database& database);

    // Records or replaces `voter`'s vote on `itemHash`. False with `error` on a database failure.
    bool castVote(const QString& itemHash, const QString& voter, Vote vote, QString& error);
    // Removes `voter`'s vote on `itemHash`, if any. False with `error` on a database failure.
    bool retractVote(const QString& itemHash, const QString& voter, QString& error);

    // The counts for one item (zeros when nobody voted); nullopt with `error` on failure.
    std::optional<VoteTally> tally(const QString& itemHash, QString& error);
    // The counts of every item whose hash starts with `hexPrefix` (lowercase hex).
    std::optional<QList<VoteTally>> talliesWithPrefix(const QString& hexPrefix, QString& error);

    // "safe" / "unsafe"
    static QString voteName(Vote vote);

private:
    Database& m_database;
};

} // namespace SafeScan
