#pragma once

#include "Verdict.h"

#include <optional>

namespace SafeScan {

// What the community says about an item, as far as the verdict cares (the rating service fills
// it from the server's rating; this library knows nothing of the network).
struct CommunityOpinion
{
    enum class Rating
    {
        Unrated,
        Safe,
        Unsafe,
        Disputed,
    };
    Rating rating = Rating::Unrated;
    double confidence = 0; // 0..1 (1 − width of the Wilson interval)
    int safeVotes = 0;
    int unsafeVotes = 0;
    bool moderated = false; // the rating is a moderator's decision
};

struct CommunityThresholds
{
    // The least confidence for a community (not moderator) rating to make an item `trusted` or
    // `dangerous`. The server's safe/unsafe already needs the whole 95% interval on one side of
    // 0.5; this also needs it narrow (≤ 0.4 wide), i.e. a handful of fresh, reliable votes.
    double minConfidence = 0.6;
};

// Combines the local verdict with the community's opinion (SPEC §6, §9). Pure.
// - none or unrated: the local verdict as it is.
// - moderator unsafe: dangerous (reason moderator_unsafe, score 100).
// - moderator safe: trusted (reason moderator_safe), unless the local checks found the item
//   dangerous — a blocklist hit or a critical finding is never overridden.
// - community unsafe: dangerous with enough confidence, else at least suspicious (community_unsafe).
// - community safe: trusted only with enough confidence and when the local checks saw no risk
//   (no_known_risk); the community never clears a local warning or an unjudged item.
// - disputed: the local verdict, with community_disputed added for the explanation.
Verdict withCommunity(Verdict local, const std::optional<CommunityOpinion>& community,
                      CommunityThresholds thresholds = {});

} // namespace SafeScan
