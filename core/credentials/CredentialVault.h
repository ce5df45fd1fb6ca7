#pragma once

#include "SecretStore.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace SafeScan {

// The client's credentials for one server (SPEC §9): the device token, the session token and the
// history sync key (32 bytes, stored base64), kept only in the keychain. They are loaded once into memory so
// that API jobs can read them synchronously (ApiContext::token).
//
// When the keychain is unavailable (no D-Bus session or Secret Service, access refused, a failed
// write) the vault switches to memory-only for the rest of the session: the tokens still work
// until the app quits, nothing is written anywhere else (never plaintext on disk), and
// storageNotice() says so for the UI and the command line. The next start tries the keychain
// again.
class CredentialVault final : public QObject
{
    Q_OBJECT
public:
    enum class Storage
    {
        Keychain,
        MemoryOnly,
    };

    // `server`: the server the tokens belong to (its scheme, host and port name the keys).
    CredentialVault(SecretStore& keychain, const QUrl& server, QObject* parent = nullptr);
    ~CredentialVault() override;

    // Reads both tokens from the keychain; loaded() follows.
    void load();
    bool isLoaded() const { return m_loaded; }

    QString deviceToken() const { return m_deviceToken; }
    QString sessionToken() const { return m_sessionToken; }
    // Stores a token (empty: removes it); saved() follows with whether it reached the keychain.
    void setDeviceToken(const QString& token);
    void setSessionToken(const QString& token);
    // The end-to-end key of the synced history (core/sync SyncKey::bytes()); empty when none.
    QByteArray syncKey() const { return m_syncKey; }
    void setSyncKey(const QByteArray& key);

    Storage storage() const { return m_storage; }
    // Empty while the keychain works; else why the credentials are kept in memory only.
    QString storageNotice() const { return m_notice; }

    // The keychain key of a secret kind ("device-token", "session-token", "sync-key") on `server`.
    static QString keyFor(const QUrl& server, const QString& kind);

signals:
    void loaded();
    void saved(bool persistent);
    void storageChanged();

private:
    void store(const QString& kind, const QString& token);
    void fallBackToMemory(const SecretResult& result);

    SecretStore& m_keychain;
    const QUrl m_server;
    QString m_deviceToken;
    QString m_sessionToken;
    QByteArray m_syncKey;
    Storage m_storage = Storage::Keychain;
    QString m_notice;
    int m_pendingReads = 0;
    bool m_loaded = false;
};

} // namespace SafeScan
