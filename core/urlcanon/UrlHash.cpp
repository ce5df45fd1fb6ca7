#include "UrlHash.h"

#include <QCryptographicHash>

namespace SafeScan {

QByteArray sha256(QStringView text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace SafeScan
