#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QNetworkAccessManager;

namespace SafeScan::Bench {

class BenchServer;

struct FanOutResult
{
    bool ok = false;
    QString error;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    qint64 deliveries = 0;
    qint64 missing = 0;
};

// `clients` WebSocket clients subscribe to the rating channel of `itemHash`; then `votes` votes are
// cast on it one after another (each waits until every client got its update or 5 s passed). The
// delay is from sending the vote request to the update's arrival at each client.
FanOutResult measureFanOut(BenchServer& server, QNetworkAccessManager& nam, const QList<QByteArray>& tokens,
                           const QString& itemHash, int clients, int votes);

} // namespace SafeScan::Bench
