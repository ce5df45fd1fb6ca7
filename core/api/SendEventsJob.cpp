#include "SendEventsJob.h"

#include "HexText.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
// A JSON count: a non-negative whole number.
bool readCount(const QJsonObject& object, const QString& key, int& out)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != double(qint64(value.toDouble())))
        return false;
    out = int(value.toDouble());
    return true;
}
} // namespace

SendEventsJob::SendEventsJob(const ApiContext& context, QString installId, QList<Event> events,
                             QObject* parent)
    : ApiJob(context, parent)
    , m_installId(std::move(installId))
    , m_events(std::move(events))
{}

ApiJob::Request SendEventsJob::request() const
{
    QJsonArray events;
    for (const Event& event : m_events)
        events.append(QJsonObject{{u"id"_s, event.id},
                                  {u"type"_s, event.type},
                                  {u"time"_s, event.timeMs},
                                  {u"props"_s, event.props}});
    return {"POST", u"/v1/events"_s,
            {},     QJsonObject{{u"install_id"_s, m_installId}, {u"events"_s, events}},
            true,   {}};
}

ApiError SendEventsJob::validate() const
{
    if (!isHexText(m_installId, 32) || m_installId.toLower() != m_installId)
        return ApiError::invalid(u"invalid_install_id"_s, u"An install id is 32 lowercase hex digits."_s);
    if (m_events.isEmpty() || m_events.size() > kMaxEvents)
        return ApiError::invalid(u"invalid_batch"_s, u"A batch has 1 to %1 events."_s.arg(kMaxEvents));
    for (const Event& event : m_events) {
        if (event.id.size() != 36)
            return ApiError::invalid(u"invalid_event"_s, u"An event id is a 36-character UUID."_s);
        if (event.type.isEmpty() || event.timeMs <= 0)
            return ApiError::invalid(u"invalid_event"_s, u"An event needs a type and a time."_s);
    }
    return {};
}

QString SendEventsJob::readResult(int, const QJsonDocument& json)
{
    if (!json.isObject())
        return u"The answer to a batch of events is not a JSON object."_s;
    const QJsonObject object = json.object();
    if (!readCount(object, u"accepted"_s, m_accepted) || !readCount(object, u"duplicates"_s, m_duplicates))
        return u"The answer to a batch of events has no accepted/duplicates counts."_s;
    const QJsonValue rejected = object.value(u"rejected"_s);
    if (!rejected.isUndefined() && !rejected.isArray())
        return u"The answer's \"rejected\" is not a list."_s;
    for (const QJsonValue& item : rejected.toArray()) {
        const QJsonObject r = item.toObject();
        if (!r.value(u"id"_s).isString() || !r.value(u"error"_s).isString())
            return u"A rejected event in the answer has no id or error."_s;
        m_rejected.append(
            {r.value(u"id"_s).toString(), r.value(u"error"_s).toString(), r.value(u"message"_s).toString()});
    }
    return {};
}

void SendEventsJob::clearResult()
{
    m_accepted = 0;
    m_duplicates = 0;
    m_rejected.clear();
}

} // namespace SafeScan
