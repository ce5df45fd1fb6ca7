#include "CredentialVault.h"

#include "CredentialsLog.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
const QString kDevice = u"device-token"_s;
const QString kSession = u"session-token"_s;
const QString kSyncKey = u"sync-key"_s;
} // namespace

CredentialVault::CredentialVault(SecretStore& keychain, const QUrl& server, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_server(server)
{}

CredentialVault::~CredentialVault()
{
    m_deviceToken.fill(u'\0');
    m_sessionToken.fill(u'\0');
    m_syncKey.fill('\0');
}

QString CredentialVault::keyFor(const QUrl& server, const QString& kind)
{
    const int port = server.port(server.scheme() == u"https"_s ? 443 : 80);
    return u"%1://%2:%3/%4"_s.arg(server.scheme(), server.host().toLower()).arg(port).arg(kind);
}

void CredentialVault::load()
{
    m_loaded = false;
    m_pendingReads = 3;
    for (const QString& kind : {kDevice, kSession, kSyncKey}) {
        m_keychain.read(keyFor(m_server, kind), this, [this, kind](const SecretResult& result) {
            if (result.ok() && kind == kSyncKey)
                m_syncKey = QByteArray::fromBase64(result.secret);
            else if (result.ok())
                (kind == kDevice ? m_deviceToken : m_sessionToken) = QString::fromUtf8(result.secret);
            else if (result.status != SecretResult::Status::NotFound)
                fallBackToMemory(result);
            if (--m_pendingReads == 0) {
                m_loaded = true;
                emit loaded();
            }
        });
    }
}

void CredentialVault::setDeviceToken(const QString& token)
{
    m_deviceToken = token;
    store(kDevice, token);
}

void CredentialVault::setSessionToken(const QString& token)
{
    m_sessionToken = token;
    store(kSession, token);
}

void CredentialVault::setSyncKey(const QByteArray& key)
{
    m_syncKey = key;
    store(kSyncKey, QString::fromLatin1(key.toBase64()));
}

void CredentialVault::store(const QString& kind, const QString& token)
{
    if (m_storage == Storage::MemoryOnly) {
        QMetaObject::invokeMethod(
            this, [this] { emit saved(false); }, Qt::QueuedConnection);
        return;
    }
    const auto done = [this](const SecretResult& result) {
        const bool persisted = result.ok() || result.status == SecretResult::Status::NotFound;
        if (!persisted)
            fallBackToMemory(result);
        emit saved(persisted);
    };
    const QString key = keyFor(m_server, kind);
    if (token.isEmpty())
        m_keychain.remove(key, this, done);
    else
        m_keychain.write(key, token.toUtf8(), this, done);
}

void CredentialVault::fallBackToMemory(const SecretResult& result)
{
    if (m_storage == Storage::MemoryOnly)
        return;
    m_storage = Storage::MemoryOnly;
    const QString why = result.status == SecretResult::Status::Unavailable ? u"No keychain is available"_s
                        : result.status == SecretResult::Status::Denied
                            ? u"Access to the keychain was refused"_s
                            : u"The keychain failed"_s;
    m_notice = u"%1 (%2). SafeScan keeps your sign-in in memory for this session only; you will need to "
               u"sign in again after restarting. Nothing is stored unencrypted."_s.arg(
                   why, result.message.isEmpty() ? u"no details"_s : result.message);
    qCWarning(lcCredentials).noquote() << m_notice;
    emit storageChanged();
}

} // namespace SafeScan
