#pragma once

#include "ApiClient.h"
#include "ServerProcess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>

namespace SafeScan::Test {

using HttpReply = ApiReply;

// The sync and account-data tests' client: ApiClient (HTTP, `admin add-user`, logins) with one
// password for every account, plus the building blocks of sync pushes.
class SyncTestClient
{
public:
    explicit SyncTestClient(ServerProcess& server);

    HttpReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                   const QString& token = {});
    // `admin add-user NAME --role ROLE` on the server's database; true when it exited 0.
    bool addUser(const QString& name, const QString& role = QStringLiteral("user"));
    // A session token of NAME, empty on failure.
    QString login(const QString& name);
    // A device token, empty on failure.
    QString registerDevice();

    HttpReply push(const QString& token, const QString& clientId, const QJsonArray& mutations);
    HttpReply pull(const QString& token, qint64 cursor, int limit = 0);

    static const QString Password;
    static QByteArray json(const QJsonObject& object);
    // `size` random bytes, base64: a stand-in for a sealed record.
    static QString ciphertext(int size = 64);
    static QString recordId(); // a random (version 4) UUID
    static QJsonObject put(qint64 id, const QString& recordId, qint64 updatedAt, const QString& ciphertext);
    static QJsonObject remove(qint64 id, const QString& recordId, qint64 updatedAt);
    static QList<qint64> ids(const QJsonValue& array);

private:
    ApiClient m_client;
};

} // namespace SafeScan::Test
