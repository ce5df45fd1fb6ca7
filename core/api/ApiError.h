#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

namespace SafeScan {

// Why an API call did not give a result (SPEC §9). Small and typed so that the retry policy,
// the circuit breaker and the UI decide on the kind, never on message text.
struct ApiError
{
    enum class Kind
    {
        None,        // no error
        Network,     // no HTTP answer: refused, reset, unreachable, TLS, proxy, ...
        Timeout,     // no complete answer within the job's timeout
        Http,        // an HTTP answer outside 2xx; `httpStatus` and the server's `code`
        Parse,       // a 2xx answer whose body is not what the endpoint promises
        CircuitOpen, // not sent: the service's circuit breaker is open
        Invalid,     // not sent: bad input or no credentials (a programming or state error)
        Cancelled,   // aborted by the caller
    };

    Kind kind = Kind::None;
    int httpStatus = 0;       // Http only
    QString code;             // the server's "error" code (Http), else a short snake_case name
    QString message;          // for people and logs
    qint64 retryAfterMs = -1; // Retry-After (header, else the body's "retry_after"); -1 when none
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; // Network only

    bool ok() const { return kind == Kind::None; }
    // A later attempt of the same request may succeed: network errors, timeouts, 408, 429, 5xx.
    bool isTransient() const;
    // Counts towards opening a circuit breaker: every failure to get a proper answer except a
    // 4xx other than 408/429 (those prove the service is up) and the not-sent kinds.
    bool countsAgainstCircuit() const;
    // The server surely did not act on the request (it refused or never got it), so even a
    // non-idempotent request may be sent again.
    bool requestNotProcessed() const;
    // "timeout", "network (connection_refused)", "HTTP 429 rate_limited: ..." for logs.
    QString toString() const;

    static ApiError network(QNetworkReply::NetworkError error, const QString& message);
    static ApiError timeout(qint64 afterMs);
    static ApiError http(int status, const QJsonObject& body, qint64 retryAfterMs);
    static ApiError parse(const QString& message);
    static ApiError circuitOpen(qint64 retryAfterMs);
    static ApiError invalid(const QString& code, const QString& message);
    static ApiError cancelled();
};

QString apiErrorKindName(ApiError::Kind kind); // "none", "network", "timeout", "http", ...

// Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date, in milliseconds from now
// (`nowEpochMs`); a date in the past is 0. -1 when the header is absent or unreadable.
qint64 parseRetryAfter(const QByteArray& header, qint64 nowEpochMs);

} // namespace SafeScan
