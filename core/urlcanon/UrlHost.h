#pragma once

#include "CanonicalUrl.h"

#include <QByteArrayView>

namespace SafeScan {

struct CanonicalHost
{
    QString error; // empty when the host is usable
    QString host;  // canonical ASCII form, escaped
    CanonicalUrl::HostKind kind = CanonicalUrl::HostKind::None;
    bool obfuscatedIPv4 = false;
};

// Canonicalises the host of an authority exactly as written (still escaped, port removed):
// "[...]" is an IPv6 literal; anything else is unescaped fully, stripped of leading and trailing
// dots with runs of dots collapsed, IDNA-encoded when it holds non-ASCII UTF-8, lowercased, read as
// an IPv4 address when it is one in any inet_aton form, and escaped again.
CanonicalHost canonicalHost(QByteArrayView rawHost);

} // namespace SafeScan
