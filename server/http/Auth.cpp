#include "Auth.h"

#include "storage/DeviceRepository.h"
#include "storage/ServerSecret.h"

#include <QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr qsizetype MaxTokenLength = 256;

bool isTokenCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

} // namespace

Authenticator::Authenticator(DeviceRepository& devices, const ServerSecret& secret)
    : m_devices(devices)
    , m_secret(secret)
{}

QString Authenticator::bearerToken(const QHttpServerRequest& request)
{
    const auto headers = request.headers();
    for (const auto& [name, value] : headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            return tokenOfHeader(value);
    }
    return {};
}

QString Authenticator::tokenOfHeader(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.size() <= 7 || trimmed.left(7).compare("bearer ", Qt::CaseInsensitive) != 0)
        return {};
    const QString token = QString::fromLatin1(trimmed.mid(7).trimmed());
    return isWellFormedToken(token) ? token : QString();
}

bool Authenticator::isWellFormedToken(const QString& token)
{
    return !token.isEmpty() && token.size() <= MaxTokenLength &&
           std::all_of(token.begin(), token.end(),
                       [](QChar c) { return c.unicode() < 128 && isTokenCharacter(char(c.unicode())); });
}

AuthResult Authenticator::authenticate(const QHttpServerRequest& request) const
{
    return authenticateToken(bearerToken(request));
}

AuthResult Authenticator::authenticateToken(const QString& token) const
{
    if (token.isEmpty())
        return {std::nullopt, ApiError::unauthorized(u"A bearer token is required (POST /v1/devices)."_s)};
    QString error;
    const std::optional<qint64> device = m_devices.findDevice(token, error);
    if (!error.isEmpty())
        return {std::nullopt, ApiError::internal(u"The database is unavailable."_s)};
    if (!device)
        return {std::nullopt, ApiError::unauthorized(u"Unknown bearer token."_s)};
    const QString voter = m_secret.pseudonym("device:" + QByteArray::number(*device));
    return {Caller{*device, voter}, std::nullopt};
}

} // namespace SafeScan
