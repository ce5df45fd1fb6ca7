#pragma once

#include "SecretStore.h"

#include <QHash>

namespace SafeScan {

// Secrets kept in this process only: the fallback when no keychain is available (they are gone
// when the app quits; the user is told) and the store for tests.
class MemorySecretStore final : public SecretStore
{
public:
    ~MemorySecretStore() override;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace SafeScan
