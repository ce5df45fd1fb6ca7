#pragma once

#include "CanonicalUrl.h"

#include <QStringView>

namespace SafeScan {

// Google Safe Browsing v4 URL canonicalisation, shared by the client and the server so that the
// hashes of canonical URLs are byte-identical on both sides.
//
// The input is split into scheme, authority, path and query the way a browser splits it (so an
// escaped delimiter such as "%2F@" cannot move the host), then each part is unescaped until no
// "%XX" is left, canonicalised (host: dots, IDNA, IPv4/IPv6 normal forms, lowercase; path: "." and
// ".." resolved, slashes collapsed) and escaped again (bytes <= 0x20 or >= 0x7F, '#', '%').
// Linear in the input size; never throws; bad input gives valid == false with an error.
class UrlCanonicalizer
{
public:
    static CanonicalUrl canonicalize(QStringView input);
};

} // namespace SafeScan
