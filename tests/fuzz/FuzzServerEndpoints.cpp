// The server's request handling per endpoint on arbitrary bodies, through the real HTTP stack of
// an in-process server (InProcessServer.h): the first byte picks the endpoint, the rest is the
// body, sent with an admin session (or a device token where only devices may call). Any 5xx
// answer, or none, is a finding (abort): bad input must get a 4xx and leave the server running.
#include "FuzzInput.h"
#include "InProcessServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Endpoint
{
    const char* method;
    const char* path;
    bool device; // a device token, else the admin session
};

// Every route that reads a body or a query. DELETE /v1/account is left out: without a body it
// deletes the fuzzing account (that is what it is for).
constexpr std::array Endpoints{
    Endpoint{"POST", "/v1/devices", false},
    Endpoint{"POST", "/v1/sessions", false},
    Endpoint{"PUT", "/v1/votes/5f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d", true},
    Endpoint{"DELETE", "/v1/votes/5f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d", true},
    Endpoint{"POST", "/v1/reports", false},
    Endpoint{"POST", "/v1/moderation/actions", false},
    Endpoint{"POST", "/v1/sync/push", false},
    Endpoint{"POST", "/v1/events", false},
    // Query strings: the body is appended to the path (percent-encoded).
    Endpoint{"GET", "/v1/ratings?prefix=", false},
    Endpoint{"GET", "/v1/moderation/queue?", false},
    Endpoint{"GET", "/v1/moderation/audit?", false},
    Endpoint{"GET", "/v1/sync/pull?", false},
    Endpoint{"GET", "/v1/stats/", false},
};

struct Fixture
{
    Fixture() { m_network.setProxy(QNetworkProxy::NoProxy); }
    SafeScan::Fuzz::InProcessServer server;
    QNetworkAccessManager m_network;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    static char name[] = "FuzzServerEndpoints";
    Fixture& fixture = SafeScan::Fuzz::processFixture<Fixture>(name);
    const Endpoint& endpoint = Endpoints[data[0] % Endpoints.size()];
    const QByteArray input = SafeScan::Fuzz::bytes(data + 1, size - 1);
    const bool query = QByteArray(endpoint.method) == "GET";

    QString path = QString::fromLatin1(endpoint.path);
    if (query)
        path += QString::fromLatin1(input.toPercentEncoding("=&?/"));
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(fixture.server.port()).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QString& token = endpoint.device ? fixture.server.deviceToken() : fixture.server.adminToken();
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply* reply =
        fixture.m_network.sendCustomRequest(request, endpoint.method, query ? QByteArray() : input);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || status >= 500) {
        std::fprintf(stderr, "%s %s -> %d: %s\n", endpoint.method, qUtf8Printable(path), status,
                     reply->readAll().left(500).constData());
        std::abort();
    }
    delete reply;
    return 0;
}
