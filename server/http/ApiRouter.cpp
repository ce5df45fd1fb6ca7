#include "ApiRouter.h"

#include "ApiError.h"
#include "ApiHandlers.h"
#include "HttpLog.h"
#include "JsonBody.h"
#include "Metrics.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

using Method = QHttpServerRequest::Method;

QString methodName(Method method)
{
    const char* name = QMetaEnum::fromType<Method>().valueToKey(int(method));
    return name ? QString::fromLatin1(name).toUpper() : u"UNKNOWN"_s;
}

} // namespace

ApiRouter::ApiRouter(ApiHandlers& handlers, Metrics& metrics)
    : m_handlers(handlers)
    , m_metrics(metrics)
{}

template <typename Handler>
QHttpServerResponse ApiRouter::dispatch(const QString& method, const QString& route,
                                        const QHttpServerRequest& request, Handler&& handler)
{
    if (request.body().size() > MaxBodyBytes) {
        const ApiError error =
            ApiError::payloadTooLarge(u"The request body is larger than %1 bytes."_s.arg(MaxBodyBytes));
        return finish(method, route, request, error.toResponse());
    }
    return finish(method, route, request, handler());
}

QHttpServerResponse ApiRouter::finish(const QString& method, const QString& route,
                                      const QHttpServerRequest& request, QHttpServerResponse&& response)
{
    const int status = int(response.statusCode());
    m_metrics.countRequest(method, route, status);
    qCDebug(lcServerHttp).noquote() << method << request.url().path() << status;
    return std::move(response);
}

void ApiRouter::install(QHttpServer& server)
{
    server.route(u"/v1/devices"_s, Method::Post, [this](const QHttpServerRequest& request) {
        return dispatch(u"POST"_s, u"/v1/devices"_s, request,
                        [&] { return m_handlers.registerDevice(request); });
    });
    server.route(u"/v1/ratings"_s, Method::Get, [this](const QHttpServerRequest& request) {
        return dispatch(u"GET"_s, u"/v1/ratings"_s, request, [&] { return m_handlers.ratings(request); });
    });
    server.route(u"/v1/votes/<arg>"_s, Method::Put,
                 [this](const QString& hash, const QHttpServerRequest& request) {
                     return dispatch(u"PUT"_s, u"/v1/votes/{hash}"_s, request,
                                     [&] { return m_handlers.putVote(hash, request); });
                 });
    server.route(u"/v1/votes/<arg>"_s, Method::Delete,
                 [this](const QString& hash, const QHttpServerRequest& request) {
                     return dispatch(u"DELETE"_s, u"/v1/votes/{hash}"_s, request,
                                     [&] { return m_handlers.deleteVote(hash, request); });
                 });
    server.route(u"/v1/health"_s, Method::Get, [this](const QHttpServerRequest& request) {
        return dispatch(u"GET"_s, u"/v1/health"_s, request, [&] { return m_handlers.health(); });
    });
    server.route(u"/v1/metrics"_s, Method::Get, [this](const QHttpServerRequest& request) {
        return dispatch(u"GET"_s, u"/v1/metrics"_s, request, [&] { return m_handlers.metrics(); });
    });

    // Replaces QHttpServer's plain-text 404: unknown routes and unsupported methods alike.
    server.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const ApiError error = ApiError::notFound(u"No such endpoint."_s);
        finish(methodName(request.method()), u"unmatched"_s, request, error.toResponse())
            .write(std::move(responder));
    });
}

} // namespace SafeScan
