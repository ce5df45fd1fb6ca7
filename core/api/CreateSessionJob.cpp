#include "CreateSessionJob.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

CreateSessionJob::CreateSessionJob(const ApiContext& context, QString username, QString password,
                                   QObject* parent)
    : ApiJob(context, parent)
    , m_username(std::move(username))
    , m_password(std::move(password))
{}

CreateSessionJob::~CreateSessionJob()
{
    m_password.fill(u'\0');
}

ApiJob::Request CreateSessionJob::request() const
{
    return {"POST", u"/v1/sessions"_s,
            {},     QJsonObject{{u"username"_s, m_username}, {u"password"_s, m_password}},
            false,  {}};
}

ApiError CreateSessionJob::validate() const
{
    if (m_username.isEmpty() || m_password.isEmpty())
        return ApiError::invalid(u"invalid_credentials"_s, u"A user name and a password are needed."_s);
    return {};
}

QString CreateSessionJob::readResult(int, const QJsonDocument& json)
{
    m_token = json.object().value(u"token"_s).toString();
    m_role = json.object().value(u"role"_s).toString();
    return m_token.isEmpty() || m_role.isEmpty() ? u"The answer has no session token or role."_s : QString();
}

void CreateSessionJob::clearResult()
{
    m_token.clear();
    m_role.clear();
}

} // namespace SafeScan
