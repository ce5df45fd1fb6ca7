#pragma once

#include "ModerationStore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SafeScan {

class Database;

// One candidate entry of the moderation queue, as SQL orders and pages them.
struct QueueCandidate
{
    enum class Kind
    {
        ReportedItem,  // an item with open reports
        ContestedItem, // an undecided, unreported item with counted votes on both sides
        Voter,         // a quarantined voter
    };
    qint64 since = 0;
    QString id; // "item:<hash>" / "voter:<pseudonym>"
    Kind kind = Kind::ReportedItem;
    QString subject; // the hash or the pseudonym
};

// The SQL reads behind ModerationQueue: the queue's candidates paged by (since, id) in the database
// (one UNION query, portable between SQLite and PostgreSQL), and what one entry shows.
class QueueStore
{
public:
    explicit QueueStore(Database& database);

    // Up to `limit` candidates after (afterSince, afterId), in (since, id) order; no cursor: from
    // the start.
    std::optional<QList<QueueCandidate>> candidates(const std::optional<std::pair<qint64, QString>>& after,
                                                    int limit, QString& error);
    // The open reports of one item, oldest first.
    std::optional<QList<OpenReport>> openReportsOf(const QString& itemHash, QString& error);
    // One quarantined voter; nullopt with `error` empty when the voter is not quarantined.
    std::optional<QuarantinedVoter> quarantinedVoter(const QString& voter, QString& error);
    // How many items have open reports plus how many voters are quarantined.
    std::optional<qint64> reportedItemsAndVoters(QString& error);
    // Every ContestedItem candidate's hash (their "disputed" verdict is not known to SQL).
    std::optional<QStringList> contestedItems(QString& error);

private:
    Database& m_database;
};

} // namespace SafeScan
