#pragma once

#include "rating/RatingAggregator.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace SafeScan {

// Anonymous vote aggregates (SPEC §8): votes that retention or an account deletion removes are
// folded into vote_folds, per item, as weight sums and counts without any voter. A folded vote
// weighs what it would weigh at the end of its decay, RatingAggregator::kMinDecay × the voter's
// reliability prior at folding time, for good: every vote reaches that floor after 27 days, so
// folding an old vote does not change its item's rating. Quarantined votes are deleted, not folded
// (they do not count).
struct FoldResult
{
    int folded = 0;  // counted votes added to vote_folds
    int dropped = 0; // quarantined votes deleted without folding
};

namespace VoteFolds {

// Folds then deletes the votes matching `where` (an SQL condition on the votes table, with `binds`
// for its placeholders). Runs no transaction of its own: call it inside one on `db`.
std::optional<FoldResult> fold(QSqlDatabase& db, const QString& where, const QVariantList& binds,
                               qint64 nowMs, QString& error);

// The folds of one item as votes the aggregator takes: k = min(n, MaxSyntheticVotes) votes of
// reliability W / (k × kMinDecay) dated at the epoch for n folded votes of weight sum W, so they
// weigh W in all. With the default weight-sum n_eff the rating is exactly that of the folded
// weights; the n − k folded votes not represented one by one are returned as extra raw counts.
inline constexpr qint64 MaxSyntheticVotes = 32;

struct FoldedVotes
{
    QList<Vote> votes;
    qint64 extraSafe = 0;
    qint64 extraUnsafe = 0;
};

FoldedVotes asVotes(double safeWeight, qint64 safeCount, double unsafeWeight, qint64 unsafeCount);

} // namespace VoteFolds

} // namespace SafeScan
