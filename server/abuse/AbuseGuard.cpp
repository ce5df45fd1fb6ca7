#include "AbuseGuard.h"

#include "http/ApiError.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace SafeScan {

AbuseGuard::AbuseGuard(const Clock& clock, AbuseConfig config)
    : m_buckets(clock, config.perAddress)
    , m_votes(clock, config.votes)
    , m_spam(clock, config.spam)
{}

QString AbuseGuard::addressKey(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        Q_IPV6ADDR bytes = address.toIPv6Address();
        for (int i = 8; i < 16; ++i)
            bytes[i] = 0;
        return QHostAddress(bytes).toString() + u"/64"_s;
    }
    return address.toString(); // null or unknown: one shared bucket
}

RateDecision AbuseGuard::admitRequest(const QHostAddress& address)
{
    return m_buckets.take(addressKey(address));
}

VoteAdmission AbuseGuard::admitVote(const QString& voter, const QString& itemHash)
{
    VoteAdmission admission;
    const bool wasFlagged = m_spam.isFlagged(voter);
    const SpamReason reason = m_spam.recordVote(voter, itemHash);
    admission.flagged = reason != SpamReason::None;
    if (admission.flagged && !wasFlagged)
        admission.newlyFlagged = reason;
    admission.rate = m_votes.check(voter);
    if (admission.rate.allowed)
        m_votes.record(voter);
    return admission;
}

QHttpServerResponse rateLimitedResponse(const RateDecision& decision, const QString& message)
{
    const qint64 seconds = decision.retryAfterSeconds();
    QHttpServerResponse response =
        jsonResponse({{u"error"_s, u"rate_limited"_s}, {u"message"_s, message}, {u"retry_after"_s, seconds}},
                     HttpStatus::TooManyRequests);
    response.setHeader("Retry-After", QByteArray::number(seconds));
    return response;
}

} // namespace SafeScan
