#include "CommunityOpinion.h"

#include "RatingService.h"

namespace SafeScan {

CommunityOpinion opinionOf(const RatingInfo& rating)
{
    CommunityOpinion opinion;
    switch (rating.verdict) {
    case RatingVerdict::Unrated:
        opinion.rating = CommunityOpinion::Rating::Unrated;
        break;
    case RatingVerdict::Safe:
        opinion.rating = CommunityOpinion::Rating::Safe;
        break;
    case RatingVerdict::Unsafe:
        opinion.rating = CommunityOpinion::Rating::Unsafe;
        break;
    case RatingVerdict::Disputed:
        opinion.rating = CommunityOpinion::Rating::Disputed;
        break;
    }
    opinion.confidence = rating.confidence;
    opinion.safeVotes = rating.safe;
    opinion.unsafeVotes = rating.unsafe;
    opinion.moderated = rating.moderated;
    return opinion;
}

std::optional<CommunityOpinion> opinionOf(const RatingLookup& lookup)
{
    if (!lookup.rating)
        return std::nullopt;
    return opinionOf(*lookup.rating);
}

} // namespace SafeScan
