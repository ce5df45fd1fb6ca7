#include "ApiClient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>

#include <memory>

using namespace Qt::StringLiterals;

namespace SafeScan {

ApiClient::ApiClient()
    : m_ownServer(std::make_unique<ServerProcess>())
    , m_server(*m_ownServer)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

ApiClient::ApiClient(ServerProcess& server)
    : m_server(server)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

bool ApiClient::start(const QStringList& arguments)
{
    return m_server.start(arguments);
}

ApiReply ApiClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                         const QString& token, const QByteArray& contentType)
{
    return sendRaw(method, path, body, token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1(),
                   contentType);
}

ApiReply ApiClient::sendRaw(const QByteArray& method, const QString& path, const QByteArray& body,
                            const QByteArray& authorization, const QByteArray& contentType)
{
    QNetworkRequest request(m_server.url(path));
    if (!body.isEmpty() && !contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    for (auto it = m_extraHeaders.cbegin(); it != m_extraHeaders.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    ApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    result.retryAfter = reply->rawHeader("Retry-After");
    result.headers = reply->rawHeaderPairs();
    return result;
}

bool ApiClient::addUser(const QString& name, const QString& role, const QString& password)
{
    QProcess process;
    process.setProgram(QStringLiteral(SAFESCAN_SERVER_BINARY));
    process.setArguments({u"admin"_s, u"add-user"_s, name, u"--role"_s, role, u"--password-stdin"_s,
                          u"--database"_s, databaseUrl()});
    process.start();
    if (!process.waitForStarted(10000))
        return false;
    process.write(password.toUtf8() + '\n');
    process.closeWriteChannel();
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

QString ApiClient::login(const QString& name, const QString& password)
{
    const ApiReply reply =
        send("POST", u"/v1/sessions"_s, json({{u"username"_s, name}, {u"password"_s, password}}));
    return reply.status == 201 ? reply.json.value(u"token"_s).toString() : QString();
}

QString ApiClient::registerDevice()
{
    const ApiReply reply = send("POST", u"/v1/devices"_s);
    return reply.status == 201 ? reply.json.value(u"token"_s).toString() : QString();
}

QJsonObject ApiClient::ratingFor(const QString& hash)
{
    const QJsonArray ratings =
        send("GET", u"/v1/ratings?prefix="_s + hash.left(8)).json.value(u"ratings"_s).toArray();
    for (const QJsonValue& rating : ratings) {
        if (rating.toObject().value(u"hash"_s).toString() == hash)
            return rating.toObject();
    }
    return {};
}

QString ApiClient::sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QByteArray ApiClient::json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace SafeScan
