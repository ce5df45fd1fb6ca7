#include "PutVoteJob.h"

#include "HexText.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

PutVoteJob::PutVoteJob(const ApiContext& context, QString hash, bool safe, QObject* parent)
    : ApiJob(context, parent)
    , m_hash(hash.toLower())
    , m_safe(safe)
{}

ApiJob::Request PutVoteJob::request() const
{
    return {"PUT", u"/v1/votes/"_s + m_hash,
            {},    QJsonObject{{u"vote"_s, m_safe ? u"safe"_s : u"unsafe"_s}},
            true,  u"/v1/votes"_s};
}

ApiError PutVoteJob::validate() const
{
    if (!isHexText(m_hash, 64))
        return ApiError::invalid(u"invalid_hash"_s, u"An item hash is 64 hex digits."_s);
    return {};
}

QString PutVoteJob::readResult(int, const QJsonDocument& json)
{
    QString error;
    const std::optional<RatingInfo> rating = RatingInfo::fromJson(json.object(), &error);
    if (!rating)
        return error;
    if (rating->hash != m_hash)
        return u"The answer rates a different item."_s;
    m_rating = *rating;
    return {};
}

} // namespace SafeScan
