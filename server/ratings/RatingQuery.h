#pragma once

#include "base/Clock.h"
#include "rating/RatingAggregator.h"

#include <QList>
#include <QString>

#include <optional>

namespace SafeScan {

class DecisionStore;
class ServerVoteStore;

// One item's community rating; rating.toJson(hash) is the API's JSON shape (SPEC §8).
struct ItemRating
{
    QString hash;
    Rating rating;
};

// Ratings as the API serves them: the counted votes from ServerVoteStore, aggregated by core's
// RatingAggregator (time decay, reliability weights, Wilson confidence) at the clock's epoch time.
class RatingQuery
{
public:
    // Without decisions: the community verdict only (for tests of the aggregation path).
    RatingQuery(ServerVoteStore& votes, const Clock& clock, RatingAggregatorConfig config = {});
    // With moderator decisions, which override the verdict and set "moderated" (SPEC §8).
    RatingQuery(ServerVoteStore& votes, const DecisionStore& decisions, const Clock& clock,
                RatingAggregatorConfig config = {});

    // The rating of one item (unrated with zero counts when nobody voted); nullopt with `error`.
    std::optional<ItemRating> ratingOf(const QString& itemHash, QString& error) const;
    // Every item with counted votes or a decision whose hash starts with `hexPrefix`, by hash.
    std::optional<QList<ItemRating>> ratingsWithPrefix(const QString& hexPrefix, QString& error) const;

private:
    ServerVoteStore& m_votes;
    const DecisionStore* m_decisions = nullptr;
    const Clock& m_clock;
    RatingAggregator m_aggregator;
};

} // namespace SafeScan
