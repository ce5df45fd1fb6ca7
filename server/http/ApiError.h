#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace SafeScan {

using HttpStatus = QHttpServerResponse::StatusCode;

// An API error: sent as {"error": code, "message": message} with its HTTP status.
struct ApiError
{
    HttpStatus status = HttpStatus::BadRequest;
    QString code;
    QString message;

    QHttpServerResponse toResponse() const;

    static ApiError badRequest(QString code, QString message);
    static ApiError unauthorized(QString message);
    static ApiError notFound(QString message);
    static ApiError payloadTooLarge(QString message);
    static ApiError internal(QString message);
};

// A JSON object response with the given status (application/json).
QHttpServerResponse jsonResponse(const QJsonObject& object, HttpStatus status = HttpStatus::Ok);

} // namespace SafeScan
