#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace SafeScan::Bench {

// What the soak's HTTP clients do, each on a connection of its own: rating lookups, votes and
// retractions (device tokens), reports, analytics batches and history sync pushes and pulls
// (session tokens of user accounts), in fixed proportions. Each client sends its next request when
// the previous answer is in, paced so that all clients together send about `ratePerSecond`.
class HttpLoad : public QObject
{
    Q_OBJECT
public:
    enum class Op
    {
        Lookup,
        Vote,
        Retract,
        Report,
        Events,
        SyncPush,
        SyncPull,
        Count
    };
    static const char* opName(Op op);

    struct Setup
    {
        QUrl base;                       // http://127.0.0.1:PORT
        QList<QByteArray> deviceTokens;  // votes, reports, events, lookups
        QList<QByteArray> sessionTokens; // sync (user accounts)
        QList<QByteArray> itemHashes;    // what is voted on and looked up (64 hex)
        int clients = 50;
        double ratePerSecond = 1000; // 0: as fast as the answers come
        // Vote/retract outcomes are reported here (item hash, when sent), for the live delay.
        std::function<void(const QByteArray& hash, qint64 sentNs)> onVoteSent;
    };

    struct OpStats
    {
        qint64 sent = 0;
        QMap<int, qint64> statuses; // HTTP status (0: no answer) -> count
        std::vector<double> latenciesMs;
    };

    HttpLoad(Setup setup, const QElapsedTimer& clock, QObject* parent = nullptr);
    ~HttpLoad() override;

    void start();
    // Stops sending; answers still in flight are counted when they arrive.
    void stop();
    qint64 inFlight() const { return m_inFlight; }
    const OpStats& stats(Op op) const { return m_stats[size_t(op)]; }

private:
    struct Client;
    void sendNext(Client& client);
    void send(Client& client, Op op);
    Op pickOp(Client& client);
    QByteArray eventsBody(Client& client);
    QByteArray pushBody(Client& client);

    Setup m_setup;
    const QElapsedTimer& m_clock;
    std::vector<std::unique_ptr<Client>> m_clients;
    std::vector<OpStats> m_stats;
    bool m_running = false;
    qint64 m_inFlight = 0;
};

} // namespace SafeScan::Bench
