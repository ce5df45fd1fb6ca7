#include "SyncTestClient.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace SafeScan::Test {

const QString SyncTestClient::Password = u"correct horse battery staple"_s;

SyncTestClient::SyncTestClient(ServerProcess& server)
    : m_server(server)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

HttpReply SyncTestClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                               const QString& token)
{
    QNetworkRequest request(m_server.url(path));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    return result;
}

bool SyncTestClient::addUser(const QString& name, const QString& role)
{
    QProcess process;
    process.setProgram(QStringLiteral(SAFESCAN_SERVER_BINARY));
    process.setArguments({u"admin"_s, u"add-user"_s, name, u"--role"_s, role, u"--password-stdin"_s,
                          u"--database"_s, m_server.databaseUrl()});
    process.start();
    if (!process.waitForStarted(10000))
        return false;
    process.write(Password.toUtf8() + '\n');
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString SyncTestClient::login(const QString& name)
{
    const HttpReply reply =
        send("POST", u"/v1/sessions"_s, json({{u"username"_s, name}, {u"password"_s, Password}}));
    return reply.status == 201 ? reply.json.value(u"token"_s).toString() : QString();
}

QString SyncTestClient::registerDevice()
{
    const HttpReply reply = send("POST", u"/v1/devices"_s);
    return reply.status == 201 ? reply.json.value(u"token"_s).toString() : QString();
}

HttpReply SyncTestClient::push(const QString& token, const QString& clientId, const QJsonArray& mutations)
{
    return send("POST", u"/v1/sync/push"_s, json({{u"client_id"_s, clientId}, {u"mutations"_s, mutations}}),
                token);
}

HttpReply SyncTestClient::pull(const QString& token, qint64 cursor, int limit)
{
    QString path = u"/v1/sync/pull?cursor=%1"_s.arg(cursor);
    if (limit > 0)
        path += u"&limit=%1"_s.arg(limit);
    return send("GET", path, {}, token);
}

QByteArray SyncTestClient::json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString SyncTestClient::ciphertext(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(bytes.toBase64());
}

QString SyncTestClient::recordId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject SyncTestClient::put(qint64 id, const QString& recordId, qint64 updatedAt,
                                const QString& ciphertext)
{
    return {{u"id"_s, id},
            {u"kind"_s, u"put"_s},
            {u"record_id"_s, recordId},
            {u"updated_at"_s, updatedAt},
            {u"ciphertext"_s, ciphertext}};
}

QJsonObject SyncTestClient::remove(qint64 id, const QString& recordId, qint64 updatedAt)
{
    return {
        {u"id"_s, id}, {u"kind"_s, u"delete"_s}, {u"record_id"_s, recordId}, {u"updated_at"_s, updatedAt}};
}

QList<qint64> SyncTestClient::ids(const QJsonValue& array)
{
    QList<qint64> result;
    for (const QJsonValue& value : array.toArray())
        result.append(value.toInteger());
    return result;
}

} // namespace SafeScan::Test
