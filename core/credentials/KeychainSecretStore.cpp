#include "KeychainSecretStore.h"

#include "CredentialsLog.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

SecretResult resultOf(const QKeychain::Job& job)
{
    SecretResult result;
    result.message = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        result.message.clear();
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::Unavailable;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = SecretResult::Status::Denied;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.status = SecretResult::Status::Failed;
        break;
    }
    // QtKeychain reports a missing D-Bus session or Secret Service provider as OtherError with
    // the D-Bus message; those mean "no keychain here", not a broken keychain.
    if (result.status == SecretResult::Status::Failed) {
        const QString text = result.message.toLower();
        if (text.contains(u"dbus"_s) || text.contains(u"d-bus"_s) || text.contains(u"secret service"_s) ||
            text.contains(u"org.freedesktop"_s) || text.contains(u"no keychain"_s) ||
            text.contains(u"kwallet"_s) || text.contains(u"could not connect"_s))
            result.status = SecretResult::Status::Unavailable;
    }
    return result;
}

// Runs a configured QtKeychain job and hands its outcome to `done` on `context`.
void runJob(QKeychain::Job* job, QObject* context, const QString& key, SecretStore::Callback done,
            bool readsSecret)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), readsSecret, key](QKeychain::Job* finished) {
                         SecretResult result = resultOf(*finished);
                         if (result.ok() && readsSecret)
                             result.secret = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
                         if (!result.ok() && result.status != SecretResult::Status::NotFound)
                             qCWarning(lcCredentials)
                                 << "Keychain operation on" << key << "failed:" << result.message;
                         done(result);
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done)
{
    runJob(new QKeychain::ReadPasswordJob(m_service), context, key, std::move(done), true);
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, QObject* context, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(secret);
    runJob(job, context, key, std::move(done), false);
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    runJob(new QKeychain::DeletePasswordJob(m_service), context, key, std::move(done), false);
}

} // namespace SafeScan
