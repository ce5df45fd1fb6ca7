#include "ModerationActionJob.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

ModerationActionJob::ModerationActionJob(const ApiContext& context, ModerationAction action,
                                         QString subjectId, QString reason, QObject* parent)
    : ApiJob(context, parent)
    , m_action(action)
    , m_subject(std::move(subjectId))
    , m_reason(reason.trimmed())
{}

QJsonObject ModerationActionJob::body() const
{
    return {{u"action"_s, moderationActionName(m_action)}, {u"id"_s, m_subject}, {u"reason"_s, m_reason}};
}

ApiJob::Request ModerationActionJob::request() const
{
    return {"POST", u"/v1/moderation/actions"_s, {}, body(), true, {}};
}

ApiError ModerationActionJob::validate() const
{
    const QString prefix = actsOnVoter(m_action) ? u"voter:"_s : u"item:"_s;
    if (!m_subject.startsWith(prefix) || m_subject.size() == prefix.size())
        return ApiError::invalid(u"invalid_subject"_s,
                                 u"This action needs a %1 entry of the queue."_s.arg(prefix.chopped(1)));
    if (m_reason.isEmpty() || m_reason.size() > 500)
        return ApiError::invalid(u"invalid_reason"_s, u"Every moderation action needs a reason of 1 to 500 "
                                                      u"characters."_s);
    return {};
}

QString ModerationActionJob::readResult(int, const QJsonDocument& json)
{
    QString error;
    const std::optional<ModerationOutcome> outcome = ModerationOutcome::fromJson(json.object(), &error);
    if (!outcome)
        return error;
    if (outcome->action != moderationActionName(m_action))
        return u"The answer is about another action."_s;
    m_outcome = *outcome;
    return {};
}

} // namespace SafeScan
