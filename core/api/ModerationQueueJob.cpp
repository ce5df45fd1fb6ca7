#include "ModerationQueueJob.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SafeScan {

ModerationQueueJob::ModerationQueueJob(const ApiContext& context, int limit, QString after, QObject* parent)
    : ApiJob(context, parent)
    , m_limit(limit)
    , m_after(std::move(after))
{}

ApiJob::Request ModerationQueueJob::request() const
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(m_limit));
    if (!m_after.isEmpty())
        query.addQueryItem(u"after"_s, m_after);
    return {"GET", u"/v1/moderation/queue"_s, query, std::nullopt, true, {}};
}

ApiError ModerationQueueJob::validate() const
{
    if (m_limit < 1 || m_limit > 200)
        return ApiError::invalid(u"invalid_limit"_s, u"A queue page holds 1 to 200 entries."_s);
    return {};
}

QString ModerationQueueJob::readResult(int, const QJsonDocument& json)
{
    const QJsonObject object = json.object();
    const QJsonValue list = object.value(u"entries"_s);
    if (!list.isArray())
        return u"The answer has no \"entries\" list."_s;
    for (const QJsonValue& value : list.toArray()) {
        QString error;
        const std::optional<ModerationEntry> entry = ModerationEntry::fromJson(value.toObject(), &error);
        if (!entry)
            return error;
        m_entries.append(*entry);
    }
    m_total = object.value(u"total"_s).toInt(int(m_entries.size()));
    m_next = object.value(u"next"_s).toString();
    return {};
}

void ModerationQueueJob::clearResult()
{
    m_entries.clear();
    m_total = 0;
    m_next.clear();
}

} // namespace SafeScan
