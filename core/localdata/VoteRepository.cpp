#include "VoteRepository.h"

#include "ContentHash.h"
#include "LocalDataLog.h"
#include "OutboxWriter.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

const QString kSynced = u"synced"_s;
const QString kPending = u"pending"_s;

MyVote voteFromRow(const QSqlQuery& query)
{
    // The CHECK constraint allows only the two names.
    return {query.value(0).toString(), voteFromName(query.value(1).toString()).value_or(Vote::Safe),
            query.value(2).toLongLong(), query.value(3).toString() == kSynced};
}

// The current vote inside the open transaction: nothing when there is none; false on failure.
bool currentVote(QSqlDatabase db, const QString& hash, std::optional<MyVote>& current, QString& error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT content_hash, vote, voted_at, sync_state FROM my_votes WHERE content_hash = ?"_s);
    query.addBindValue(hash);
    if (!query.exec()) {
        error = sqlErrorText(query.lastError());
        return false;
    }
    current.reset();
    if (query.next())
        current = voteFromRow(query);
    return true;
}

} // namespace

QString voteName(Vote vote)
{
    return vote == Vote::Safe ? u"safe"_s : u"unsafe"_s;
}

std::optional<Vote> voteFromName(QStringView name)
{
    if (name == u"safe")
        return Vote::Safe;
    if (name == u"unsafe")
        return Vote::Unsafe;
    return std::nullopt;
}

QString VoteRepository::outboxKind()
{
    return u"vote"_s;
}

VoteRepository::VoteRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

VoteChange VoteRepository::setVote(const QString& contentHash, Vote vote)
{
    VoteChange result;
    const auto failed = [&](const QString& why) {
        result = {};
        localDataFailure(&result.error, u"Cannot store the vote on %1: %2"_s.arg(contentHash, why));
        return result;
    };
    const QString hash = ContentHash::normalized(contentHash);
    if (hash.isEmpty())
        return failed(u"it is not a SHA-256 content hash"_s);
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return failed(transaction.errorString());
    QSqlDatabase db = transaction.database();

    std::optional<MyVote> current;
    QString error;
    if (!currentVote(db, hash, current, error))
        return failed(error);
    if (current && current->vote == vote) {
        result.ok = true;
        return result;
    }
    // Strictly increasing per item, so markSynced() for an older vote never matches a newer one.
    const qint64 votedAt = current ? std::max(m_clock.epochMs(), current->votedAtMs + 1) : m_clock.epochMs();

    QSqlQuery query(db);
    query.prepare(u"INSERT INTO my_votes(content_hash, vote, voted_at, sync_state) VALUES(?, ?, ?, ?) "
                  u"ON CONFLICT(content_hash) DO UPDATE SET vote = excluded.vote, "
                  u"voted_at = excluded.voted_at, sync_state = excluded.sync_state"_s);
    query.addBindValue(hash);
    query.addBindValue(voteName(vote));
    query.addBindValue(votedAt);
    query.addBindValue(kPending);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));

    const QJsonObject body{{u"op"_s, u"set"_s},
                           {u"content_hash"_s, hash},
                           {u"vote"_s, voteName(vote)},
                           {u"voted_at"_s, votedAt}};
    const qint64 mutation = OutboxWriter(m_database, m_clock).append(outboxKind(), hash, body, &error);
    if (!mutation)
        return failed(error);
    if (!transaction.commit())
        return failed(transaction.errorString());
    result.ok = true;
    result.changed = true;
    result.mutationId = mutation;
    qCDebug(lcLocalData) << "Voted" << voteName(vote) << "on" << hash << "mutation" << mutation;
    return result;
}

