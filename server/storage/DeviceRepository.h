#pragma once

#include <QString>

#include <optional>

namespace SafeScan {

class Database;

// Registered devices. A device's token is handed out once and only its SHA-256 is stored.
class DeviceRepository
{
public:
    explicit DeviceRepository(Database& database);

    // A new device and its token (32 random bytes, base64url without padding); nullopt with
    // `error` set when the database fails.
    std::optional<QString> registerDevice(QString& error);

    // The device holding `token`: its id, or nullopt when the token is unknown (error empty) or the
    // database failed (error set).
    std::optional<qint64> findDevice(const QString& token, QString& error);

    // SHA-256 of the token's UTF-8 bytes, lowercase hex.
    static QString tokenHash(const QString& token);

private:
    Database& m_database;
};

} // namespace SafeScan
