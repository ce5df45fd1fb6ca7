#include "ModerationAuditJob.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SafeScan {

ModerationAuditJob::ModerationAuditJob(const ApiContext& context, int limit, QObject* parent)
    : ApiJob(context, parent)
    , m_limit(limit)
{}

ApiJob::Request ModerationAuditJob::request() const
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(m_limit));
    return {"GET", u"/v1/moderation/audit"_s, query, std::nullopt, true, {}};
}

ApiError ModerationAuditJob::validate() const
{
    if (m_limit < 1 || m_limit > MaxLimit)
        return ApiError::invalid(u"invalid_limit"_s, u"The audit log is read 1 to 500 entries at a time."_s);
    return {};
}

QString ModerationAuditJob::readResult(int, const QJsonDocument& json)
{
    const QJsonValue list = json.object().value(u"entries"_s);
    if (!list.isArray())
        return u"The answer has no \"entries\" list."_s;
    for (const QJsonValue& value : list.toArray()) {
        QString error;
        const std::optional<AuditRecord> record = AuditRecord::fromJson(value.toObject(), &error);
        if (!record)
            return error;
        m_entries.append(*record);
    }
    return {};
}

} // namespace SafeScan
