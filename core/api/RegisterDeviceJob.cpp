#include "RegisterDeviceJob.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

RegisterDeviceJob::RegisterDeviceJob(const ApiContext& context, QObject* parent)
    : ApiJob(context, parent)
{}

ApiJob::Request RegisterDeviceJob::request() const
{
    return {"POST", u"/v1/devices"_s, {}, QJsonObject{}, false, {}};
}

QString RegisterDeviceJob::readResult(int, const QJsonDocument& json)
{
    m_token = json.object().value(u"token"_s).toString();
    return m_token.isEmpty() ? u"The answer has no device token."_s : QString();
}

} // namespace SafeScan
