#include "MemorySecretStore.h"

#include <QObject>
#include <QPointer>

namespace SafeScan {

namespace {

void deliver(QObject* context, SecretStore::Callback done, SecretResult result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace

MemorySecretStore::~MemorySecretStore()
{
    for (QByteArray& secret : m_secrets)
        secret.fill('\0');
}

void MemorySecretStore::read(const QString& key, QObject* context, Callback done)
{
    SecretResult result;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        result.status = SecretResult::Status::NotFound;
    else
        result.secret = *it;
    deliver(context, std::move(done), std::move(result));
}

void MemorySecretStore::write(const QString& key, const QByteArray& secret, QObject* context, Callback done)
{
    m_secrets.insert(key, secret);
    deliver(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString& key, QObject* context, Callback done)
{
    SecretResult result;
    if (m_secrets.remove(key) == 0)
        result.status = SecretResult::Status::NotFound;
    deliver(context, std::move(done), std::move(result));
}

} // namespace SafeScan
