#pragma once

#include <QString>
#include <QStringView>

namespace SafeScan {

// How the local tables name an item without storing its content (SPEC §8): the SHA-256 of the
// canonical content (UTF-8), as 64 lowercase hex digits. Canonicalising is the caller's business.
namespace ContentHash {

QString ofCanonicalContent(QStringView canonicalContent);

// `hash` as stored (lowercase), or an empty string when it is not 64 hex digits.
QString normalized(QStringView hash);

} // namespace ContentHash

} // namespace SafeScan
