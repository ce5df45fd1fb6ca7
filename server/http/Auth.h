#pragma once

#include "ApiError.h"

#include <QString>

#include <optional>

class QHttpServerRequest;

namespace SafeScan {

class DeviceRepository;
class ServerSecret;

// Who made a request: the voter pseudonym of the device whose bearer token it carries.
struct Caller
{
    qint64 deviceId = 0;
    QString voter; // HMAC-SHA256 of "device:<id>" with the server secret, hex
};

struct AuthResult
{
    std::optional<Caller> caller;
    std::optional<ApiError> error; // 401 (missing or unknown token) or 500 (database)
};

// Checks `Authorization: Bearer TOKEN` against the registered devices.
class Authenticator
{
public:
    Authenticator(DeviceRepository& devices, const ServerSecret& secret);

    AuthResult authenticate(const QHttpServerRequest& request) const;
    // The same check for a token that arrived some other way (the WebSocket auth message).
    AuthResult authenticateToken(const QString& token) const;

    // The bearer token of `request`, empty when there is none.
    static QString bearerToken(const QHttpServerRequest& request);
    // The token of an Authorization header value ("Bearer TOKEN"), empty when malformed.
    static QString tokenOfHeader(const QByteArray& value);
    // Whether `token` has the shape of a token (length and alphabet), before any lookup.
    static bool isWellFormedToken(const QString& token);

private:
    DeviceRepository& m_devices;
    const ServerSecret& m_secret;
};

} // namespace SafeScan
