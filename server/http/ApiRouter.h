#pragma once

#include "ClientAddress.h"
#include "JsonBody.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QString>

#include <functional>
#include <optional>

class QHttpServer;
class QHttpServerRequest;

namespace SafeScan {

class AbuseGuard;
class AccountHandlers;
class ApiHandlers;
class Metrics;
class ModerationHandlers;

// Binds the /v1 routes of a QHttpServer to ApiHandlers, applying what every request gets: the
// per-address token bucket (429 with Retry-After), the body size limit (413), a JSON content type
// for bodies (415 for any other declared type), request counting for
// /v1/metrics, and a JSON 404 for unknown routes in place of QHttpServer's default one.
class ApiRouter
{
public:
    ApiRouter(ApiHandlers& handlers, AccountHandlers& accounts, ModerationHandlers& moderation,
              Metrics& metrics, AbuseGuard& abuse);

    void install(QHttpServer& server);
    // Which address the per-address limits count (the peer, or behind a trusted proxy the client).
    void setClientAddress(ClientAddress clientAddress) { m_clientAddress = std::move(clientAddress); }
    const ClientAddress& clientAddress() const { return m_clientAddress; }

    // Binds one more route without path arguments, with the same treatment as install()'s, for
    // handler classes that install their own routes (SyncHandlers, AccountDataHandlers).
    // `maxBodyBytes` replaces the default body limit for this route.
    using RouteHandler = std::function<QHttpServerResponse(const QHttpServerRequest&)>;
    void addRoute(QHttpServer& server, QHttpServerRequest::Method method, const QString& path,
                  RouteHandler handler, qsizetype maxBodyBytes = MaxBodyBytes);
    // The same for a handler that answers through the responder itself (a streamed body: CSV
    // exports) and returns the status it sent, for /v1/metrics.
    using StreamingHandler = std::function<int(const QHttpServerRequest&, QHttpServerResponder&&)>;
    void addStreamingRoute(QHttpServer& server, QHttpServerRequest::Method method, const QString& path,
                           StreamingHandler handler);

private:
    // The refusal every route applies before its handler (429, 413, 415), if any.
    std::optional<QHttpServerResponse> refusal(const QHttpServerRequest& request, qsizetype maxBodyBytes);
    template <typename Handler>
    QHttpServerResponse dispatch(const QString& method, const QString& route,
                                 const QHttpServerRequest& request, Handler&& handler,
                                 qsizetype maxBodyBytes = MaxBodyBytes);
    QHttpServerResponse finish(const QString& method, const QString& route, const QHttpServerRequest& request,
                               QHttpServerResponse&& response);

    ApiHandlers& m_handlers;
    AccountHandlers& m_accounts;
    ModerationHandlers& m_moderation;
    Metrics& m_metrics;
    AbuseGuard& m_abuse;
    ClientAddress m_clientAddress;
};

} // namespace SafeScan
