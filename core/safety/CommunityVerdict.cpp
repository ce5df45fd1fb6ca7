#include "CommunityVerdict.h"

#include "ReasonCatalog.h"
#include "SafetyEngine.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

Reason communityReason(ReasonCode code, int count, int total)
{
    return ReasonCatalog::make(code, u"community"_s, {QString::number(count), QString::number(total)});
}

} // namespace

Verdict withCommunity(Verdict local, const std::optional<CommunityOpinion>& community,
                      CommunityThresholds thresholds)
{
    if (!community || community->rating == CommunityOpinion::Rating::Unrated)
        return local;
    const CommunityOpinion& c = *community;
    const int total = c.safeVotes + c.unsafeVotes;
    const bool confident = c.confidence >= thresholds.minConfidence;
    using Rating = CommunityOpinion::Rating;

    if (c.moderated && c.rating == Rating::Unsafe) {
        local.level = VerdictLevel::Dangerous;
        local.score = 100;
        local.reasons.prepend(ReasonCatalog::make(ReasonCode::ModeratorUnsafe, u"moderator"_s));
        return local;
    }
    if (c.moderated && c.rating == Rating::Safe) {
        if (local.level != VerdictLevel::Dangerous) {
            local.level = VerdictLevel::Trusted;
            local.reasons.append(ReasonCatalog::make(ReasonCode::ModeratorSafe, u"moderator"_s));
        }
        return local;
    }
    switch (c.rating) {
    case Rating::Unsafe:
        local.reasons.prepend(communityReason(ReasonCode::CommunityUnsafe, c.unsafeVotes, total));
        if (confident) {
            local.level = VerdictLevel::Dangerous;
            local.score = std::max(local.score, SafetyEngine::dangerousScore);
        } else if (local.level != VerdictLevel::Dangerous) {
            local.level = VerdictLevel::Suspicious;
            local.score = std::max(local.score, SafetyEngine::suspiciousScore);
        }
        break;
    case Rating::Safe:
        if (confident && local.level == VerdictLevel::NoKnownRisk) {
            local.level = VerdictLevel::Trusted;
            local.reasons.append(communityReason(ReasonCode::CommunitySafe, c.safeVotes, total));
        }
        break;
    case Rating::Disputed:
        local.reasons.append(
            ReasonCatalog::make(ReasonCode::CommunityDisputed, u"community"_s,
                                {QString::number(c.safeVotes), QString::number(c.unsafeVotes)}));
        break;
    case Rating::Unrated:
        break;
    }
    return local;
}

} // namespace SafeScan
