#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>

class QHttpServerRequest;

namespace SafeScan {

// The address a request comes from, for the per-address limits: the TCP peer, or, when the peer
// is a reverse proxy named with --trusted-proxy, the address that proxy appended last to
// X-Forwarded-For (the only entry it vouches for; earlier entries come from the client and may be
// forged). A malformed header from a trusted proxy falls back to the proxy's address.
class ClientAddress
{
public:
    explicit ClientAddress(const QList<QHostAddress>& trustedProxies = {});

    QHostAddress of(const QHttpServerRequest& request) const;
    QHostAddress of(const QHostAddress& peer, const QByteArray& forwardedFor) const;

    bool behindProxy() const { return !m_trusted.isEmpty(); }

private:
    QList<QHostAddress> m_trusted;
};

} // namespace SafeScan
