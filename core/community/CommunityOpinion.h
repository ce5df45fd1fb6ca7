#pragma once

#include "api/RatingInfo.h"
#include "safety/CommunityVerdict.h"

#include <optional>

namespace SafeScan {

struct RatingLookup;

// The server's rating as the safety verdict sees it (see withCommunity in core/safety).
CommunityOpinion opinionOf(const RatingInfo& rating);
// The opinion a lookup gave: none when it answered unknown.
std::optional<CommunityOpinion> opinionOf(const RatingLookup& lookup);

} // namespace SafeScan
