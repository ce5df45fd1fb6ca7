#pragma once

#include "ServerProcess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QString>

#include <memory>

namespace SafeScan {

struct ApiReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
    QByteArray wwwAuthenticate;
    QByteArray retryAfter;
    QList<QPair<QByteArray, QByteArray>> headers; // every response header as received
};

// A ServerProcess and an HTTP client for it, for the integration tests: JSON requests with an
// optional bearer token, `safescan-server admin ...` runs on the server's database, logins.
class ApiClient
{
public:
    // With a server of its own (start() starts it) or on a ServerProcess the test manages.
    ApiClient();
    explicit ApiClient(ServerProcess& server);

    bool start(const QStringList& arguments = {});
    ServerProcess& server() { return m_server; }
    QNetworkAccessManager& network() { return m_network; }

    // `contentType` is set when the body is not empty (application/json unless given).
    ApiReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                  const QString& token = {}, const QByteArray& contentType = "application/json");
    // With a raw Authorization header (none when empty).
    ApiReply sendRaw(const QByteArray& method, const QString& path, const QByteArray& body,
                     const QByteArray& authorization, const QByteArray& contentType = "application/json");

    // A header every following request carries (e.g. X-Forwarded-For); an empty value removes it.
    void setExtraHeader(const QByteArray& name, const QByteArray& value)
    {
        if (value.isEmpty())
            m_extraHeaders.remove(name);
        else
            m_extraHeaders.insert(name, value);
    }
    // `safescan-server admin add-user NAME --role ROLE --password-stdin`; true on exit code 0.
    bool addUser(const QString& name, const QString& role, const QString& password);
    // A session token for the account, empty on failure.
    QString login(const QString& name, const QString& password);
    // A new device token, empty on failure.
    QString registerDevice();
    // The rating of one item through GET /v1/ratings?prefix=; empty when it is not listed.
    QJsonObject ratingFor(const QString& hash);

    QString databaseUrl() const { return m_server.databaseUrl(); }

    static QString sha256Hex(const QString& text);
    static QByteArray json(const QJsonObject& object);

private:
    std::unique_ptr<ServerProcess> m_ownServer;
    ServerProcess& m_server;
    QNetworkAccessManager m_network;
    QMap<QByteArray, QByteArray> m_extraHeaders;
};

} // namespace SafeScan
