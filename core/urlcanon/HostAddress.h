#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <optional>

namespace SafeScan {

using IPv6Address = std::array<quint16, 8>;

// An IPv4 address in any form inet_aton accepts: one to four parts separated by '.', each decimal,
// octal (leading 0) or hex (0x / 0X, "0x" alone is 0); every part but the last is one byte and the
// last spans the remaining bytes ("192.168.1" is 192.168.0.1, "3232235521" is 192.168.0.1).
// Nothing else is accepted: no empty parts, no sign, no trailing text, no value out of range.
std::optional<quint32> parseIPv4(QByteArrayView text);
QByteArray formatIPv4(quint32 address); // "a.b.c.d"

// An IPv6 address without brackets or zone: up to eight hex groups of 1-4 digits, at most one "::",
// and optionally a dotted-decimal IPv4 address (four decimal parts, no leading zeros) as the last
// 32 bits.
std::optional<IPv6Address> parseIPv6(QByteArrayView text);
// RFC 5952 / WHATWG form without brackets: lowercase hex, no leading zeros, the first longest run
// of two or more zero groups written as "::"; an embedded IPv4 address is written in hex too.
QByteArray formatIPv6(const IPv6Address& address);

} // namespace SafeScan
