#include "ApiError.h"

#include <QDateTime>
#include <QLocale>
#include <QMetaEnum>

#include <limits>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

QString networkErrorName(QNetworkReply::NetworkError error)
{
    const char* key = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    QString name = key ? QString::fromLatin1(key) : u"UnknownNetworkError"_s;
    if (name.endsWith(u"Error"_s))
        name.chop(5);
    // CamelCase → snake_case
    QString out;
    for (const QChar c : std::as_const(name)) {
        if (c.isUpper() && !out.isEmpty())
            out += u'_';
        out += c.toLower();
    }
    return out;
}

} // namespace

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 408 || httpStatus == 429 || httpStatus >= 500;
    default:
        return false;
    }
}

bool ApiError::countsAgainstCircuit() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Parse: // a garbled answer is not a working service
        return true;
    case Kind::Http:
        return httpStatus == 408 || httpStatus == 429 || httpStatus >= 500 || httpStatus < 400;
    default:
        return false;
    }
}

bool ApiError::requestNotProcessed() const
{
    if (kind == Kind::Http)
        return httpStatus == 429 || httpStatus == 503;
    if (kind == Kind::Network)
        return networkError == QNetworkReply::ConnectionRefusedError ||
               networkError == QNetworkReply::HostNotFoundError;
    return kind == Kind::CircuitOpen || kind == Kind::Invalid;
}

QString ApiError::toString() const
{
    switch (kind) {
    case Kind::None:
        return u"ok"_s;
    case Kind::Http:
        return u"HTTP %1 %2: %3"_s.arg(httpStatus).arg(code, message);
    default:
        return u"%1 (%2): %3"_s.arg(apiErrorKindName(kind), code, message);
    }
}

ApiError ApiError::network(QNetworkReply::NetworkError error, const QString& message)
{
    ApiError e;
    e.kind = Kind::Network;
    e.networkError = error;
    e.code = networkErrorName(error);
    e.message = message;
    return e;
}

ApiError ApiError::timeout(qint64 afterMs)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.code = u"timeout"_s;
    e.message = u"No answer within %1 ms."_s.arg(afterMs);
    return e;
}

ApiError ApiError::http(int status, const QJsonObject& body, qint64 retryAfterMs)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.code = body.value(u"error"_s).toString();
    e.message = body.value(u"message"_s).toString();
    if (e.code.isEmpty())
        e.code = u"http_%1"_s.arg(status);
    if (e.message.isEmpty())
        e.message = u"The server answered with status %1."_s.arg(status);
    e.retryAfterMs = retryAfterMs;
    const QJsonValue seconds = body.value(u"retry_after"_s);
    if (e.retryAfterMs < 0 && seconds.isDouble() && seconds.toDouble() >= 0)
        e.retryAfterMs = qint64(std::min(seconds.toDouble(), 1e9) * 1000.0);
    return e;
}

ApiError ApiError::parse(const QString& message)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.code = u"bad_response"_s;
    e.message = message;
    return e;
}

ApiError ApiError::circuitOpen(qint64 retryAfterMs)
{
    ApiError e;
    e.kind = Kind::CircuitOpen;
    e.code = u"circuit_open"_s;
    e.message = u"The service failed repeatedly; the next try is in %1 s."_s.arg((retryAfterMs + 999) / 1000);
    e.retryAfterMs = retryAfterMs;
    return e;
}

ApiError ApiError::invalid(const QString& code, const QString& message)
{
    ApiError e;
    e.kind = Kind::Invalid;
    e.code = code;
    e.message = message;
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.code = u"cancelled"_s;
    e.message = u"The request was cancelled."_s;
    return e;
}

QString apiErrorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return u"none"_s;
    case ApiError::Kind::Network:
        return u"network"_s;
    case ApiError::Kind::Timeout:
        return u"timeout"_s;
    case ApiError::Kind::Http:
        return u"http"_s;
    case ApiError::Kind::Parse:
        return u"parse"_s;
    case ApiError::Kind::CircuitOpen:
        return u"circuit_open"_s;
    case ApiError::Kind::Invalid:
        return u"invalid"_s;
    case ApiError::Kind::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

qint64 parseRetryAfter(const QByteArray& header, qint64 nowEpochMs)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool allDigits = true;
    for (const char c : value)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        if (value.size() > 9) // more than ~31 years: treat as "very long"
            return qint64(999'999'999) * 1000;
        return value.toLongLong() * 1000;
    }
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (the obsolete forms are not accepted).
    const QString text = QString::fromLatin1(value);
    QDateTime when = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowEpochMs);
}

} // namespace SafeScan
