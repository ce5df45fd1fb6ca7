#include "ClientAddress.h"

#include <QHttpServerRequest>

namespace SafeScan {

namespace {
// IPv4 peers arrive as IPv4-mapped IPv6 on a dual-stack socket: compare them as IPv4.
QHostAddress normalised(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

ClientAddress::ClientAddress(const QList<QHostAddress>& trustedProxies)
{
    for (const QHostAddress& proxy : trustedProxies)
        m_trusted.append(normalised(proxy));
}

QHostAddress ClientAddress::of(const QHttpServerRequest& request) const
{
    if (m_trusted.isEmpty())
        return request.remoteAddress();
    return of(request.remoteAddress(), request.value(QByteArrayLiteral("X-Forwarded-For")));
}

QHostAddress ClientAddress::of(const QHostAddress& peer, const QByteArray& forwardedFor) const
{
    const QHostAddress from = normalised(peer);
    if (!m_trusted.contains(from) || forwardedFor.isEmpty())
        return peer;
    const qsizetype comma = forwardedFor.lastIndexOf(',');
    const QByteArray last = forwardedFor.mid(comma + 1).trimmed();
    QHostAddress client;
    if (last.isEmpty() || last.size() > 64 || !client.setAddress(QString::fromLatin1(last)))
        return peer;
    return normalised(client);
}

} // namespace SafeScan
