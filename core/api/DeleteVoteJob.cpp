#include "DeleteVoteJob.h"

#include "HexText.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

DeleteVoteJob::DeleteVoteJob(const ApiContext& context, QString hash, QObject* parent)
    : ApiJob(context, parent)
    , m_hash(hash.toLower())
{}

ApiJob::Request DeleteVoteJob::request() const
{
    return {"DELETE", u"/v1/votes/"_s + m_hash, {}, std::nullopt, true, u"/v1/votes"_s};
}

ApiError DeleteVoteJob::validate() const
{
    if (!isHexText(m_hash, 64))
        return ApiError::invalid(u"invalid_hash"_s, u"An item hash is 64 hex digits."_s);
    return {};
}

QString DeleteVoteJob::readResult(int, const QJsonDocument&)
{
    return {};
}

} // namespace SafeScan
