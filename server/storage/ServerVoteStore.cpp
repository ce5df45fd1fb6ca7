#include "ServerVoteStore.h"

#include "StorageLog.h"
#include "VoteFolds.h"
#include "base/Clock.h"
#include "rating/VoterReliability.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// Counted votes with the age base of their voter (a vote from before migration 2 has no
// voter_since and counts as a new voter's) and the voter's record against moderator decisions on
// other items (SPEC §8: reliability grows with agreement with moderator decisions). The item's own
// decision does not count: it overrides the item's rating anyway. A decision reaches the ratings
// of other items the next time each of them is computed.
const QString VoteColumns =
    u"item_hash, vote, voted_at, voter_since, "
    u"(SELECT count(*) FROM votes mine JOIN moderation_decisions d ON d.item_hash = mine.item_hash "
    u"WHERE mine.voter = votes.voter AND mine.item_hash <> votes.item_hash AND mine.vote = d.decision), "
    u"(SELECT count(*) FROM votes mine JOIN moderation_decisions d ON d.item_hash = mine.item_hash "
    u"WHERE mine.voter = votes.voter AND mine.item_hash <> votes.item_hash AND mine.vote <> d.decision) "
    u"FROM votes WHERE quarantined = 0"_s;

bool fail(const QSqlQuery& query, const char* what, QString& error)
{
    error = sqlErrorText(query.lastError());
    qCWarning(lcServerStorage) << "cannot" << what << ":" << error;
    return false;
}

// Appends the rows of `query` (ordered by item_hash) to `items`.
void readVotes(QSqlQuery& query, qint64 nowMs, QList<ItemVotes>& items)
{
    while (query.next()) {
        const QString hash = query.value(0).toString();
        if (items.isEmpty() || items.constLast().itemHash != hash)
            items.append(ItemVotes{hash, {}});
        const qint64 votedAt = query.value(2).toLongLong();
        const qint64 since = query.value(3).isNull() ? nowMs : query.value(3).toLongLong();
        const double reliability =
            VoterReliability::compute(query.value(4).toInt(), query.value(5).toInt(), nowMs - since);
        items.last().votes.append(Vote{query.value(1).toString() == u"safe"_s, votedAt, reliability});
    }
}

// Merges the vote_folds rows of `query` (item_hash, safe_weight, safe_count, unsafe_weight,
// unsafe_count) into `items`, keeping them ordered by hash.
void mergeFolds(QSqlQuery& query, QList<ItemVotes>& items)
{
    bool added = false;
    while (query.next()) {
        const QString hash = query.value(0).toString();
        const VoteFolds::FoldedVotes folded =
            VoteFolds::asVotes(query.value(1).toDouble(), query.value(2).toLongLong(),
                               query.value(3).toDouble(), query.value(4).toLongLong());
        auto it = std::find_if(items.begin(), items.end(),
                               [&](const ItemVotes& item) { return item.itemHash == hash; });
        if (it == items.end()) {
            items.append(ItemVotes{hash, {}});
            it = items.end() - 1;
            added = true;
        }
        it->votes.append(folded.votes);
        it->extraSafe += folded.extraSafe;
        it->extraUnsafe += folded.extraUnsafe;
    }
    if (added) {
        std::sort(items.begin(), items.end(),
                  [](const ItemVotes& a, const ItemVotes& b) { return a.itemHash < b.itemHash; });
    }
}

const QString FoldColumns =
    u"SELECT item_hash, safe_weight, safe_count, unsafe_weight, unsafe_count FROM vote_folds WHERE "_s;

} // namespace

ServerVoteStore::ServerVoteStore(Database& database)
    : m_database(database)
{}

QString ServerVoteStore::choiceName(Choice choice)
{
    return choice == Choice::Safe ? u"safe"_s : u"unsafe"_s;
}

