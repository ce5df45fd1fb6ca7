#include "RatingQuery.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr int MinimumVotes = 3;

} // namespace

QJsonObject ItemRating::toJson() const
{
    return {
        {u"hash"_s, hash},     {u"score"_s, score},     {u"confidence"_s, confidence}, {u"safe"_s, safe},
        {u"unsafe"_s, unsafe}, {u"verdict"_s, verdict}, {u"moderated"_s, moderated},
    };
}

// TODO(rating): replace the body with safescan_rating's RatingAggregator once it exists.
ItemRating aggregateRating(const VoteTally& tally)
{
    ItemRating rating;
    rating.hash = tally.itemHash;
    rating.safe = tally.safe;
    rating.unsafe = tally.unsafe;
    const int total = tally.safe + tally.unsafe;
    rating.score = total > 0 ? double(tally.safe) / total : 0.5;
    rating.confidence = double(total) / (total + 10.0);
    if (total < MinimumVotes)
        rating.verdict = u"unrated"_s;
    else if (rating.score >= 0.7)
        rating.verdict = u"safe"_s;
    else if (rating.score <= 0.3)
        rating.verdict = u"unsafe"_s;
    else
        rating.verdict = u"disputed"_s;
    return rating;
}

} // namespace SafeScan
