#include "ServerVoteStore.h"

#include "StorageLog.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

const QString TallyColumns = u"item_hash, "
                             u"SUM(CASE WHEN vote = 'safe' THEN 1 ELSE 0 END), "
                             u"SUM(CASE WHEN vote = 'unsafe' THEN 1 ELSE 0 END)"_s;

VoteTally readTally(const QSqlQuery& query)
{
    return {query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()};
}

bool fail(const QSqlQuery& query, const char* what, QString& error)
{
    error = sqlErrorText(query.lastError());
    qCWarning(lcServerStorage) << "cannot" << what << ":" << error;
    return false;
}

} // namespace

ServerVoteStore::ServerVoteStore(Database& database)
    : m_database(database)
{}

QString ServerVoteStore::voteName(Vote vote)
{
    return vote == Vote::Safe ? u"safe"_s : u"unsafe"_s;
}

bool ServerVoteStore::castVote(const QString& itemHash, const QString& voter, Vote vote, QString& error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        error = transaction.errorString();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO votes(item_hash, voter, vote, voted_at) VALUES(?, ?, ?, ?) "
                  u"ON CONFLICT(item_hash, voter) DO UPDATE SET "
                  u"vote = excluded.vote, voted_at = excluded.voted_at"_s);
    query.addBindValue(itemHash);
    query.addBindValue(voter);
    query.addBindValue(voteName(vote));
    query.addBindValue(m_database.clock().epochMs());
    if (!query.exec())
        return fail(query, "record a vote", error);
    query.finish();
    if (!transaction.commit()) {
        error = transaction.errorString();
        return false;
    }
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

std::optional<VoteTally> ServerVoteStore::tally(const QString& itemHash, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT %1 FROM votes WHERE item_hash = ? GROUP BY item_hash"_s.arg(TallyColumns));
    query.addBindValue(itemHash);
    if (!query.exec()) {
        fail(query, "count votes", error);
        return std::nullopt;
    }
    if (!query.next())
        return VoteTally{itemHash, 0, 0};
    return readTally(query);
}

std::optional<QList<VoteTally>> ServerVoteStore::talliesWithPrefix(const QString& hexPrefix, QString& error)
{
    // A range on the primary key: every lowercase hex digit sorts below 'g'.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM votes WHERE item_hash >= ? AND item_hash < ? "
                  u"GROUP BY item_hash ORDER BY item_hash"_s.arg(TallyColumns));
    query.addBindValue(hexPrefix);
    query.addBindValue(hexPrefix + u'g');
    if (!query.exec()) {
        fail(query, "look ratings up", error);
        return std::nullopt;
    }
    QList<VoteTally> tallies;
    while (query.next())
        tallies.append(readTally(query));
    return tallies;
}

} // namespace SafeScan
