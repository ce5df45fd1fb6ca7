#include "RatingsLookupJob.h"

#include "HexText.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SafeScan {

RatingsLookupJob::RatingsLookupJob(const ApiContext& context, QString prefix, QObject* parent)
    : ApiJob(context, parent)
    , m_prefix(prefix.toLower())
{}

ApiJob::Request RatingsLookupJob::request() const
{
    QUrlQuery query;
    query.addQueryItem(u"prefix"_s, m_prefix);
    return {"GET", u"/v1/ratings"_s, query, std::nullopt, false, {}};
}

ApiError RatingsLookupJob::validate() const
{
    if (!isHexText(m_prefix, 8))
        return ApiError::invalid(u"invalid_prefix"_s, u"A rating prefix is 8 hex digits."_s);
    return {};
}

QString RatingsLookupJob::readResult(int, const QJsonDocument& json)
{
    const QJsonValue list = json.object().value(u"ratings"_s);
    if (!list.isArray())
        return u"The answer has no \"ratings\" list."_s;
    for (const QJsonValue& value : list.toArray()) {
        QString error;
        const std::optional<RatingInfo> rating = RatingInfo::fromJson(value.toObject(), &error);
        if (!rating)
            return error;
        if (!rating->hash.startsWith(m_prefix))
            return u"The answer has a rating outside the prefix asked for."_s;
        m_ratings.append(*rating);
    }
    return {};
}

} // namespace SafeScan
