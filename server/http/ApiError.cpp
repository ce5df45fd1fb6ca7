#include "ApiError.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

QHttpServerResponse jsonResponse(const QJsonObject& object, HttpStatus status)
{
    return QHttpServerResponse(object, status);
}

QHttpServerResponse ApiError::toResponse() const
{
    QHttpServerResponse response = jsonResponse({{u"error"_s, code}, {u"message"_s, message}}, status);
    if (status == HttpStatus::Unauthorized)
        response.setHeader("WWW-Authenticate", "Bearer");
    return response;
}

ApiError ApiError::badRequest(QString code, QString message)
{
    return {HttpStatus::BadRequest, std::move(code), std::move(message)};
}

ApiError ApiError::unauthorized(QString message)
{
    return {HttpStatus::Unauthorized, u"unauthorized"_s, std::move(message)};
}

ApiError ApiError::notFound(QString message)
{
    return {HttpStatus::NotFound, u"not_found"_s, std::move(message)};
}

ApiError ApiError::payloadTooLarge(QString message)
{
    return {HttpStatus::PayloadTooLarge, u"payload_too_large"_s, std::move(message)};
}

ApiError ApiError::internal(QString message)
{
    return {HttpStatus::InternalServerError, u"internal"_s, std::move(message)};
}

} // namespace SafeScan
