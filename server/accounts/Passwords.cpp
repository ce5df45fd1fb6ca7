#include "Passwords.h"

#include <QRandomGenerator>

#include <algorithm>
#include <argon2.h>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace Passwords {

std::optional<QByteArray> hash(const QByteArray& password, QString& error)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const std::size_t length =
        argon2_encodedlen(TimeCost, MemoryKiB, Parallelism, SaltBytes, HashBytes, Argon2_id);
    QByteArray encoded(qsizetype(length), '\0');
    const int result = argon2id_hash_encoded(TimeCost, MemoryKiB, Parallelism, password.constData(),
                                             std::size_t(password.size()), salt.constData(),
                                             std::size_t(salt.size()), HashBytes, encoded.data(), length);
    if (result != ARGON2_OK) {
        error = u"Argon2id failed: %1"_s.arg(QString::fromLatin1(argon2_error_message(result)));
        return std::nullopt;
    }
    encoded.truncate(qsizetype(qstrnlen(encoded.constData(), length)));
    return encoded;
}

bool verify(const QByteArray& encoded, const QByteArray& password)
{
    if (encoded.isEmpty())
        return false;
    // QByteArray keeps a terminating NUL after its data, as argon2id_verify needs.
    return argon2id_verify(encoded.constData(), password.constData(), std::size_t(password.size())) ==
           ARGON2_OK;
}

bool verifyDummy(const QByteArray& password)
{
    static const QByteArray dummy = [] {
        QByteArray random(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(random.begin(), random.end());
        QString ignored;
        return hash(random.toHex(), ignored).value_or(QByteArray());
    }();
    verify(dummy, password);
    return false;
}

} // namespace Passwords

QStringList accountRoles()
{
    return {u"user"_s, u"moderator"_s, u"analyst"_s, u"admin"_s};
}

bool isAccountRole(const QString& role)
{
    return accountRoles().contains(role);
}

bool isValidUsername(const QString& name)
{
    if (name.size() < 3 || name.size() > 32)
        return false;
    const auto lowerOrDigit = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); };
    if (!lowerOrDigit(name.front()))
        return false;
    return std::all_of(name.begin(), name.end(),
                       [&](QChar c) { return lowerOrDigit(c) || c == u'.' || c == u'_' || c == u'-'; });
}

} // namespace SafeScan
