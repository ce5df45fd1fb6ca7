#include "HealthJob.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

HealthJob::HealthJob(const ApiContext& context, QObject* parent)
    : ApiJob(context, parent)
{}

ApiJob::Request HealthJob::request() const
{
    return {"GET", u"/v1/health"_s, {}, std::nullopt, false, {}};
}

QString HealthJob::readResult(int, const QJsonDocument& json)
{
    m_status = json.object().value(u"status"_s).toString();
    m_database = json.object().value(u"database"_s).toString();
    return m_status.isEmpty() ? u"The answer has no status."_s : QString();
}

void HealthJob::clearResult()
{
    m_status.clear();
    m_database.clear();
}

} // namespace SafeScan
