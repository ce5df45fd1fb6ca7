#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace SafeScan {

// The server's secret key, kept in a file of the data directory (created 0600 on first start with
// 32 random bytes). It turns account and device ids into voter pseudonyms, so that the votes table
// cannot be joined back to devices without the file.
class ServerSecret
{
public:
    static std::optional<ServerSecret> loadOrCreate(const QString& path, QString& error);

    // HMAC-SHA256(secret, subject) in lowercase hex.
    QString pseudonym(const QByteArray& subject) const;

private:
    explicit ServerSecret(QByteArray key);

    QByteArray m_key;
};

} // namespace SafeScan
