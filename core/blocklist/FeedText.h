#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace SafeScan {

// Text rules shared by format detection and the feed parsers.

// "scheme://" at the start (RFC 3986 scheme characters).
bool startsWithUrlScheme(QStringView text);
// A dotted-quad IPv4 address or an IPv6 address (hex digits, ':' and '.').
bool isIpAddressText(QStringView text);
// Names a hosts file maps to itself: localhost, broadcasthost, ip6-localhost, 0.0.0.0, ...
bool isLocalHostName(QStringView host);

// One line of a host list: the host names on it. Accepts "host", "*.host" (the same: an entry
// matches subdomains anyway), hosts-file lines "0.0.0.0 host [host...]" / "127.0.0.1 host", and a
// '#' comment anywhere. `hosts` is empty for a blank or comment line; `error` is set when the line
// is not a host list line.
struct HostLine
{
    QStringList hosts;
    QString error;
};
HostLine splitHostLine(QStringView line);

// True when `line` holds at least one plausible host name (used by format detection).
bool looksLikeHostLine(QStringView line);

} // namespace SafeScan
