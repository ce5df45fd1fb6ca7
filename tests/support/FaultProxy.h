#pragma once

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

#include <array>

class QTcpSocket;

namespace SafeScan::Test {

// A TCP proxy between a client and a server for fault-injection tests: it listens on 127.0.0.1
// (port 0) and forwards to 127.0.0.1:targetPort, injecting seeded faults. A fault is drawn when a
// connection is accepted and again at each new request on a kept-alive connection (client bytes
// after the server has answered), with probability faultRate():
// - Refuse: the connection is closed at once (before any byte);
// - DropRequest: the request never reaches the server and the connection is reset;
// - Delay: the request is forwarded 20-300 ms late;
// - CutResponse: the server gets the request and acts on it, the client gets only the first 0-199
//   bytes of the answer (less than its first chunk), then a reset (the "answer lost" case that exactly-once
//   delivery is about);
// - Garble: one byte of the answer's first chunk is flipped;
// - BlackHole: the request is swallowed and nothing ever comes back (the client's timeout).
// Same seed, same sequence of draws (the timing of the traffic may still differ).
class FaultProxy final : public QObject
{
    Q_OBJECT
public:
    enum class Fault
    {
        None,
        Refuse,
        DropRequest,
        Delay,
        CutResponse,
        Garble,
        BlackHole,
    };
    static constexpr int FaultKinds = 7;
    static const char* faultName(Fault fault);

    FaultProxy(quint16 targetPort, quint32 seed, QObject* parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    // Where new connections go (a restarted server listens on another port).
    void setTargetPort(quint16 port) { m_target = port; }
    void setFaultRate(double rate) { m_rate = rate; }
    double faultRate() const { return m_rate; }
    // Restricts the faults drawn (all but None by default).
    void setFaults(const QList<Fault>& faults) { m_faults = faults; }

    int injected(Fault fault) const { return m_counts[size_t(fault)]; }
    int injectedTotal() const;
    int connections() const { return m_connections; }

private:
    struct Link;
    void onNewConnection();
    Fault draw();
    void onClientData(Link* link);
    void onServerData(Link* link);
    void forward(Link* link);
    void close(Link* link);  // resets both sides
    void finish(Link* link); // the server is done: the client gets the rest, then a close

    QTcpServer m_server;
    quint16 m_target;
    QRandomGenerator m_random;
    double m_rate = 0.0;
    QList<Fault> m_faults;
    std::array<int, FaultKinds> m_counts{};
    int m_connections = 0;
    QHash<Link*, bool> m_links;
};

} // namespace SafeScan::Test