bool ServerVoteStore::castVote(const QString& itemHash, const VoterIdentity& voter, Choice choice,
                               bool quarantined, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO votes(item_hash, voter, vote, voted_at, quarantined, voter_since) "
                  u"VALUES(?, ?, ?, ?, CASE WHEN ? = 1 OR EXISTS(SELECT 1 FROM quarantined_voters "
                  u"WHERE voter = ?) THEN 1 ELSE 0 END, (SELECT created_at FROM devices WHERE id = ?)) "
                  u"ON CONFLICT(item_hash, voter) DO UPDATE SET vote = excluded.vote, "
                  u"voted_at = excluded.voted_at, quarantined = excluded.quarantined, "
                  u"voter_since = excluded.voter_since"_s);
    query.addBindValue(itemHash);
    query.addBindValue(voter.pseudonym);
    query.addBindValue(choiceName(choice));
    query.addBindValue(m_database.clock().epochMs());
    query.addBindValue(quarantined ? 1 : 0);
    query.addBindValue(voter.pseudonym); // a voter on the quarantine list stays quarantined
    query.addBindValue(voter.deviceId);
    if (!query.exec())
        return fail(query, "record a vote", error);
    return true;
}

bool ServerVoteStore::retractVote(const QString& itemHash, const QString& voter, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM votes WHERE item_hash = ? AND voter = ?"_s);
    query.addBindValue(itemHash);
    query.addBindValue(voter);
    if (!query.exec())
        return fail(query, "retract a vote", error);
    return true;
}

bool ServerVoteStore::quarantineVoter(const QString& voter, const QString& reason, QString& error,
                                      QStringList* items)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        error = transaction.errorString();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(
        u"UPDATE votes SET quarantined = 1 WHERE voter = ? AND quarantined = 0 RETURNING item_hash"_s);
    query.addBindValue(voter);
    if (!query.exec())
        return fail(query, "quarantine votes", error);
    QStringList quarantined;
    while (query.next())
        quarantined.append(query.value(0).toString());
    const int affected = int(quarantined.size());
    query.finish();
    query.prepare(u"INSERT INTO audit_log(at, actor, action, subject, reason, detail) "
                  u"VALUES(?, 'system:spam', 'quarantine_votes', ?, ?, ?)"_s);
    query.addBindValue(m_database.clock().epochMs());
    query.addBindValue(voter);
    query.addBindValue(reason);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"votes"_s, affected}}).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return fail(query, "write the audit log", error);
    query.finish();
    query.prepare(u"INSERT INTO quarantined_voters(voter, reason, quarantined_at, quarantined_by) "
                  u"VALUES(?, ?, ?, 'system:spam') ON CONFLICT(voter) DO NOTHING"_s);
    query.addBindValue(voter);
    query.addBindValue(reason);
    query.addBindValue(m_database.clock().epochMs());
    if (!query.exec())
        return fail(query, "list a quarantined voter", error);
    query.finish();
    if (!transaction.commit()) {
        error = transaction.errorString();
        return false;
    }
    if (items)
        *items = quarantined;
    return true;
}

std::optional<ItemVotes> ServerVoteStore::votesFor(const QString& itemHash, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 AND item_hash = ?"_s.arg(VoteColumns));
    query.addBindValue(itemHash);
    if (!query.exec()) {
        fail(query, "read votes", error);
        return std::nullopt;
    }
    QList<ItemVotes> items;
    readVotes(query, m_database.clock().epochMs(), items);
    query.finish();
    query.prepare(FoldColumns + u"item_hash = ?"_s);
    query.addBindValue(itemHash);
    if (!query.exec()) {
        fail(query, "read folded votes", error);
        return std::nullopt;
    }
    mergeFolds(query, items);
    return items.isEmpty() ? ItemVotes{itemHash, {}} : items.constFirst();
}

std::optional<QList<ItemVotes>> ServerVoteStore::votesWithPrefix(const QString& hexPrefix, QString& error)
{
    // A range on the primary key: every lowercase hex digit sorts below 'g'.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 AND item_hash >= ? AND item_hash < ? ORDER BY item_hash"_s.arg(VoteColumns));
    query.addBindValue(hexPrefix);
    query.addBindValue(hexPrefix + u'g');
    if (!query.exec()) {
        fail(query, "look ratings up", error);
        return std::nullopt;
    }
    QList<ItemVotes> items;
    readVotes(query, m_database.clock().epochMs(), items);
    query.finish();
    query.prepare(FoldColumns + u"item_hash >= ? AND item_hash < ?"_s);
    query.addBindValue(hexPrefix);
    query.addBindValue(hexPrefix + u'g');
    if (!query.exec()) {
        fail(query, "read folded votes", error);
        return std::nullopt;
    }
    mergeFolds(query, items);
    return items;
}

} // namespace SafeScan
