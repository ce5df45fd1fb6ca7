#include "HostAddress.h"

#include <QList>

namespace SafeScan {

namespace {

constexpr quint64 kMaxIPv4 = 0xFFFFFFFFull;

QList<QByteArrayView> splitView(QByteArrayView text, char separator)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

int digitValue(char c, int base)
{
    int value = -1;
    if (c >= '0' && c <= '9')
        value = c - '0';
    else if (c >= 'a' && c <= 'f')
        value = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
        value = c - 'A' + 10;
    return value < base ? value : -1;
}

// One inet_aton part; anything above 32 bits is refused without overflowing.
std::optional<quint64> parseIPv4Part(QByteArrayView part)
{
    if (part.isEmpty())
        return std::nullopt;
    int base = 10;
    if (part.size() >= 2 && part[0] == '0' && (part[1] == 'x' || part[1] == 'X')) {
        base = 16;
        part = part.sliced(2);
    } else if (part.size() >= 2 && part[0] == '0') {
        base = 8;
        part = part.sliced(1);
    }
    quint64 value = 0;
    for (const char c : part) {
        const int digit = digitValue(c, base);
        if (digit < 0)
            return std::nullopt;
        value = value * quint64(base) + quint64(digit);
        if (value > kMaxIPv4)
            return std::nullopt;
    }
    return value;
}

// Four decimal parts 0-255 without leading zeros, as an IPv6 address's last 32 bits.
std::optional<quint32> parseDottedDecimal(QByteArrayView text)
{
    const QList<QByteArrayView> parts = splitView(text, '.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 address = 0;
    for (const QByteArrayView part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part[0] == '0'))
            return std::nullopt;
        quint32 value = 0;
        for (const char c : part) {
            const int digit = digitValue(c, 10);
            if (digit < 0)
                return std::nullopt;
            value = value * 10 + quint32(digit);
        }
        if (value > 255)
            return std::nullopt;
        address = (address << 8) | value;
    }
    return address;
}

// Hex groups (and a trailing dotted IPv4) of one side of "::"; false on any malformed group.
bool parseIPv6Groups(QByteArrayView text, QList<quint16>& groups)
{
    if (text.isEmpty())
        return true;
    const QList<QByteArrayView> parts = splitView(text, ':');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArrayView part = parts.at(i);
        if (i == parts.size() - 1 && part.contains('.')) {
            const std::optional<quint32> v4 = parseDottedDecimal(part);
            if (!v4)
                return false;
            groups.append(quint16(*v4 >> 16));
            groups.append(quint16(*v4 & 0xFFFF));
            continue;
        }
        if (part.isEmpty() || part.size() > 4)
            return false;
        quint16 value = 0;
        for (const char c : part) {
            const int digit = digitValue(c, 16);
            if (digit < 0)
                return false;
            value = quint16(value * 16 + digit);
        }
        groups.append(value);
    }
    return true;
}

} // namespace

std::optional<quint32> parseIPv4(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 256)
        return std::nullopt;
    const QList<QByteArrayView> parts = splitView(text, '.');
    if (parts.size() > 4)
        return std::nullopt;
    quint64 address = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const std::optional<quint64> value = parseIPv4Part(parts.at(i));
        if (!value)
            return std::nullopt;
        if (i + 1 < parts.size()) {
            if (*value > 255)
                return std::nullopt;
            address |= *value << (8 * (3 - i));
        } else {
            const int bytesLeft = int(4 - i);
            if (*value >> (8 * bytesLeft) != 0)
                return std::nullopt;
            address |= *value;
        }
    }
    return quint32(address);
}

QByteArray formatIPv4(quint32 address)
{
    QByteArray text;
    for (int shift = 24; shift >= 0; shift -= 8) {
        if (!text.isEmpty())
            text.append('.');
        text.append(QByteArray::number((address >> shift) & 0xFF));
    }
    return text;
}

std::optional<IPv6Address> parseIPv6(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    const qsizetype gap = text.indexOf("::");
    QList<quint16> head;
    QList<quint16> tail;
    if (gap < 0) {
        if (!parseIPv6Groups(text, head) || head.size() != 8)
            return std::nullopt;
    } else {
        const QByteArrayView after = text.sliced(gap + 2);
        if (after.contains("::") || after.startsWith(':'))
            return std::nullopt;
        const QByteArrayView before = text.first(gap);
        if (before.contains('.') || !parseIPv6Groups(before, head) || !parseIPv6Groups(after, tail) ||
            head.size() + tail.size() > 7)
            return std::nullopt;
    }
    IPv6Address address{};
    for (qsizetype i = 0; i < head.size(); ++i)
        address[size_t(i)] = head.at(i);
    for (qsizetype i = 0; i < tail.size(); ++i)
        address[size_t(8 - tail.size() + i)] = tail.at(i);
    return address;
}

QByteArray formatIPv6(const IPv6Address& address)
{
    int bestStart = -1;
    int bestLength = 1; // a single zero group is never compressed
    for (int i = 0; i < 8;) {
        if (address[size_t(i)] != 0) {
            ++i;
            continue;
        }
        int end = i;
        while (end < 8 && address[size_t(end)] == 0)
            ++end;
        if (end - i > bestLength) {
            bestStart = i;
            bestLength = end - i;
        }
        i = end;
    }
    QByteArray text;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            text.append("::");
            i += bestLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(':'))
            text.append(':');
        text.append(QByteArray::number(address[size_t(i)], 16));
    }
    return text;
}

} // namespace SafeScan
