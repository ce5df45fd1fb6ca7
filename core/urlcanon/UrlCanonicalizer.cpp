#include "UrlCanonicalizer.h"

#include "PercentEncoding.h"
#include "UrlHost.h"
#include "UrlPath.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// Schemes whose URLs always have an authority, where '\' counts as '/' (as browsers read them).
bool isSpecialScheme(QByteArrayView scheme)
{
    return scheme == "http" || scheme == "https" || scheme == "ftp" || scheme == "ws" || scheme == "wss";
}

int defaultPort(QByteArrayView scheme)
{
    if (scheme == "http" || scheme == "ws")
        return 80;
    if (scheme == "https" || scheme == "wss")
        return 443;
    if (scheme == "ftp")
        return 21;
    return -1;
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSlash(char c, bool backslashIsSlash)
{
    return c == '/' || (backslashIsSlash && c == '\\');
}

// QStringView::toUtf8 turns a lone surrogate into '?', which would split the URL differently
// ("http://good.example\xD800.evil.example/"); U+FFFD keeps it a character of the part it is in.
QByteArray utf8WithoutLoneSurrogates(QStringView input)
{
    if (input.isValidUtf16())
        return input.toUtf8();
    QString repaired;
    repaired.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input[i];
        if (c.isHighSurrogate() && i + 1 < input.size() && input[i + 1].isLowSurrogate()) {
            repaired.append(c);
            repaired.append(input[++i]);
        } else {
            repaired.append(c.isSurrogate() ? QChar(QChar::ReplacementCharacter) : c);
        }
    }
    return repaired.toUtf8();
}

// Tab, CR and LF removed anywhere; the fragment removed; C0 controls and spaces trimmed at both ends.
QByteArray withoutNoise(QByteArrayView input)
{
    QByteArray text;
    text.reserve(input.size());
    for (const char c : input) {
        if (c == '#')
            break;
        if (c != '\t' && c != '\r' && c != '\n')
            text.append(c);
    }
    const auto isNoise = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isNoise(text.at(begin)))
        ++begin;
    while (end > begin && isNoise(text.at(end - 1)))
        --end;
    return text.sliced(begin, end - begin);
}

// "1234" followed by nothing, '/', '\' or '?': the rest of "host.example:1234/..." after the ':'.
bool looksLikePort(QByteArrayView rest)
{
    qsizetype digits = 0;
    while (digits < rest.size() && isAsciiDigit(rest[digits]))
        ++digits;
    return digits > 0 &&
           (digits == rest.size() || rest[digits] == '/' || rest[digits] == '\\' || rest[digits] == '?');
}

// The lowercase scheme and the text after its ':', or nothing when the input has no scheme. A
// dotted "scheme" followed by a port number ("www.example.com:8080/") is a host, not a scheme.
std::optional<QByteArray> splitScheme(QByteArrayView text, QByteArrayView& rest)
{
    if (text.isEmpty() || !isAsciiAlpha(text[0]))
        return std::nullopt;
    qsizetype i = 1;
    while (i < text.size() && (isAsciiAlpha(text[i]) || isAsciiDigit(text[i]) || text[i] == '+' ||
                               text[i] == '-' || text[i] == '.'))
        ++i;
    if (i == text.size() || text[i] != ':')
        return std::nullopt;
    const QByteArrayView name = text.first(i);
    const QByteArrayView after = text.sliced(i + 1);
    if (name.contains('.') && looksLikePort(after))
        return std::nullopt;
    rest = after;
    return name.toByteArray().toLower();
}

qsizetype indexOfAny(QByteArrayView text, QByteArrayView characters)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (characters.contains(text[i]))
            return i;
    }
    return -1;
}

CanonicalUrl failure(const QString& scheme, QString error)
{
    CanonicalUrl url;
    url.scheme = scheme;
    url.error = std::move(error);
    return url;
}

// Port digits after ':' (empty means no port): -1 for none or the default, -2 when invalid.
int parsePort(QByteArrayView digits, int defaultPortNumber)
{
    if (digits.isEmpty())
        return -1;
    int port = 0;
    for (const char c : digits) {
        if (!isAsciiDigit(c))
            return -2;
        port = port * 10 + (c - '0');
        if (port > 65535)
            return -2;
    }
    return port == defaultPortNumber ? -1 : port;
}

} // namespace

