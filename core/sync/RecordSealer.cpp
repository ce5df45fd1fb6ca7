#include "RecordSealer.h"

#include <sodium.h>

namespace SafeScan {

namespace {
constexpr qsizetype kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char* bytesOf(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}
} // namespace

RecordSealer::RecordSealer(const SyncKey& key)
    : m_key(key)
{}

QByteArray RecordSealer::associatedData(const QString& recordId, qint64 updatedAt)
{
    return "safescan record v1\n" + recordId.toLower().toLatin1() + '\n' + QByteArray::number(updatedAt);
}

QString RecordSealer::seal(const QByteArray& plaintext, const QString& recordId, qint64 updatedAt) const
{
    const QByteArray ad = associatedData(recordId, updatedAt);
    QByteArray sealed(kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(out, size_t(kNonceBytes));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + kNonceBytes, &length, bytesOf(plaintext),
                                               quint64(plaintext.size()), bytesOf(ad), quint64(ad.size()),
                                               nullptr, out, m_key.sealingKey());
    sealed.truncate(kNonceBytes + qsizetype(length));
    return QString::fromLatin1(sealed.toBase64());
}

std::optional<QByteArray> RecordSealer::open(const QString& sealed, const QString& recordId,
                                             qint64 updatedAt) const
{
    const auto decoded =
        QByteArray::fromBase64Encoding(sealed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const QByteArray& data = decoded.decoded;
    const QByteArray ad = associatedData(recordId, updatedAt);
    QByteArray plaintext(data.size() - kNonceBytes - kTagBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plaintext.data()), &length, nullptr, bytesOf(data) + kNonceBytes,
            quint64(data.size() - kNonceBytes), bytesOf(ad), quint64(ad.size()), bytesOf(data),
            m_key.sealingKey()) != 0)
        return std::nullopt;
    plaintext.truncate(qsizetype(length));
    return plaintext;
}

} // namespace SafeScan
