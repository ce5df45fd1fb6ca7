#include "FeedText.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isIpv4Text(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (QChar c : part) {
            if (!isAsciiDigit(c))
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

// Letters (any script, for IDN), digits, '-', '_' and '.', with at least one dot between labels.
bool isHostNameText(QStringView text)
{
    if (text.isEmpty() || text.size() > 253 || !text.contains(u'.') || text.startsWith(u'.'))
        return false;
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.')
            continue;
        return false;
    }
    return !text.contains(".."_L1);
}

} // namespace

bool startsWithUrlScheme(QStringView text)
{
    if (text.isEmpty() || !isAsciiLetter(text.front()))
        return false;
    for (qsizetype i = 1; i < text.size() && i < 32; ++i) {
        const QChar c = text[i];
        if (c == u':')
            return text.sliced(i).startsWith("://"_L1);
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'+' && c != u'-' && c != u'.')
            return false;
    }
    return false;
}

bool isIpAddressText(QStringView text)
{
    if (isIpv4Text(text))
        return true;
    if (text.count(u':') < 2)
        return false;
    for (QChar c : text) {
        if (!isHexDigit(c) && c != u':' && c != u'.')
            return false;
    }
    return true;
}

bool isLocalHostName(QStringView host)
{
    static constexpr QLatin1StringView kLocal[] = {
        "localhost"_L1,
        "localhost.localdomain"_L1,
        "local"_L1,
        "broadcasthost"_L1,
        "ip6-localhost"_L1,
        "ip6-loopback"_L1,
        "ip6-localnet"_L1,
        "ip6-mcastprefix"_L1,
        "ip6-allnodes"_L1,
        "ip6-allrouters"_L1,
        "ip6-allhosts"_L1,
        "0.0.0.0"_L1,
        "127.0.0.1"_L1,
        "::1"_L1,
        "::"_L1,
        "fe80::1%lo0"_L1,
        "ff00::0"_L1,
        "ff02::1"_L1,
        "ff02::2"_L1,
        "ff02::3"_L1,
    };
    for (QLatin1StringView name : kLocal) {
        if (host.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HostLine splitHostLine(QStringView line)
{
    HostLine result;
    if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
        line = line.first(hash);
    QStringList tokens = line.toString().replace(u'\t', u' ').split(u' ', Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return result;
    // Hosts-file form: an address, then the names mapped to it (the address itself is not listed).
    if (tokens.size() > 1) {
        if (!isIpAddressText(tokens.front())) {
            result.error = u"more than one word and no address in front"_s;
            return result;
        }
        tokens.removeFirst();
    }
    for (const QString& token : std::as_const(tokens)) {
        QStringView host = token;
        if (host.startsWith("*."_L1))
            host = host.sliced(2);
        if (host.endsWith(u'.'))
            host.chop(1);
        if (!isIpAddressText(host) && !isHostNameText(host) && !isLocalHostName(host)) {
            result.error = u"\"%1\" is not a host name"_s.arg(token.left(80));
            result.hosts.clear();
            return result;
        }
        result.hosts.append(host.toString());
    }
    return result;
}

bool looksLikeHostLine(QStringView line)
{
    const HostLine hostLine = splitHostLine(line);
    return hostLine.error.isEmpty() && !hostLine.hosts.isEmpty();
}

} // namespace SafeScan