VoteChange VoteRepository::retract(const QString& contentHash)
{
    VoteChange result;
    const auto failed = [&](const QString& why) {
        result = {};
        localDataFailure(&result.error, u"Cannot retract the vote on %1: %2"_s.arg(contentHash, why));
        return result;
    };
    const QString hash = ContentHash::normalized(contentHash);
    if (hash.isEmpty())
        return failed(u"it is not a SHA-256 content hash"_s);
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return failed(transaction.errorString());
    QSqlDatabase db = transaction.database();

    QSqlQuery query(db);
    query.prepare(u"DELETE FROM my_votes WHERE content_hash = ?"_s);
    query.addBindValue(hash);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));
    if (query.numRowsAffected() < 1) {
        result.ok = true;
        return result;
    }
    const QJsonObject body{
        {u"op"_s, u"retract"_s}, {u"content_hash"_s, hash}, {u"retracted_at"_s, m_clock.epochMs()}};
    QString error;
    const qint64 mutation = OutboxWriter(m_database, m_clock).append(outboxKind(), hash, body, &error);
    if (!mutation)
        return failed(error);
    if (!transaction.commit())
        return failed(transaction.errorString());
    result.ok = true;
    result.changed = true;
    result.mutationId = mutation;
    qCDebug(lcLocalData) << "Retracted the vote on" << hash << "mutation" << mutation;
    return result;
}

std::optional<MyVote> VoteRepository::vote(const QString& contentHash, QString* error)
{
    const QString hash = ContentHash::normalized(contentHash);
    if (hash.isEmpty()) {
        localDataFailure(error,
                         u"Cannot read the vote on %1: it is not a SHA-256 content hash"_s.arg(contentHash));
        return std::nullopt;
    }
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        localDataFailure(error, u"Cannot read the vote on %1: %2"_s.arg(hash, m_database.errorString()));
        return std::nullopt;
    }
    std::optional<MyVote> current;
    QString why;
    if (!currentVote(db, hash, current, why))
        localDataFailure(error, u"Cannot read the vote on %1: %2"_s.arg(hash, why));
    return current;
}

QList<MyVote> VoteRepository::pending(int limit, QString* error)
{
    return list(u"WHERE sync_state = 'pending' ORDER BY voted_at, content_hash"_s, limit,
                u"Cannot list the pending votes: "_s, error);
}

QList<MyVote> VoteRepository::all(int limit, QString* error)
{
    return list(u"ORDER BY voted_at DESC, content_hash"_s, limit, u"Cannot list my votes: "_s, error);
}

QList<MyVote> VoteRepository::list(const QString& whereAndOrder, int limit, const QString& failure,
                                   QString* error)
{
    QList<MyVote> votes;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        localDataFailure(error, failure + m_database.errorString());
        return votes;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT content_hash, vote, voted_at, sync_state FROM my_votes "_s + whereAndOrder +
                  u" LIMIT ?"_s);
    query.addBindValue(limit > 0 ? limit : -1);
    if (!query.exec()) {
        localDataFailure(error, failure + sqlErrorText(query.lastError()));
        return votes;
    }
    while (query.next())
        votes.append(voteFromRow(query));
    return votes;
}

bool VoteRepository::markSynced(const QString& contentHash, qint64 votedAtMs, QString* error)
{
    const QString hash = ContentHash::normalized(contentHash);
    if (hash.isEmpty())
        return localDataFailure(
            error, u"Cannot mark the vote on %1 synced: not a SHA-256 content hash"_s.arg(contentHash));
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return localDataFailure(
            error, u"Cannot mark the vote on %1 synced: %2"_s.arg(hash, m_database.errorString()));
    QSqlQuery query(db);
    query.prepare(u"UPDATE my_votes SET sync_state = ? WHERE content_hash = ? AND voted_at = ?"_s);
    query.addBindValue(kSynced);
    query.addBindValue(hash);
    query.addBindValue(votedAtMs);
    if (!query.exec())
        return localDataFailure(
            error, u"Cannot mark the vote on %1 synced: %2"_s.arg(hash, sqlErrorText(query.lastError())));
    return query.numRowsAffected() > 0;
}

} // namespace SafeScan
