#pragma once

#include <QString>

namespace SafeScan {

// A URL in the Safe Browsing canonical form (see UrlCanonicalizer). Every text field except
// userInfo is ASCII: bytes outside the printable range, '#' and '%' are percent-escaped.
struct CanonicalUrl
{
    bool valid = false;
    QString error;             // why not valid (empty when valid)
    QString scheme;            // lowercase, without ':'
    bool hierarchical = false; // "scheme://authority..." form; false for opaque ones (mailto:, javascript:)
    QString userInfo;          // userinfo before '@' as found (unescaped), empty if none
    QString host; // lowercase, IDNA-encoded, dots cleaned; IPv4 dotted decimal; IPv6 "[compressed]"
    enum class HostKind
    {
        None,
        Name,
        IPv4,
        IPv6
    } hostKind = HostKind::None;
    bool obfuscatedIPv4 = false; // the IPv4 was not written as plain dotted decimal
    int port = -1;               // explicit port; -1 when absent or equal to the scheme's default
    QString path;                // canonical path (hierarchical) or canonical opaque part
    bool hasQuery = false;
    QString query; // canonical query without '?'

    // The canonical URL string: scheme://host[:port]path[?query] or scheme:opaque[?query]; empty when
    // not valid.
    QString url() const;
    // The host IDNA-decoded for display (QUrl::fromAce); IP addresses and undecodable hosts as they are.
    QString hostUnicode() const;
};

} // namespace SafeScan
