#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QUrl>

namespace SafeScan::Bench {

// One request timed from the call: when the first byte of the body arrived (readyRead; for a
// streamed CSV export, when the first rows did) and when the whole answer had.
struct HttpTiming
{
    int status = 0;
    double firstByteMs = -1;
    double totalMs = -1;
    qint64 bytes = 0;
};

HttpTiming timedRequest(QNetworkAccessManager& nam, const QByteArray& verb, const QUrl& url,
                        const QByteArray& token, const QByteArray& body = {});

} // namespace SafeScan::Bench
