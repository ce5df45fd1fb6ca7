#include "HttpLoad.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace SafeScan::Bench {

struct HttpLoad::Client
{
    int index = 0;
    QNetworkAccessManager network; // one connection per client (requests go one after another)
    QRandomGenerator random;
    QByteArray device;
    QByteArray session;
    QString clientId;
    QString installId;
    qint64 mutationId = 0;
    qint64 cursor = 0;
    QList<QString> records; // record ids this client pushed (edits and deletions reuse them)
    qint64 nextDueNs = 0;
};

const char* HttpLoad::opName(Op op)
{
    switch (op) {
    case Op::Lookup:
        return "GET /v1/ratings";
    case Op::Vote:
        return "PUT /v1/votes";
    case Op::Retract:
        return "DELETE /v1/votes";
    case Op::Report:
        return "POST /v1/reports";
    case Op::Events:
        return "POST /v1/events";
    case Op::SyncPush:
        return "POST /v1/sync/push";
    case Op::SyncPull:
        return "GET /v1/sync/pull";
    case Op::Count:
        break;
    }
    return "?";
}

HttpLoad::HttpLoad(Setup setup, const QElapsedTimer& clock, QObject* parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_clock(clock)
    , m_stats(size_t(Op::Count))
{
    for (int i = 0; i < m_setup.clients; ++i) {
        auto client = std::make_unique<Client>();
        client->index = i;
        client->network.setProxy(QNetworkProxy::NoProxy);
        client->random.seed(quint32(1000 + i));
        client->device = m_setup.deviceTokens.at(i % m_setup.deviceTokens.size());
        client->session = m_setup.sessionTokens.at(i % m_setup.sessionTokens.size());
        client->clientId = u"soak-%1"_s.arg(i);
        client->installId = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
        m_clients.push_back(std::move(client));
    }
}

HttpLoad::~HttpLoad() = default;

void HttpLoad::start()
{
    m_running = true;
    for (auto& client : m_clients)
        sendNext(*client);
}

void HttpLoad::stop()
{
    m_running = false;
}

HttpLoad::Op HttpLoad::pickOp(Client& client)
{
    // Per 100 requests: 55 lookups, 15 votes, 5 retractions, 2 reports, 10 event batches, 8 pushes,
    // 5 pulls.
    const int roll = int(client.random.bounded(100));
    if (roll < 55)
        return Op::Lookup;
    if (roll < 70)
        return Op::Vote;
    if (roll < 75)
        return Op::Retract;
    if (roll < 77)
        return Op::Report;
    if (roll < 87)
        return Op::Events;
    if (roll < 95)
        return Op::SyncPush;
    return Op::SyncPull;
}

void HttpLoad::sendNext(Client& client)
{
    if (!m_running)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    if (m_setup.ratePerSecond > 0) {
        // Each client's share of the rate: one request every clients/rate seconds.
        const qint64 intervalNs = qint64(double(m_setup.clients) / m_setup.ratePerSecond * 1e9);
        if (client.nextDueNs == 0)
            client.nextDueNs =
                now + qint64(client.random.bounded(quint32(std::max<qint64>(1, intervalNs / 1000)))) * 1000;
        const qint64 waitNs = client.nextDueNs - now;
        client.nextDueNs = std::max(client.nextDueNs, now) + intervalNs;
        if (waitNs > 1'000'000) {
            QTimer::singleShot(int(waitNs / 1'000'000), this,
                               [this, &client] { send(client, pickOp(client)); });
            return;
        }
    }
    send(client, pickOp(client));
}

QByteArray HttpLoad::eventsBody(Client& client)
{
    static const char* const types[] = {"url", "wifi", "text", "contact", "phone"};
    static const char* const verdicts[] = {"no_known_risk", "suspicious", "dangerous", "unknown"};
    static const char* const sources[] = {"camera", "file", "clipboard", "screen"};
    QJsonArray events;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 20; ++i) {
        events.append(QJsonObject{
            {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"type"_s, u"scan"_s},
            {u"time"_s, nowMs - qint64(client.random.bounded(60'000))},
            {u"props"_s, QJsonObject{{u"payload_type"_s, QLatin1StringView(types[client.random.bounded(5)])},
                                     {u"verdict"_s, QLatin1StringView(verdicts[client.random.bounded(4)])},
                                     {u"source"_s, QLatin1StringView(sources[client.random.bounded(4)])},
                                     {u"decode_ms"_s, int(client.random.bounded(40))}}}});
    }
    return QJsonDocument(QJsonObject{{u"install_id"_s, client.installId}, {u"events"_s, events}})
        .toJson(QJsonDocument::Compact);
}

QByteArray HttpLoad::pushBody(Client& client)
{
    QJsonArray mutations;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 3; ++i) {
        QByteArray sealed(96, Qt::Uninitialized);
        for (char& byte : sealed)
            byte = char(client.random.bounded(256));
        const int roll = int(client.random.bounded(10));
        QString record;
        if (roll < 6 || client.records.isEmpty()) { // a new scan
            record = QUuid::createUuid().toString(QUuid::WithoutBraces);
            client.records.append(record);
            if (client.records.size() > 200)
                client.records.removeFirst();
        } else { // an edit or a deletion of an earlier one
            record = client.records.at(qsizetype(client.random.bounded(quint32(client.records.size()))));
        }
        QJsonObject mutation{
            {u"id"_s, ++client.mutationId}, {u"record_id"_s, record}, {u"updated_at"_s, nowMs + i}};
        if (roll == 9) {
            mutation.insert(u"kind"_s, u"delete"_s);
        } else {
            mutation.insert(u"kind"_s, u"put"_s);
            mutation.insert(u"ciphertext"_s, QString::fromLatin1(sealed.toBase64()));
        }
        mutations.append(mutation);
    }
    return QJsonDocument(QJsonObject{{u"client_id"_s, client.clientId}, {u"mutations"_s, mutations}})
        .toJson(QJsonDocument::Compact);
}

void HttpLoad::send(Client& client, Op op)
{
    if (!m_running)
        return;
    const QByteArray& hash =
        m_setup.itemHashes.at(qsizetype(client.random.bounded(quint32(m_setup.itemHashes.size()))));
    QByteArray verb = "GET";
    QString path;
    QByteArray body;
    QByteArray token = client.device;
    switch (op) {
    case Op::Lookup:
        path = u"/v1/ratings?prefix="_s + QString::fromLatin1(hash.left(8));
        break;
    case Op::Vote:
        verb = "PUT";
        path = u"/v1/votes/"_s + QString::fromLatin1(hash);
        body = client.random.bounded(3) ? R"({"vote":"safe"})" : R"({"vote":"unsafe"})";
        break;
    case Op::Retract:
        verb = "DELETE";
        path = u"/v1/votes/"_s + QString::fromLatin1(hash);
        break;
    case Op::Report:
        verb = "POST";
        path = u"/v1/reports"_s;
        body = R"({"hash":")" + hash + R"(","reason":"phishing"})";
        break;
    case Op::Events:
        verb = "POST";
        path = u"/v1/events"_s;
        body = eventsBody(client);
        break;
    case Op::SyncPush:
        verb = "POST";
        path = u"/v1/sync/push"_s;
        body = pushBody(client);
        token = client.session;
        break;
    case Op::SyncPull:
        path = u"/v1/sync/pull?limit=200&cursor=%1"_s.arg(client.cursor);
        token = client.session;
        break;
    case Op::Count:
        return;
    }
    QNetworkRequest request(m_setup.base.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const qint64 sentNs = m_clock.nsecsElapsed();
    if (op == Op::Vote || op == Op::Retract)
        if (m_setup.onVoteSent)
            m_setup.onVoteSent(hash, sentNs);
    ++m_inFlight;
    ++m_stats[size_t(op)].sent;
    QNetworkReply* reply = client.network.sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, op, sentNs, &client] {
        --m_inFlight;
        OpStats& stats = m_stats[size_t(op)];
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ++stats.statuses[status];
        stats.latenciesMs.push_back(double(m_clock.nsecsElapsed() - sentNs) / 1e6);
        if (op == Op::SyncPull && status == 200) {
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            client.cursor = answer.value(u"cursor"_s).toInteger(client.cursor);
        }
        reply->deleteLater();
        sendNext(client);
    });
}

} // namespace SafeScan::Bench
