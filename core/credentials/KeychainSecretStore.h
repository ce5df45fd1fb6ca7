#pragma once

#include "SecretStore.h"

namespace SafeScan {

// Secrets in the platform keychain through QtKeychain (on Linux the Secret Service over D-Bus:
// gnome-keyring, KWallet). Never falls back to plaintext: QtKeychain's insecure fallback is off,
// and a missing keychain is reported as Status::Unavailable.
class KeychainSecretStore final : public SecretStore
{
public:
    // `service`: the keychain's service name, e.g. "SafeScan".
    explicit KeychainSecretStore(QString service);

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    bool isPersistent() const override { return true; }

private:
    QString m_service;
};

} // namespace SafeScan
