#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class QWebSocket;

namespace SafeScan::Bench {

// The soak's WebSocket clients on /v1/live: each subscribes to the rating channels of a few items
// and counts what arrives. The delay from a vote (HttpLoad reports when it sent one) to the first
// update of its channel at any client is kept; connections that close are counted (none should).
class LiveLoad : public QObject
{
    Q_OBJECT
public:
    LiveLoad(QUrl liveUrl, QList<QByteArray> tokens, QList<QByteArray> itemHashes, int clients,
             int channelsPerClient, const QElapsedTimer& clock, QObject* parent = nullptr);
    ~LiveLoad() override;

    void open();
    int opened() const { return m_opened; }
    int subscribed() const { return m_subscribed; }
    int expectedSubscriptions() const { return m_clients * m_channelsPerClient; }
    qint64 messages() const { return m_messages; }
    qint64 disconnects() const { return m_disconnects; }
    qint64 errors() const { return m_errors; }
    // Connection errors (QWebSocket::errorOccurred) and the first one's text.
    qint64 socketErrors() const { return m_socketErrors; }
    QString firstSocketError() const { return m_firstSocketError; }
    const std::vector<double>& updateDelaysMs() const { return m_delays; }

    // A vote on `hash` was sent at `sentNs` (of the shared clock).
    void voteSent(const QByteArray& hash, qint64 sentNs);

private:
    void onMessage(const QString& text);

    QUrl m_url;
    QList<QByteArray> m_tokens;
    QList<QByteArray> m_items;
    int m_clients;
    int m_channelsPerClient;
    const QElapsedTimer& m_clock;
    std::vector<std::unique_ptr<QWebSocket>> m_sockets;
    QHash<QString, qint64> m_pendingVotes; // channel -> when its newest unanswered vote was sent
    std::vector<double> m_delays;
    int m_opened = 0;
    int m_subscribed = 0;
    qint64 m_messages = 0;
    qint64 m_disconnects = 0;
    qint64 m_errors = 0;
    qint64 m_socketErrors = 0;
    QString m_firstSocketError;
    bool m_closing = false;
};

} // namespace SafeScan::Bench
