#include "DeviceRepository.h"

#include "StorageLog.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/SqlError.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SafeScan {

DeviceRepository::DeviceRepository(Database& database)
    : m_database(database)
{}

QString DeviceRepository::tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<QString> DeviceRepository::registerDevice(QString& error)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    const QString token =
        QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO devices(token_hash, created_at) VALUES(?, ?)"_s);
    query.addBindValue(tokenHash(token));
    query.addBindValue(m_database.clock().epochMs());
    if (!query.exec()) {
        error = sqlErrorText(query.lastError());
        qCWarning(lcServerStorage) << "cannot register a device:" << error;
        return std::nullopt;
    }
    return token;
}

std::optional<qint64> DeviceRepository::findDevice(const QString& token, QString& error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id FROM devices WHERE token_hash = ?"_s);
    query.addBindValue(tokenHash(token));
    if (!query.exec()) {
        error = sqlErrorText(query.lastError());
        qCWarning(lcServerStorage) << "cannot look a device up:" << error;
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace SafeScan