CanonicalUrl UrlCanonicalizer::canonicalize(QStringView input)
{
    const QByteArray text = withoutNoise(utf8WithoutLoneSurrogates(input));
    if (text.isEmpty())
        return failure({}, u"the URL is empty"_s);

    QByteArrayView rest;
    const std::optional<QByteArray> explicitScheme = splitScheme(text, rest);
    const QByteArray scheme = explicitScheme.value_or(QByteArray("http"));
    const QString schemeText = QString::fromLatin1(scheme);
    if (!explicitScheme) {
        rest = text;
        if (rest.startsWith('/') && !rest.startsWith("//"))
            return failure(schemeText, u"the URL is a relative path without a host"_s);
    }

    const bool special = isSpecialScheme(scheme);
    const bool file = scheme == "file";
    const bool backslashIsSlash = special || file;

    CanonicalUrl url;
    url.scheme = schemeText;

    // Opaque: "scheme:" not followed by "//" (mailto:, javascript:, data:, tel:...).
    if (!special && !file && !rest.startsWith("//")) {
        const qsizetype question = rest.indexOf('?');
        url.path = QString::fromLatin1(canonicalOpaquePart(question < 0 ? rest : rest.first(question)));
        url.hasQuery = question >= 0;
        if (url.hasQuery)
            url.query = QString::fromLatin1(canonicalQuery(rest.sliced(question + 1)));
        url.valid = true;
        return url;
    }

    url.hierarchical = true;
    bool hasAuthority = true;
    if (special) {
        // Browsers skip any number of slashes and backslashes here ("http:\\evil.example").
        qsizetype skip = 0;
        while (skip < rest.size() && isSlash(rest[skip], true))
            ++skip;
        rest = rest.sliced(skip);
    } else {
        // file: and other schemes have an authority only after exactly "//".
        hasAuthority =
            rest.size() >= 2 && isSlash(rest[0], backslashIsSlash) && isSlash(rest[1], backslashIsSlash);
        if (hasAuthority)
            rest = rest.sliced(2);
    }
    QByteArrayView authority;
    if (hasAuthority) {
        qsizetype end = indexOfAny(rest, backslashIsSlash ? "/\\?" : "/?");
        if (end < 0)
            end = rest.size();
        authority = rest.first(end);
        rest = rest.sliced(end);
    }
    const qsizetype question = rest.indexOf('?');
    QByteArray rawPath = (question < 0 ? rest : rest.first(question)).toByteArray();
    if (backslashIsSlash)
        rawPath.replace('\\', '/');

    // The userinfo ends at the last '@'; the port starts at the last ':' outside "[...]".
    const qsizetype at = authority.lastIndexOf('@');
    if (at >= 0) {
        url.userInfo = QString::fromUtf8(percentUnescapeFully(authority.first(at)));
        authority = authority.sliced(at + 1);
    }
    QByteArrayView rawHost = authority;
    QByteArrayView rawPort;
    if (authority.startsWith('[')) {
        const qsizetype close = authority.indexOf(']');
        if (close < 0)
            return failure(schemeText, u"the IPv6 address has no closing ']'"_s);
        rawHost = authority.first(close + 1);
        const QByteArrayView after = authority.sliced(close + 1);
        if (!after.isEmpty() && after[0] != ':')
            return failure(schemeText, u"unexpected text after the IPv6 address"_s);
        if (!after.isEmpty())
            rawPort = after.sliced(1);
    } else if (const qsizetype colon = authority.lastIndexOf(':'); colon >= 0) {
        rawHost = authority.first(colon);
        rawPort = authority.sliced(colon + 1);
    }

    url.port = parsePort(rawPort, defaultPort(scheme));
    if (url.port == -2)
        return failure(schemeText, u"the port is not a number from 0 to 65535"_s);

    const CanonicalHost host = canonicalHost(rawHost);
    if (!host.error.isEmpty())
        return failure(schemeText, host.error);
    if (host.host.isEmpty() && special)
        return failure(schemeText, u"the URL has no host"_s);
    url.host = host.host;
    url.hostKind = host.kind;
    url.obfuscatedIPv4 = host.obfuscatedIPv4;

    url.path = QString::fromLatin1(canonicalPath(rawPath));
    url.hasQuery = question >= 0;
    if (url.hasQuery)
        url.query = QString::fromLatin1(canonicalQuery(rest.sliced(question + 1)));
    url.valid = true;
    return url;
}

} // namespace SafeScan
