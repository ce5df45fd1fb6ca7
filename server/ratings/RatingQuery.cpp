#include "RatingQuery.h"

#include "moderation/DecisionStore.h"
#include "storage/ServerVoteStore.h"

#include <algorithm>

namespace SafeScan {

namespace {

// The rating of `item`, counting the folded votes not represented one by one (VoteFolds).
Rating aggregateItem(const RatingAggregator& aggregator, const ItemVotes& item, qint64 nowMs,
                     ModeratorDecision decision)
{
    Rating rating = aggregator.aggregate(item.votes, nowMs, decision);
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

RatingQuery::RatingQuery(ServerVoteStore& votes, const DecisionStore& decisions, const Clock& clock,
                         RatingAggregatorConfig config)
    : m_votes(votes)
    , m_decisions(&decisions)
    , m_clock(clock)
    , m_aggregator(config)
{}

std::optional<ItemRating> RatingQuery::ratingOf(const QString& itemHash, QString& error) const
{
    const std::optional<ItemVotes> item = m_votes.votesFor(itemHash, error);
    if (!item)
        return std::nullopt;
    ModeratorDecision decision = ModeratorDecision::None;
    if (m_decisions) {
        const std::optional<ModeratorDecision> found = m_decisions->decisionOf(itemHash, error);
        if (!found)
            return std::nullopt;
        decision = *found;
    }
    return ItemRating{item->itemHash, aggregateItem(m_aggregator, *item, m_clock.epochMs(), decision)};
}

std::optional<QList<ItemRating>> RatingQuery::ratingsWithPrefix(const QString& hexPrefix,
                                                                QString& error) const
{
    std::optional<QList<ItemVotes>> items = m_votes.votesWithPrefix(hexPrefix, error);
    if (!items)
        return std::nullopt;
    QHash<QString, ModeratorDecision> decisions;
    if (m_decisions) {
        std::optional<QHash<QString, ModeratorDecision>> found =
            m_decisions->decisionsWithPrefix(hexPrefix, error);
        if (!found)
            return std::nullopt;
        decisions = std::move(*found);
        // A decided item is rated even when nobody (or only quarantined voters) voted on it.
        bool added = false;
        for (auto it = decisions.constBegin(); it != decisions.constEnd(); ++it) {
            const bool voted = std::any_of(items->cbegin(), items->cend(),
                                           [&](const ItemVotes& item) { return item.itemHash == it.key(); });
            if (!voted) {
                items->append(ItemVotes{it.key(), {}});
                added = true;
            }
        }
        if (added) {
            std::sort(items->begin(), items->end(),
                      [](const ItemVotes& a, const ItemVotes& b) { return a.itemHash < b.itemHash; });
        }
    }
    const qint64 nowMs = m_clock.epochMs();
    QList<ItemRating> ratings;
    ratings.reserve(items->size());
    for (const ItemVotes& item : std::as_const(*items)) {
        const ModeratorDecision decision = decisions.value(item.itemHash, ModeratorDecision::None);
        ratings.append(ItemRating{item.itemHash, aggregateItem(m_aggregator, item, nowMs, decision)});
    }
    return ratings;
}

} // namespace SafeScan
