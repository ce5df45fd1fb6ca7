#include "SyncTestClient.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace SafeScan::Test {

const QString SyncTestClient::Password = u"correct horse battery staple"_s;

SyncTestClient::SyncTestClient(ServerProcess& server)
    : m_client(server)
{}

HttpReply SyncTestClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                               const QString& token)
{
    return m_client.send(method, path, body, token);
}

bool SyncTestClient::addUser(const QString& name, const QString& role)
{
    return m_client.addUser(name, role, Password);
}

QString SyncTestClient::login(const QString& name)
{
    return m_client.login(name, Password);
}

QString SyncTestClient::registerDevice()
{
    return m_client.registerDevice();
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
    return ApiClient::json(object);
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
