#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>

namespace SafeScan {

// Argon2id cost of deriving the sync key. Every device of an account must use the same values
// (they are part of what the passphrase turns into), so only tests pass anything but standard().
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    static KdfParams standard();        // 3 passes over 64 MiB (libsodium's "moderate" passes, less memory)
    static KdfParams minimumForTests(); // the smallest libsodium accepts: fast, and worthless for real keys
};

// The end-to-end key of an account's synced history (SPEC §9), 32 bytes, derived from the sync
// passphrase with Argon2id (crypto_pwhash). Two subkeys come from it (crypto_kdf): one seals
// records (XChaCha20-Poly1305, see RecordSealer), one names them (recordIdFor()).
//
// The salt is derived from the account's user name, not random: the server stores nothing but
// ciphertext, record ids, timestamps and deletion flags (SPEC §9, docs/api.md has no place for a
// salt), and a second device must reach the same key from the passphrase and the user name alone.
// A per-account salt is all Argon2id needs a salt for (no table precomputed for one account helps
// with another); it does not need to be secret. The user name is lowercased (the server's names
// are lowercase) and prefixed with a fixed label, so the salt is unlike any other use of the name.
class SyncKey
{
public:
    static constexpr int Bytes = 32;

    ~SyncKey();
    SyncKey(const SyncKey& other) = default;
    SyncKey& operator=(const SyncKey& other) = default;

    // The 16-byte Argon2id salt of `username`.
    static QByteArray saltFor(const QString& username);
    // Derives the key; nullopt (with `error`) for an empty passphrase or when Argon2id fails (out of
    // memory). Takes a few hundred milliseconds with standard() on purpose.
    static std::optional<SyncKey> derive(const QByteArray& passphraseUtf8, const QString& username,
                                         const KdfParams& params, QString* error = nullptr);
    // A key stored earlier (bytes()); nullopt when `bytes` is not 32 bytes.
    static std::optional<SyncKey> fromBytes(const QByteArray& bytes);

    // The raw key, for the keychain only.
    QByteArray bytes() const;
    // A short non-secret name of the key (hex of a hash of it), to notice that the key changed.
    QString fingerprint() const;

    // The server's record id of the history record `scanUuid`: a keyed BLAKE2b hash of the uuid
    // shaped as a version 4 UUID, so every device names a record alike while the id reveals
    // nothing (the scan uuids are time-ordered version 7 UUIDs, and the server refuses those).
    QString recordIdFor(const QString& scanUuid) const;
    // The record id of the account's key check record: from the user name only, so that a device
    // with a wrong passphrase still finds it (and fails to open it).
    static QString keyCheckRecordId(const QString& username);

    // The sealing subkey (crypto_aead_xchacha20poly1305_ietf_KEYBYTES), for RecordSealer.
    const unsigned char* sealingKey() const { return m_sealing.data(); }

private:
    SyncKey() = default;
    void deriveSubkeys();

    std::array<unsigned char, Bytes> m_key{};
    std::array<unsigned char, Bytes> m_sealing{};
    std::array<unsigned char, Bytes> m_naming{};
};

} // namespace SafeScan
