#include "ServerSecret.h"

#include "StorageLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr qsizetype KeyBytes = 32;

} // namespace

ServerSecret::ServerSecret(QByteArray key)
    : m_key(std::move(key))
{}

std::optional<ServerSecret> ServerSecret::loadOrCreate(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.exists()) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            error = u"cannot create the directory of %1"_s.arg(path);
            return std::nullopt;
        }
        QByteArray key(KeyBytes, Qt::Uninitialized);
        QRandomGenerator::system()->generate(key.begin(), key.end());
        // NewOnly + permissions: the file never exists with wider permissions, not even briefly.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            error = u"cannot create %1: %2"_s.arg(path, file.errorString());
            return std::nullopt;
        }
        const QByteArray hex = key.toHex() + '\n';
        if (file.write(hex) != hex.size() || !file.flush()) {
            error = u"cannot write %1: %2"_s.arg(path, file.errorString());
            file.remove();
            return std::nullopt;
        }
        qCInfo(lcServerStorage) << "created a new server secret in" << path;
        return ServerSecret(key);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray key = QByteArray::fromHex(file.read(4 * KeyBytes).trimmed());
    if (key.size() != KeyBytes) {
        error = u"%1 is not a server secret (expected %2 hex-encoded bytes)"_s.arg(path).arg(KeyBytes);
        return std::nullopt;
    }
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        qCWarning(lcServerStorage) << path << "is readable by other users; it should be mode 0600";
    return ServerSecret(key);
}

QString ServerSecret::pseudonym(const QByteArray& subject) const
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(subject, m_key, QCryptographicHash::Sha256).toHex());
}

} // namespace SafeScan
