#include "VoteFolds.h"

#include "StorageLog.h"
#include "rating/VoterReliability.h"
#include "store/SqlError.h"

#include <QMap>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan::VoteFolds {

namespace {

struct Sums
{
    double safeWeight = 0;
    double unsafeWeight = 0;
    qint64 safeCount = 0;
    qint64 unsafeCount = 0;
    qint64 lastVoteAt = 0;
};

bool failed(const QSqlQuery& query, const char* what, QString& error)
{
    error = sqlErrorText(query.lastError());
    qCWarning(lcServerStorage) << "cannot" << what << ":" << error;
    return false;
}

// Appends the synthetic votes of one side; returns the folded votes they do not stand for one by one.
qint64 appendVotes(QList<Vote>& votes, bool safe, double weight, qint64 count)
{
    if (count <= 0 || !(weight > 0))
        return std::max<qint64>(count, 0);
    const qint64 synthetic = std::min(count, MaxSyntheticVotes);
    const double reliability = weight / (double(synthetic) * RatingAggregator::kMinDecay);
    for (qint64 i = 0; i < synthetic; ++i)
        votes.append(Vote{safe, 0, reliability});
    return count - synthetic;
}

} // namespace

std::optional<FoldResult> fold(QSqlDatabase& db, const QString& where, const QVariantList& binds,
                               qint64 nowMs, QString& error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT item_hash, vote, voted_at, voter_since, quarantined FROM votes WHERE "_s + where);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        failed(query, "read votes to fold", error);
        return std::nullopt;
    }
    FoldResult result;
    QMap<QString, Sums> sums;
    while (query.next()) {
        if (query.value(4).toInt() != 0) {
            ++result.dropped;
            continue;
        }
        const qint64 since = query.value(3).isNull() ? nowMs : query.value(3).toLongLong();
        const double weight = RatingAggregator::kMinDecay * VoterReliability::prior(nowMs - since);
        Sums& item = sums[query.value(0).toString()];
        if (query.value(1).toString() == u"safe"_s) {
            item.safeWeight += weight;
            ++item.safeCount;
        } else {
            item.unsafeWeight += weight;
            ++item.unsafeCount;
        }
        item.lastVoteAt = std::max(item.lastVoteAt, query.value(2).toLongLong());
        ++result.folded;
    }
    query.finish();

    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT INTO vote_folds(item_hash, safe_weight, unsafe_weight, safe_count, unsafe_count, "
                   u"last_vote_at) VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(item_hash) DO UPDATE SET "
                   u"safe_weight = vote_folds.safe_weight + excluded.safe_weight, "
                   u"unsafe_weight = vote_folds.unsafe_weight + excluded.unsafe_weight, "
                   u"safe_count = vote_folds.safe_count + excluded.safe_count, "
                   u"unsafe_count = vote_folds.unsafe_count + excluded.unsafe_count, "
                   u"last_vote_at = CASE WHEN excluded.last_vote_at > vote_folds.last_vote_at "
                   u"THEN excluded.last_vote_at ELSE vote_folds.last_vote_at END"_s);
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        upsert.addBindValue(it.key());
        upsert.addBindValue(it->safeWeight);
        upsert.addBindValue(it->unsafeWeight);
        upsert.addBindValue(it->safeCount);
        upsert.addBindValue(it->unsafeCount);
        upsert.addBindValue(it->lastVoteAt);
        if (!upsert.exec()) {
            failed(upsert, "fold votes", error);
            return std::nullopt;
        }
    }

    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM votes WHERE "_s + where);
    for (const QVariant& value : binds)
        remove.addBindValue(value);
    if (!remove.exec()) {
        failed(remove, "delete folded votes", error);
        return std::nullopt;
    }
    return result;
}

FoldedVotes asVotes(double safeWeight, qint64 safeCount, double unsafeWeight, qint64 unsafeCount)
{
    FoldedVotes folded;
    folded.extraSafe = appendVotes(folded.votes, true, safeWeight, safeCount);
    folded.extraUnsafe = appendVotes(folded.votes, false, unsafeWeight, unsafeCount);
    return folded;
}

} // namespace SafeScan::VoteFolds
