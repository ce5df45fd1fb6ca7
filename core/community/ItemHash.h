#pragma once

#include <QString>
#include <QStringView>

namespace SafeScan {

struct Payload;

// How the community names an item (SPEC §8): the SHA-256 of its canonical content, 64 lowercase
// hex digits. The canonical content of a link is its Safe Browsing canonical URL
// (UrlCanonicalizer, shared with the server), so "HTTP://Example.com/a/../b" and
// "http://example.com/b" are one item; any other content is its text as decoded.
namespace ItemHash {

QString canonicalContent(const Payload& payload);
QString of(const Payload& payload);
// The 4-byte prefix sent for a lookup: the first 8 hex digits.
QString prefixOf(QStringView hash);

} // namespace ItemHash

} // namespace SafeScan
