#include "DeleteAccountJob.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

DeleteAccountJob::DeleteAccountJob(const ApiContext& context, QObject* parent)
    : ApiJob(context, parent)
{}

ApiJob::Request DeleteAccountJob::request() const
{
    return {"DELETE", u"/v1/account"_s, {}, std::nullopt, true, {}};
}

QString DeleteAccountJob::readResult(int, const QJsonDocument& json)
{
    const QJsonValue deleted = json.object().value(u"deleted"_s);
    if (!deleted.isObject())
        return u"The answer does not say what was deleted."_s;
    m_deleted = deleted.toObject();
    return {};
}

void DeleteAccountJob::clearResult()
{
    m_deleted = {};
}

} // namespace SafeScan
