#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <functional>

namespace SafeScan::Test {

constexpr int LiveWaitMs = 10000;

// For the /v1/live tests. One client: every text frame it receives, parsed, in order.
class LiveClient
{
public:
    LiveClient()
    {
        m_socket.setProxy(QNetworkProxy::NoProxy);
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString& text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this] {
            closeCode = int(m_socket.closeCode());
            closeReason = m_socket.closeReason();
            disconnected = true;
        });
    }

    // Connects (token in the Authorization header when `headerToken` is set).
    bool open(const QUrl& url, const QString& headerToken = {})
    {
        return openWithAuthorization(url, headerToken.isEmpty() ? QByteArray()
                                                                : "Bearer " + headerToken.toLatin1());
    }
    // Connects with this raw Authorization header (none when empty).
    bool openWithAuthorization(const QUrl& url, const QByteArray& authorization)
    {
        QNetworkRequest request(url);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(request);
        return QTest::qWaitFor([&] { return !connected.isEmpty() || disconnected; }, LiveWaitMs) &&
               !connected.isEmpty();
    }

    void send(const QJsonObject& message)
    {
        sendRaw(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    void sendRaw(const QString& text) { m_socket.sendTextMessage(text); }
    void sendBinary(const QByteArray& data) { m_socket.sendBinaryMessage(data); }
    void close() { m_socket.close(); }
    bool waitDisconnected()
    {
        return QTest::qWaitFor([this] { return disconnected; }, LiveWaitMs);
    }

    // The first frame after `from` that matches, waiting for it; empty object on timeout.
    QJsonObject waitFor(const std::function<bool(const QJsonObject&)>& match, qsizetype* index = nullptr,
                        qsizetype from = 0)
    {
        QJsonObject found;
        [[maybe_unused]] const bool done = QTest::qWaitFor(
            [&] {
                for (qsizetype i = from; i < frames.size(); ++i) {
                    if (match(frames.at(i))) {
                        found = frames.at(i);
                        if (index)
                            *index = i;
                        return true;
                    }
                }
                return disconnected;
            },
            LiveWaitMs);
        return found;
    }
    QJsonObject waitForType(const QString& type, qsizetype from = 0, qsizetype* index = nullptr)
    {
        return waitFor(
            [&](const QJsonObject& f) { return f.value(QStringLiteral("type")).toString() == type; }, index,
            from);
    }

    // Authenticates with a message, returns the "authenticated" frame.
    QJsonObject authenticate(const QString& token)
    {
        send({{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), token}});
        return waitForType(QStringLiteral("authenticated"));
    }

    // Subscribes to one channel; returns its "subscribed" or "resync" frame.
    QJsonObject subscribe(const QString& channel, const QJsonObject& resume = {})
    {
        const qsizetype from = frames.size();
        QJsonObject message{{QStringLiteral("type"), QStringLiteral("subscribe")},
                            {QStringLiteral("channels"), QJsonArray{channel}}};
        if (!resume.isEmpty())
            message.insert(QStringLiteral("resume"), resume);
        send(message);
        return waitFor(
            [&](const QJsonObject& f) {
                const QString type = f.value(QStringLiteral("type")).toString();
                return (type == QStringLiteral("subscribed") || type == QStringLiteral("resync") ||
                        type == QStringLiteral("error")) &&
                       (type == QStringLiteral("error") ||
                        f.value(QStringLiteral("channel")).toString().compare(channel, Qt::CaseInsensitive) ==
                            0);
            },
            nullptr, from);
    }

    // The "message" frames received on `channel`, in order.
    QList<QJsonObject> messages(const QString& channel) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject& f : frames) {
            if (f.value(QStringLiteral("type")).toString() == QStringLiteral("message") &&
                f.value(QStringLiteral("channel")).toString() == channel)
                out.append(f);
        }
        return out;
    }

    QList<QJsonObject> frames;
    bool disconnected = false;
    int closeCode = 0;
    QString closeReason;

private:
    QWebSocket m_socket;
};

} // namespace SafeScan::Test
