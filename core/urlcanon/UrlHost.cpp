#include "UrlHost.h"

#include "HostAddress.h"
#include "PercentEncoding.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// DNS names are at most 253 bytes; a non-ASCII host far beyond that is refused before IDNA rather
// than handed to the punycode encoder.
constexpr qsizetype kMaxIdnBytes = 1024;

// Characters that would change how the canonical URL is split again if they stood in its host.
constexpr QByteArrayView kHostDelimiters = "/\\?@:[]";

QByteArray withCleanDots(QByteArrayView host)
{
    QByteArray out;
    out.reserve(host.size());
    for (const char c : host) {
        if (c == '.' && (out.isEmpty() || out.endsWith('.')))
            continue;
        out.append(c);
    }
    if (out.endsWith('.'))
        out.chop(1);
    return out;
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool isUtf8(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

CanonicalHost failure(QString error)
{
    CanonicalHost result;
    result.error = std::move(error);
    return result;
}

CanonicalHost ipv6Host(QByteArrayView rawHost)
{
    if (!rawHost.endsWith(']'))
        return failure(u"the IPv6 address has no closing ']'"_s);
    const std::optional<IPv6Address> address = parseIPv6(rawHost.sliced(1, rawHost.size() - 2));
    if (!address)
        return failure(u"the IPv6 address is malformed"_s);
    CanonicalHost result;
    result.host = u'[' + QString::fromLatin1(formatIPv6(*address)) + u']';
    result.kind = CanonicalUrl::HostKind::IPv6;
    return result;
}

} // namespace

CanonicalHost canonicalHost(QByteArrayView rawHost)
{
    if (rawHost.startsWith('['))
        return ipv6Host(rawHost);

    QByteArray host = withCleanDots(percentUnescapeFully(rawHost));
    if (!isAscii(host)) {
        if (host.size() > kMaxIdnBytes)
            return failure(u"the internationalised host name is too long"_s);
        // Bytes that are not UTF-8 cannot be IDNA-encoded; like Safe Browsing ("http://\x01\x80.com/")
        // they are kept and percent-escaped below.
        if (isUtf8(host)) {
            const QByteArray ace = QUrl::toAce(QString::fromUtf8(host));
            if (ace.isEmpty())
                return failure(u"the internationalised host name is not valid (IDNA)"_s);
            host = withCleanDots(ace);
        }
    }
    host = host.toLower();
    for (const char delimiter : kHostDelimiters) {
        if (host.contains(delimiter))
            return failure(u"the host contains '%1'"_s.arg(QLatin1Char(delimiter)));
    }

    CanonicalHost result;
    if (const std::optional<quint32> address = parseIPv4(host)) {
        result.host = QString::fromLatin1(formatIPv4(*address));
        result.kind = CanonicalUrl::HostKind::IPv4;
        result.obfuscatedIPv4 = QLatin1StringView(rawHost) != result.host;
        return result;
    }
    result.host = QString::fromLatin1(percentEscape(host));
    result.kind = host.isEmpty() ? CanonicalUrl::HostKind::None : CanonicalUrl::HostKind::Name;
    return result;
}

} // namespace SafeScan
