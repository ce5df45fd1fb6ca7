#include "ApiRouter.h"

#include "AccountHandlers.h"
#include "ApiError.h"
#include "ApiHandlers.h"
#include "HttpLog.h"
#include "JsonBody.h"
#include "Metrics.h"
#include "ModerationHandlers.h"
#include "abuse/AbuseGuard.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

using Method = QHttpServerRequest::Method;

// A body may come without a Content-Type; one that declares any type but JSON is refused.
bool acceptableContentType(const QHttpServerRequest& request)
{
    if (request.body().isEmpty())
        return true;
    const auto headers = request.headers();
    for (const auto& [name, value] : headers) {
        if (name.compare("content-type", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray mediaType = value.split(';').constFirst().trimmed().toLower();
        if (!mediaType.isEmpty() && mediaType != "application/json")
            return false;
    }
    return true;
}

QString methodName(Method method)
{
    const char* name = QMetaEnum::fromType<Method>().valueToKey(int(method));
    return name ? QString::fromLatin1(name).toUpper() : u"UNKNOWN"_s;
}

} // namespace

ApiRouter::ApiRouter(ApiHandlers& handlers, AccountHandlers& accounts, ModerationHandlers& moderation,
                     Metrics& metrics, AbuseGuard& abuse)
    : m_handlers(handlers)
    , m_accounts(accounts)
    , m_moderation(moderation)
    , m_metrics(metrics)
    , m_abuse(abuse)
{}

std::optional<QHttpServerResponse> ApiRouter::refusal(const QHttpServerRequest& request,
                                                      qsizetype maxBodyBytes)
{
    const RateDecision rate = m_abuse.admitRequest(m_clientAddress.of(request));
    if (!rate.allowed)
        return rateLimitedResponse(rate, u"Too many requests."_s);
    if (request.body().size() > maxBodyBytes) {
        return ApiError::payloadTooLarge(u"The request body is larger than %1 bytes."_s.arg(maxBodyBytes))
            .toResponse();
    }
    if (!acceptableContentType(request)) {
        const ApiError error{HttpStatus::UnsupportedMediaType, u"unsupported_media_type"_s,
                             u"Request bodies must be JSON (Content-Type: application/json)."_s};
        return error.toResponse();
    }
    return std::nullopt;
}

template <typename Handler>
QHttpServerResponse ApiRouter::dispatch(const QString& method, const QString& route,
                                        const QHttpServerRequest& request, Handler&& handler,
                                        qsizetype maxBodyBytes)
{
    if (std::optional<QHttpServerResponse> refused = refusal(request, maxBodyBytes))
        return finish(method, route, request, std::move(*refused));
    return finish(method, route, request, handler());
}

QHttpServerResponse ApiRouter::finish(const QString& method, const QString& route,
                                      const QHttpServerRequest& /*request*/, QHttpServerResponse&& response)
{
    const int status = int(response.statusCode());
    m_metrics.countRequest(method, route, status);
    // The route, not the path: a path names the item (its hash) a user voted on.
    qCDebug(lcServerHttp).noquote() << method << route << status;
    return std::move(response);
}

void ApiRouter::addRoute(QHttpServer& server, Method method, const QString& path, RouteHandler handler,
                         qsizetype maxBodyBytes)
{
    server.route(
        path, method,
        [this, method, path, handler = std::move(handler), maxBodyBytes](const QHttpServerRequest& request) {
            return dispatch(
                methodName(method), path, request, [&] { return handler(request); }, maxBodyBytes);
        });
}

void ApiRouter::addStreamingRoute(QHttpServer& server, Method method, const QString& path,
                                  StreamingHandler handler)
{
    server.route(
        path, method,
        [this, method, path, handler = std::move(handler)](const QHttpServerRequest& request,
                                                           QHttpServerResponder&& responder) {
            if (std::optional<QHttpServerResponse> refused = refusal(request, MaxBodyBytes)) {
                finish(methodName(method), path, request, std::move(*refused)).write(std::move(responder));
                return;
            }
            const int status = handler(request, std::move(responder));
            m_metrics.countRequest(methodName(method), path, status);
            qCDebug(lcServerHttp).noquote() << methodName(method) << path << status;
        });
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
    server.route(u"/v1/sessions"_s, Method::Post, [this](const QHttpServerRequest& request) {
        return dispatch(u"POST"_s, u"/v1/sessions"_s, request,
                        [&] { return m_accounts.createSession(request); });
    });
    server.route(u"/v1/reports"_s, Method::Post, [this](const QHttpServerRequest& request) {
        return dispatch(u"POST"_s, u"/v1/reports"_s, request,
                        [&] { return m_accounts.createReport(request); });
    });
    server.route(u"/v1/moderation/audit"_s, Method::Get, [this](const QHttpServerRequest& request) {
        return dispatch(u"GET"_s, u"/v1/moderation/audit"_s, request,
                        [&] { return m_accounts.moderationAudit(request); });
    });
    server.route(u"/v1/moderation/queue"_s, Method::Get, [this](const QHttpServerRequest& request) {
        return dispatch(u"GET"_s, u"/v1/moderation/queue"_s, request,
                        [&] { return m_moderation.queue(request); });
    });
    server.route(u"/v1/moderation/actions"_s, Method::Post, [this](const QHttpServerRequest& request) {
        return dispatch(u"POST"_s, u"/v1/moderation/actions"_s, request,
                        [&] { return m_moderation.act(request); });
    });
    server.route(u"/v1/health"_s, Method::Get, [this](const QHttpServerRequest& request) {
        return dispatch(u"GET"_s, u"/v1/health"_s, request, [&] { return m_handlers.health(); });
    });
    server.route(u"/v1/metrics"_s, Method::Get, [this](const QHttpServerRequest& request) {
        return dispatch(u"GET"_s, u"/v1/metrics"_s, request, [&] { return m_handlers.metrics(); });
    });

    // Replaces QHttpServer's plain-text 404: unknown routes and unsupported methods alike.
    server.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const RateDecision rate = m_abuse.admitRequest(m_clientAddress.of(request));
        QHttpServerResponse response = rate.allowed ? ApiError::notFound(u"No such endpoint."_s).toResponse()
                                                    : rateLimitedResponse(rate, u"Too many requests."_s);
        finish(methodName(request.method()), u"unmatched"_s, request, std::move(response))
            .write(std::move(responder));
    });
}

} // namespace SafeScan
