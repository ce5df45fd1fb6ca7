#include "LiveLoad.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace SafeScan::Bench {

namespace {
QString channelOf(const QByteArray& hash)
{
    return u"ratings:"_s + QString::fromLatin1(hash.left(8));
}
} // namespace

LiveLoad::LiveLoad(QUrl liveUrl, QList<QByteArray> tokens, QList<QByteArray> itemHashes, int clients,
                   int channelsPerClient, const QElapsedTimer& clock, QObject* parent)
    : QObject(parent)
    , m_url(std::move(liveUrl))
    , m_tokens(std::move(tokens))
    , m_items(std::move(itemHashes))
    , m_clients(clients)
    , m_channelsPerClient(channelsPerClient)
    , m_clock(clock)
{}

LiveLoad::~LiveLoad()
{
    m_closing = true;
    for (auto& socket : m_sockets)
        socket->abort();
}

void LiveLoad::open()
{
    for (int i = 0; i < m_clients; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket* raw = socket.get();
        QJsonArray channels;
        for (int c = 0; c < m_channelsPerClient; ++c)
            channels.append(channelOf(m_items.at((i * m_channelsPerClient + c) % m_items.size())));
        connect(raw, &QWebSocket::connected, this, [this, raw, channels] {
            ++m_opened;
            raw->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"type"_s, u"subscribe"_s}, {u"channels"_s, channels}})
                    .toJson(QJsonDocument::Compact)));
        });
        connect(raw, &QWebSocket::textMessageReceived, this, &LiveLoad::onMessage);
        connect(raw, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                [this, raw](QAbstractSocket::SocketError) {
                    if (m_closing)
                        return;
                    if (m_socketErrors++ == 0)
                        m_firstSocketError = raw->errorString();
                });
        connect(raw, &QWebSocket::disconnected, this, [this] {
            if (!m_closing)
                ++m_disconnects;
        });
        QNetworkRequest request(m_url);
        request.setRawHeader("Authorization", "Bearer " + m_tokens.at(i % m_tokens.size()));
        raw->open(request);
        m_sockets.push_back(std::move(socket));
    }
}

void LiveLoad::voteSent(const QByteArray& hash, qint64 sentNs)
{
    m_pendingVotes.insert(channelOf(hash), sentNs); // the newest vote; an update answers it
}

void LiveLoad::onMessage(const QString& text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(u"type"_s).toString();
    if (type == u"subscribed"_s) {
        ++m_subscribed;
        return;
    }
    if (type == u"error"_s) {
        ++m_errors;
        return;
    }
    if (type != u"message"_s)
        return;
    ++m_messages;
    const auto pending = m_pendingVotes.find(message.value(u"channel"_s).toString());
    if (pending == m_pendingVotes.end())
        return;
    m_delays.push_back(double(m_clock.nsecsElapsed() - pending.value()) / 1e6);
    m_pendingVotes.erase(pending);
}

} // namespace SafeScan::Bench
