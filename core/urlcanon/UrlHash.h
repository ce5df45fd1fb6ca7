#pragma once

#include <QByteArray>
#include <QStringView>

namespace SafeScan {

// SHA-256 of the UTF-8 bytes of a string (used for URL/content hashes and their 4-byte prefixes).
QByteArray sha256(QStringView text);

} // namespace SafeScan
