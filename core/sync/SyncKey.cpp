#include "SyncKey.h"

#include <QUuid>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "SScnSync";
constexpr quint64 kSealingSubkey = 1;
constexpr quint64 kNamingSubkey = 2;

static_assert(SyncKey::Bytes == crypto_kdf_KEYBYTES);
static_assert(SyncKey::Bytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(crypto_pwhash_SALTBYTES == 16);

bool sodiumReady()
{
    return sodium_init() >= 0; // 0: initialised now, 1: already; -1: failure
}

// 16 hash bytes shaped as a version 4, RFC 4122 variant UUID (what the server accepts as a record id).
QString uuidFromHash(const unsigned char* hash)
{
    QByteArray bytes(reinterpret_cast<const char*>(hash), 16);
    bytes[6] = char((uchar(bytes[6]) & 0x0F) | 0x40);
    bytes[8] = char((uchar(bytes[8]) & 0x3F) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace

KdfParams KdfParams::standard()
{
    return {3, 64ull * 1024 * 1024};
}

KdfParams KdfParams::minimumForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

SyncKey::~SyncKey()
{
    sodium_memzero(m_key.data(), m_key.size());
    sodium_memzero(m_sealing.data(), m_sealing.size());
    sodium_memzero(m_naming.data(), m_naming.size());
}

QByteArray SyncKey::saltFor(const QString& username)
{
    const QByteArray input = "safescan sync salt v1\n" + username.trimmed().toLower().toUtf8();
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    sodiumReady();
    crypto_generichash(salt.data(), salt.size(), reinterpret_cast<const unsigned char*>(input.constData()),
                       quint64(input.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(salt.data()), qsizetype(salt.size()));
}

std::optional<SyncKey> SyncKey::derive(const QByteArray& passphraseUtf8, const QString& username,
                                       const KdfParams& params, QString* error)
{
    const auto failed = [&](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (passphraseUtf8.isEmpty())
        return failed(u"The sync passphrase is empty."_s);
    if (username.trimmed().isEmpty())
        return failed(u"The sync key needs the account's user name."_s);
    if (!sodiumReady())
        return failed(u"libsodium could not be initialised."_s);
    const QByteArray salt = saltFor(username);
    SyncKey key;
    if (crypto_pwhash(key.m_key.data(), key.m_key.size(), passphraseUtf8.constData(),
                      quint64(passphraseUtf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                      size_t(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return failed(u"Argon2id could not derive the sync key (not enough memory?)."_s);
    key.deriveSubkeys();
    return key;
}

std::optional<SyncKey> SyncKey::fromBytes(const QByteArray& bytes)
{
    if (bytes.size() != Bytes || !sodiumReady())
        return std::nullopt;
    SyncKey key;
    std::copy(bytes.cbegin(), bytes.cend(), reinterpret_cast<char*>(key.m_key.data()));
    key.deriveSubkeys();
    return key;
}

void SyncKey::deriveSubkeys()
{
    crypto_kdf_derive_from_key(m_sealing.data(), m_sealing.size(), kSealingSubkey, kKdfContext, m_key.data());
    crypto_kdf_derive_from_key(m_naming.data(), m_naming.size(), kNamingSubkey, kKdfContext, m_key.data());
}

QByteArray SyncKey::bytes() const
{
    return QByteArray(reinterpret_cast<const char*>(m_key.data()), qsizetype(m_key.size()));
}

QString SyncKey::fingerprint() const
{
    const QByteArray label = "safescan key fingerprint v1";
    std::array<unsigned char, 8> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(label.constData()),
                       quint64(label.size()), m_key.data(), m_key.size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash.data()), 8).toHex());
}

QString SyncKey::recordIdFor(const QString& scanUuid) const
{
    const QByteArray input = "record\n" + scanUuid.toLower().toUtf8();
    std::array<unsigned char, 16> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(input.constData()),
                       quint64(input.size()), m_naming.data(), m_naming.size());
    return uuidFromHash(hash.data());
}

QString SyncKey::keyCheckRecordId(const QString& username)
{
    const QByteArray input = "safescan key check v1\n" + saltFor(username);
    std::array<unsigned char, 16> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(input.constData()),
                       quint64(input.size()), nullptr, 0);
    return uuidFromHash(hash.data());
}

} // namespace SafeScan
