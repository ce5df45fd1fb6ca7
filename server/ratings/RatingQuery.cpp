#include "RatingQuery.h"

#include "storage/ServerVoteStore.h"

namespace SafeScan {

namespace {

// The rating of `item`, counting the folded votes not represented one by one (VoteFolds).
Rating aggregateItem(const RatingAggregator& aggregator, const ItemVotes& item, qint64 nowMs)
{
    Rating rating = aggregator.aggregate(item.votes, nowMs);
    rating.safe += int(item.extraSafe);
    rating.unsafe += int(item.extraUnsafe);
    return rating;
}

} // namespace

RatingQuery::RatingQuery(ServerVoteStore& votes, const Clock& clock, RatingAggregatorConfig config)
    : m_votes(votes)
    , m_clock(clock)
    , m_aggregator(config)
{}

std::optional<ItemRating> RatingQuery::ratingOf(const QString& itemHash, QString& error) const
{
    const std::optional<ItemVotes> item = m_votes.votesFor(itemHash, error);
    if (!item)
        return std::nullopt;
    // TODO(moderation): pass the item's moderator decision once moderation stores one.
    return ItemRating{item->itemHash, aggregateItem(m_aggregator, *item, m_clock.epochMs())};
}

std::optional<QList<ItemRating>> RatingQuery::ratingsWithPrefix(const QString& hexPrefix,
                                                                QString& error) const
{
    const std::optional<QList<ItemVotes>> items = m_votes.votesWithPrefix(hexPrefix, error);
    if (!items)
        return std::nullopt;
    const qint64 nowMs = m_clock.epochMs();
    QList<ItemRating> ratings;
    ratings.reserve(items->size());
    for (const ItemVotes& item : *items)
        ratings.append(ItemRating{item.itemHash, aggregateItem(m_aggregator, item, nowMs)});
    return ratings;
}

} // namespace SafeScan
