#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace SafeScan {

// Request limits (SPEC §11).
inline constexpr qsizetype MaxBodyBytes = 64 * 1024;
inline constexpr int MaxJsonDepth = 16;

// A request body parsed as one JSON object, or the 400 error saying why it is not one.
struct JsonObjectBody
{
    QJsonObject object;
    std::optional<ApiError> error;
};

JsonObjectBody parseJsonObject(const QByteArray& body);

// Checks that `object` has no keys besides `allowed`: a 400 naming the first unknown one.
std::optional<ApiError> rejectUnknownFields(const QJsonObject& object, const QStringList& allowed);

// Lowercase hex of exactly `digits` hex digits, or nullopt.
std::optional<QString> normalizedHex(const QString& text, qsizetype digits);

} // namespace SafeScan
