#include "FaultProxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace SafeScan::Test {

struct FaultProxy::Link
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> server;
    QByteArray pending; // client bytes not yet forwarded
    Fault fault = Fault::None;
    bool answered = false; // the server sent bytes since the last request started
    bool holding = false;  // a Delay is running
    qint64 cutAfter = -1;  // CutResponse: answer bytes still allowed through
    bool closed = false;
};

const char* FaultProxy::faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return "none";
    case Fault::Refuse:
        return "refuse";
    case Fault::DropRequest:
        return "drop_request";
    case Fault::Delay:
        return "delay";
    case Fault::CutResponse:
        return "cut_response";
    case Fault::Garble:
        return "garble";
    case Fault::BlackHole:
        return "black_hole";
    }
    return "?";
}

FaultProxy::FaultProxy(quint16 targetPort, quint32 seed, QObject* parent)
    : QObject(parent)
    , m_target(targetPort)
    , m_random(seed)
    , m_faults{Fault::Refuse,      Fault::DropRequest, Fault::Delay,
               Fault::CutResponse, Fault::Garble,      Fault::BlackHole}
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    const auto links = m_links.keys();
    for (Link* link : links) {
        if (link->client)
            link->client->abort();
        if (link->server)
            link->server->abort();
        delete link;
    }
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

int FaultProxy::injectedTotal() const
{
    int total = 0;
    for (int i = 1; i < FaultKinds; ++i)
        total += m_counts[size_t(i)];
    return total;
}

FaultProxy::Fault FaultProxy::draw()
{
    if (m_faults.isEmpty() || m_random.generateDouble() >= m_rate)
        return Fault::None;
    const Fault fault = m_faults.at(qsizetype(m_random.bounded(quint32(m_faults.size()))));
    ++m_counts[size_t(fault)];
    return fault;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_connections;
        client->setParent(this);
        auto* link = new Link;
        m_links.insert(link, true);
        link->client = client;
        link->fault = draw();
        if (link->fault == Fault::Refuse) {
            close(link);
            continue;
        }
        auto* server = new QTcpSocket(this);
        link->server = server;
        connect(client, &QTcpSocket::readyRead, this, [this, link] { onClientData(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { close(link); });
        connect(server, &QTcpSocket::connected, this, [this, link] { forward(link); });
        connect(server, &QTcpSocket::readyRead, this, [this, link] { onServerData(link); });
        // The server closing (after its answer) must not lose what is still on its way to the client.
        connect(server, &QTcpSocket::disconnected, this, [this, link] { finish(link); });
        connect(server, &QTcpSocket::errorOccurred, this, [this, link] { finish(link); });
        server->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void FaultProxy::onClientData(Link* link)
{
    if (link->closed || !link->client)
        return;
    if (link->answered) { // a new request on a kept-alive connection
        link->answered = false;
        link->fault = draw();
        if (link->fault == Fault::Refuse)
            link->fault = Fault::DropRequest; // the connection exists already
    }
    link->pending += link->client->readAll();
    switch (link->fault) {
    case Fault::DropRequest:
        return close(link);
    case Fault::BlackHole:
        link->pending.clear(); // swallowed; the client waits for nothing
        return;
    case Fault::Delay:
        if (!link->holding) {
            link->holding = true;
            QTimer::singleShot(20 + int(m_random.bounded(280u)), this, [this, link] {
                if (!m_links.contains(link))
                    return;
                link->holding = false;
                link->fault = Fault::None;
                forward(link);
            });
        }
        return;
    default:
        forward(link);
    }
}

void FaultProxy::forward(Link* link)
{
    if (link->closed || link->holding || !link->server ||
        link->server->state() != QAbstractSocket::ConnectedState)
        return;
    if (link->fault == Fault::DropRequest || link->fault == Fault::BlackHole)
        return;
    if (!link->pending.isEmpty()) {
        link->server->write(link->pending);
        link->pending.clear();
    }
}

void FaultProxy::onServerData(Link* link)
{
    if (link->closed || !link->server || !link->client)
        return;
    QByteArray data = link->server->readAll();
    link->answered = true;
    if (link->fault == Fault::CutResponse) {
        if (link->cutAfter < 0) // somewhere inside the first chunk of the answer
            link->cutAfter = qint64(m_random.bounded(quint32(std::min<qsizetype>(data.size(), 200))));
        const qint64 allowed = std::min<qint64>(link->cutAfter, data.size());
        link->client->write(data.left(allowed));
        link->client->flush();
        link->cutAfter -= allowed;
        if (link->cutAfter <= 0 || allowed < data.size())
            close(link);
        return;
    }
    if (link->fault == Fault::Garble && !data.isEmpty()) {
        const qsizetype at = qsizetype(m_random.bounded(quint32(data.size())));
        data[at] = char(data.at(at) ^ 0x5a);
        link->fault = Fault::None;
    }
    link->client->write(data);
}

void FaultProxy::finish(Link* link)
{
    if (link->closed)
        return;
    if (link->server && link->server->bytesAvailable() > 0)
        onServerData(link);
    if (link->closed)
        return;
    link->closed = true;
    if (link->client)
        link->client->disconnectFromHost();
    if (link->server)
        link->server->deleteLater();
}

void FaultProxy::close(Link* link)
{
    if (link->closed)
        return;
    link->closed = true;
    if (link->client) {
        link->client->abort();
        link->client->deleteLater();
    }
    if (link->server) {
        link->server->abort();
        link->server->deleteLater();
    }
    // The lambdas above check `closed` and the pointers; the Link itself lives until the proxy goes.
}

} // namespace SafeScan::Test
