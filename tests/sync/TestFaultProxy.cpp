// FaultProxy (tests/support) does what the campaign relies on: each fault, forced with rate 1,
// against a tiny HTTP-like server that counts the requests it sees.
#include "FaultProxy.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan::Test;

namespace {
const QByteArray kRequest = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
const QByteArray kAnswer = "HTTP/1.1 200 OK\r\nContent-Length: 26\r\n\r\nabcdefghijklmnopqrstuvwxyz";

// Answers every request (a chunk ending in an empty line) with kAnswer; counts requests and bytes.
class CountingServer : public QObject
{
public:
    CountingServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    const QByteArray data = socket->readAll();
                    bytes += data.size();
                    if (data.endsWith("\r\n\r\n")) {
                        ++requests;
                        socket->write(kAnswer);
                    }
                });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    ++closed;
                    socket->deleteLater();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections = 0;
    int requests = 0;
    int closed = 0;
    qint64 bytes = 0;

private:
    QTcpServer m_server;
};
} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void injectsEachFault_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("serverRequests");
        QTest::addColumn<QString>("client"); // what the client ends with
        QTest::newRow("none") << int(FaultProxy::Fault::None) << 1 << u"answer"_s;
        QTest::newRow("refuse") << int(FaultProxy::Fault::Refuse) << 0 << u"closed, nothing"_s;
        QTest::newRow("drop request") << int(FaultProxy::Fault::DropRequest) << 0 << u"closed, nothing"_s;
        QTest::newRow("delay") << int(FaultProxy::Fault::Delay) << 1 << u"answer"_s;
        QTest::newRow("cut response") << int(FaultProxy::Fault::CutResponse) << 1 << u"closed, partial"_s;
        QTest::newRow("garble") << int(FaultProxy::Fault::Garble) << 1 << u"garbled"_s;
        QTest::newRow("black hole") << int(FaultProxy::Fault::BlackHole) << 0 << u"black hole"_s;
    }

    void injectsEachFault()
    {
        QFETCH(int, fault);
        QFETCH(int, serverRequests);
        QFETCH(QString, client);
        CountingServer server;
        FaultProxy proxy(server.port(), 42);
        QVERIFY(proxy.listen());
        const auto kind = FaultProxy::Fault(fault);
        if (kind != FaultProxy::Fault::None) {
            proxy.setFaults({kind});
            proxy.setFaultRate(1.0);
        }
        QTcpSocket socket;
        QByteArray received;
        bool disconnected = false;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        connect(&socket, &QTcpSocket::disconnected, this, [&] { disconnected = true; });
        socket.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(kRequest);

        if (client == u"answer"_s) {
            QTRY_COMPARE(received, kAnswer);
        } else if (client == u"closed, nothing"_s) {
            QTRY_VERIFY(disconnected);
            QCOMPARE(received, QByteArray());
        } else if (client == u"closed, partial"_s) {
            QTRY_VERIFY(disconnected);
            QVERIFY(received.size() < kAnswer.size());
            QVERIFY(kAnswer.startsWith(received));
        } else if (client == u"garbled"_s) {
            QTRY_COMPARE(received.size(), kAnswer.size());
            QVERIFY(received != kAnswer);
        } else { // black hole: the server gets a connection and never a byte; the client waits
            QTRY_COMPARE(server.connections, 1);
            socket.abort(); // the client gives up (its timeout)
            QTRY_COMPARE(server.closed, 1);
            QCOMPARE(server.bytes, 0);
            QCOMPARE(received, QByteArray());
        }
        QCOMPARE(server.requests, serverRequests);
        QCOMPARE(proxy.injectedTotal(), kind == FaultProxy::Fault::None ? 0 : 1);
        QCOMPARE(proxy.injected(kind), kind == FaultProxy::Fault::None ? 0 : 1);
    }

    void newRequestsOnAKeptConnectionDrawAgain()
    {
        CountingServer server;
        FaultProxy proxy(server.port(), 7);
        QVERIFY(proxy.listen());
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(kRequest);
        QTRY_COMPARE(received, kAnswer); // rate 0 when the connection came
        proxy.setFaults({FaultProxy::Fault::DropRequest});
        proxy.setFaultRate(1.0);
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.write(kRequest);
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(server.requests, 1);
        QCOMPARE(proxy.injected(FaultProxy::Fault::DropRequest), 1);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "TestFaultProxy.moc"
