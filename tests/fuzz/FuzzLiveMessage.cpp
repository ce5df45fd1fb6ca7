// Client messages of the WebSocket /v1/live on arbitrary text, through the real LiveServer and
// LiveConnection of an in-process server (InProcessServer.h): the first byte picks the connection
// (an admin authenticated by header — every message type is open to it — or one not
// authenticated yet), the rest is one text message. After it a ping must be answered: the
// connection still works (or was closed on purpose, e.g. an unknown token: then a new one).
#include "FuzzInput.h"
#include "InProcessServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

class Connection
{
public:
    Connection(quint16 port, const QString& token)
        : m_port(port)
        , m_token(token)
    {}

    // Sends `text` and then a ping; true once the pong came back or the server closed the socket.
    bool exchange(const QString& text)
    {
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            m_socket.reset();
        if (!m_socket && !open())
            return false;
        const QString id = u"fuzz-%1"_s.arg(++m_pings);
        m_socket->sendTextMessage(text);
        m_socket->sendTextMessage(u"{\"type\":\"ping\",\"id\":\"%1\"}"_s.arg(id));
        QEventLoop loop;
        bool answered = false;
        QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, &loop, [&](const QString& frame) {
            const QJsonObject object = QJsonDocument::fromJson(frame.toUtf8()).object();
            if (object.value(u"type"_s).toString() == u"pong"_s && object.value(u"id"_s).toString() == id) {
                answered = true;
                loop.quit();
            }
        });
        QObject::connect(m_socket.get(), &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        if (answered)
            return true;
        const bool closed = m_socket->state() != QAbstractSocket::ConnectedState;
        m_socket.reset(); // closed by the server: the next input gets a new connection
        return closed;
    }

private:
    bool open()
    {
        m_socket = std::make_unique<QWebSocket>();
        m_socket->setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/v1/live"_s.arg(m_port)));
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        QEventLoop loop;
        QObject::connect(m_socket.get(), &QWebSocket::connected, &loop, &QEventLoop::quit);
        QObject::connect(m_socket.get(), &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        m_socket->open(request);
        loop.exec();
        // Two small frames per input (the message, then a ping): no Nagle delay between them.
        for (QAbstractSocket* socket : m_socket->findChildren<QAbstractSocket*>())
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return m_socket->state() == QAbstractSocket::ConnectedState;
    }

    quint16 m_port;
    QString m_token;
    std::unique_ptr<QWebSocket> m_socket;
    int m_pings = 0;
};

struct Fixture
{
    SafeScan::Fuzz::InProcessServer server;
    Connection admin{server.port(), server.adminToken()};
    Connection anonymous{server.port(), QString()};
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    static char name[] = "FuzzLiveMessage";
    Fixture& fixture = SafeScan::Fuzz::processFixture<Fixture>(name);
    Connection& connection = data[0] & 1 ? fixture.anonymous : fixture.admin;
    const QString text = QString::fromUtf8(SafeScan::Fuzz::bytes(data + 1, size - 1));
    if (!connection.exchange(text)) {
        std::fprintf(stderr, "the live server stopped answering after: %s\n", qUtf8Printable(text.left(500)));
        std::abort();
    }
    return 0;
}
