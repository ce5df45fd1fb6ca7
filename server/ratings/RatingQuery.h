#pragma once

#include "storage/ServerVoteStore.h"

#include <QJsonObject>
#include <QString>

namespace SafeScan {

// One item's community rating as the API shows it (SPEC §8).
struct ItemRating
{
    QString hash;
    double score = 0.5;      // weighted share of safe votes, 0.5 when there are none
    double confidence = 0.0; // 0..1
    int safe = 0;
    int unsafe = 0;
    QString verdict;        // "safe", "unsafe", "disputed" or "unrated"
    bool moderated = false; // a moderator decision overrides the votes

    QJsonObject toJson() const;
};

// Turns raw vote counts into a rating. PLACEHOLDER until core/rating's RatingAggregator (time
// decay, reliability weights, Wilson confidence) lands: this is the only function to swap.
ItemRating aggregateRating(const VoteTally& tally);

} // namespace SafeScan
