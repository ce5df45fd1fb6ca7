#pragma once

#include "base/Clock.h"
#include "rating/RateDecision.h"
#include "rating/SpamDetector.h"
#include "rating/TokenBucket.h"
#include "rating/VoteRateLimiter.h"

#include <QHttpServerResponse>
#include <QString>

class QHostAddress;

namespace SafeScan {

struct AbuseConfig
{
    TokenBucketConfig perAddress{60, 20.0};
    VoteRateLimiterConfig votes;
    SpamDetectorConfig spam;
};

// What a vote attempt is allowed to do.
struct VoteAdmission
{
    RateDecision rate;                          // refused: answer 429 with Retry-After
    bool flagged = false;                       // the voter is flagged: quarantine their vote
    SpamReason newlyFlagged = SpamReason::None; // flagged by this very attempt: quarantine and audit
};

// SPEC §8 abuse control, in memory: a token bucket per client address on every request, at most
// N votes per voter per window, and spam flags. The server persists the consequence of a flag
// (quarantined votes and an audit_log row); the flag itself lives here until restart.
class AbuseGuard
{
public:
    AbuseGuard(const Clock& clock, AbuseConfig config);

    // One token of the address's bucket. IPv4-mapped IPv6 addresses count as IPv4; IPv6 addresses
    // share a bucket per /64 (one host usually owns a whole /64).
    RateDecision admitRequest(const QHostAddress& address);

    // Every vote attempt goes through here, including those the rate limiter then refuses: the
    // spam detector has to see them all. An admitted vote is counted against the voter's window.
    VoteAdmission admitVote(const QString& voter, const QString& itemHash);
    // A moderator restored the voter: forget the spam flag (and its history). True when flagged.
    bool restoreVoter(const QString& voter) { return m_spam.unflag(voter); }

    // The bucket key of an address (never stored anywhere).
    static QString addressKey(const QHostAddress& address);

private:
    TokenBucket m_buckets;
    VoteRateLimiter m_votes;
    SpamDetector m_spam;
};

// 429 {"error": "rate_limited", "message", "retry_after"} with a Retry-After header (seconds).
QHttpServerResponse rateLimitedResponse(const RateDecision& decision, const QString& message);

} // namespace SafeScan
