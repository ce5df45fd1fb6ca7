#include "HttpTiming.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace SafeScan::Bench {

HttpTiming timedRequest(QNetworkAccessManager& nam, const QByteArray& verb, const QUrl& url,
                        const QByteArray& token, const QByteArray& body)
{
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    HttpTiming timing;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (timing.firstByteMs < 0)
            timing.firstByteMs = double(timer.nsecsElapsed()) / 1e6;
        timing.bytes += reply->readAll().size();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    timing.bytes += reply->readAll().size();
    timing.totalMs = double(timer.nsecsElapsed()) / 1e6;
    if (timing.firstByteMs < 0)
        timing.firstByteMs = timing.totalMs;
    timing.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return timing;
}

} // namespace SafeScan::Bench
