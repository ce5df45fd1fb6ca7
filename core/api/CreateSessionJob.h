#pragma once

#include "ApiJob.h"

namespace SafeScan {

// POST /v1/sessions: logs an account in; gives a session token and the account's role.
class CreateSessionJob final : public ApiJob
{
    Q_OBJECT
public:
    CreateSessionJob(const ApiContext& context, QString username, QString password,
                     QObject* parent = nullptr);
    ~CreateSessionJob() override;
    QString token() const { return m_token; }
    QString role() const { return m_role; }

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override;

private:
    QString m_username;
    QString m_password;
    QString m_token;
    QString m_role;
};

} // namespace SafeScan
