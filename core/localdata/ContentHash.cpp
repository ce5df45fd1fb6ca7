#include "ContentHash.h"

#include <QCryptographicHash>

namespace SafeScan::ContentHash {

QString ofCanonicalContent(QStringView canonicalContent)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalContent.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString normalized(QStringView hash)
{
    constexpr qsizetype kHexDigits = 64;
    if (hash.size() != kHexDigits)
        return {};
    for (const QChar c : hash) {
        const char16_t u = c.unicode();
        const bool hex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hex)
            return {};
    }
    return hash.toString().toLower();
}

} // namespace SafeScan::ContentHash
