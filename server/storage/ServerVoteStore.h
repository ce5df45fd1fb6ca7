#pragma once

#include "rating/RatingAggregator.h"

#include <QList>
#include <QString>

#include <optional>

namespace SafeScan {

class Database;

// The counted (not quarantined) votes of one item, as the aggregator takes them. Each vote's
// voterReliability is VoterReliability::prior(age of the voter's device) at the time of reading.
// Folded votes (VoteFolds) are included as synthetic votes; extraSafe/extraUnsafe count the
// folded votes those do not stand for one by one (add them to the rating's raw counts).
struct ItemVotes
{
    QString itemHash; // lowercase hex SHA-256
    QList<Vote> votes;
    qint64 extraSafe = 0;
    qint64 extraUnsafe = 0;
};

// Who votes: the pseudonym votes are stored under and the device it stands for (whose age gives
// the voter's reliability until accounts have a record of their own).
struct VoterIdentity
{
    QString pseudonym;
    qint64 deviceId = 0;
};

// Votes: one per (item, voter pseudonym); a new vote replaces the old one. Votes of voters the spam
// detector flagged are kept but quarantined: excluded from ratings until restored.
class ServerVoteStore
{
public:
    enum class Choice
    {
        Safe,
        Unsafe
    };

    explicit ServerVoteStore(Database& database);

    // Records or replaces the voter's vote on `itemHash`, quarantined when `quarantined` or when the
    // voter is on the quarantine list (quarantined_voters). False with `error` on a database failure.
    bool castVote(const QString& itemHash, const VoterIdentity& voter, Choice choice, bool quarantined,
                  QString& error);
    // Removes `voter`'s vote on `itemHash`, if any. False with `error` on a database failure.
    bool retractVote(const QString& itemHash, const QString& voter, QString& error);

    // Quarantines every vote of `voter`, puts the voter on the quarantine list and writes an
    // audit_log row (actor "system:spam", action "quarantine_votes", subject the pseudonym,
    // `reason`), in one transaction. Never an address. A moderator's restore_voter undoes it.
    // `items`, when given, receives the hashes of the items whose votes were quarantined.
    bool quarantineVoter(const QString& voter, const QString& reason, QString& error,
                         QStringList* items = nullptr);

    // The counted votes of one item (an empty list when there are none); nullopt with `error`.
    std::optional<ItemVotes> votesFor(const QString& itemHash, QString& error);
    // Every item with counted votes whose hash starts with `hexPrefix` (lowercase hex), by hash.
    std::optional<QList<ItemVotes>> votesWithPrefix(const QString& hexPrefix, QString& error);

    // "safe" / "unsafe"
    static QString choiceName(Choice choice);

private:
    Database& m_database;
};

} // namespace SafeScan
