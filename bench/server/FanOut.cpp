#include "FanOut.h"

#include "BenchServer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace SafeScan::Bench {

FanOutResult measureFanOut(BenchServer& server, QNetworkAccessManager& nam, const QList<QByteArray>& tokens,
                           const QString& itemHash, int clients, int votes)
{
    FanOutResult result;
    const QString channel = u"ratings:"_s + itemHash.left(8);
    QElapsedTimer clock;
    clock.start();
    qint64 voteSentNs = 0;
    int round = -1;
    std::vector<int> lastRound(size_t(clients), -1);
    std::vector<double> delays;
    int subscribed = 0;
    int opened = 0;
    int receivedThisRound = 0;

    std::vector<std::unique_ptr<QWebSocket>> sockets;
    QUrl url = server.url(u"/v1/live"_s);
    url.setScheme(u"ws"_s);
    for (int i = 0; i < clients; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket* raw = socket.get();
        QObject::connect(raw, &QWebSocket::connected, raw, [raw, channel, &opened] {
            ++opened;
            raw->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"type"_s, u"subscribe"_s}, {u"channels"_s, QJsonArray{channel}}})
                    .toJson(QJsonDocument::Compact)));
        });
        QObject::connect(raw, &QWebSocket::textMessageReceived, raw, [&, i](const QString& text) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = message.value(u"type"_s).toString();
            if (type == u"subscribed"_s) {
                ++subscribed;
                return;
            }
            if (type != u"message"_s || message.value(u"channel"_s).toString() != channel || round < 0)
                return;
            if (lastRound[size_t(i)] == round)
                return; // one delivery per client per vote
            lastRound[size_t(i)] = round;
            ++receivedThisRound;
            delays.push_back(double(clock.nsecsElapsed() - voteSentNs) / 1e6);
        });
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + tokens.at(i % tokens.size()));
        raw->open(request);
        sockets.push_back(std::move(socket));
    }
    if (!waitUntil([&] { return opened == clients && subscribed == clients; }, QDeadlineTimer(60000))) {
        result.error =
            u"%1 of %2 clients connected, %3 subscribed"_s.arg(opened).arg(clients).arg(subscribed);
        return result;
    }

    const QUrl voteUrl = server.url(u"/v1/votes/"_s + itemHash);
    for (round = 0; round < votes; ++round) {
        receivedThisRound = 0;
        QNetworkRequest request(voteUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        // Alternate a voter's choice so every vote changes the rating and produces an update.
        request.setRawHeader("Authorization", "Bearer " + tokens.at(20 + round % 10));
        const QByteArray body = (round / 10) % 2 ? R"({"vote":"safe"})" : R"({"vote":"unsafe"})";
        voteSentNs = clock.nsecsElapsed();
        QNetworkReply* reply = nam.sendCustomRequest(request, "PUT", body);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        waitUntil([&] { return receivedThisRound == clients; }, QDeadlineTimer(5000));
        result.missing += clients - receivedThisRound;
        waitUntil([] { return false; }, QDeadlineTimer(50)); // let stragglers and the reply settle
    }
    std::sort(delays.begin(), delays.end());
    result.deliveries = qint64(delays.size());
    result.p50Ms = percentile(delays, 0.50);
    result.p99Ms = percentile(delays, 0.99);
    result.maxMs = delays.empty() ? 0 : delays.back();
    result.ok = result.deliveries > 0;
    if (!result.ok)
        result.error = u"no update arrived"_s;
    return result;
}

} // namespace SafeScan::Bench
