#pragma once

#include "SyncKey.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace SafeScan {

// Seals and opens synced records (SPEC §9) with XChaCha20-Poly1305 (libsodium
// crypto_aead_xchacha20poly1305_ietf): a fresh random 24-byte nonce per sealing, and the record id
// and updated_at as associated data, so the server cannot move a sealed record to another id or
// time (or replay an older version under a newer time) without opening failing.
//
// The sealed form is base64(nonce || ciphertext || tag), padded, as POST /v1/sync/push takes it.
class RecordSealer
{
public:
    explicit RecordSealer(const SyncKey& key);

    QString seal(const QByteArray& plaintext, const QString& recordId, qint64 updatedAt) const;
    // The plaintext; nullopt when the text is not base64, too short, or fails authentication
    // (another key, another id or time, or altered bytes).
    std::optional<QByteArray> open(const QString& sealed, const QString& recordId, qint64 updatedAt) const;

    static QByteArray associatedData(const QString& recordId, qint64 updatedAt);

private:
    SyncKey m_key;
};

} // namespace SafeScan
