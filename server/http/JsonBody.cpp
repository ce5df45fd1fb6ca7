#include "JsonBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

int depthOf(const QJsonValue& value, int depth)
{
    if (depth > MaxJsonDepth)
        return depth;
    int deepest = depth;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            deepest = std::max(deepest, depthOf(it.value(), depth + 1));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const auto& element : array)
            deepest = std::max(deepest, depthOf(element, depth + 1));
    }
    return deepest;
}

} // namespace

JsonObjectBody parseJsonObject(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return {{},
                ApiError::badRequest(u"malformed_json"_s,
                                     u"The request body is empty; expected a JSON object."_s)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {{},
                ApiError::badRequest(
                    u"malformed_json"_s,
                    u"The request body is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString())
                        .arg(parseError.offset))};
    }
    if (!document.isObject())
        return {{}, ApiError::badRequest(u"invalid_type"_s, u"The request body must be a JSON object."_s)};
    const QJsonObject object = document.object();
    if (depthOf(object, 1) > MaxJsonDepth) {
        return {{},
                ApiError::badRequest(u"too_deep"_s,
                                     u"The JSON body is nested deeper than %1 levels."_s.arg(MaxJsonDepth))};
    }
    return {object, std::nullopt};
}

std::optional<ApiError> rejectUnknownFields(const QJsonObject& object, const QStringList& allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return ApiError::badRequest(u"unknown_field"_s,
                                        u"Unknown field \"%1\"."_s.arg(it.key().left(64)));
    }
    return std::nullopt;
}

std::optional<QString> normalizedHex(const QString& text, qsizetype digits)
{
    if (text.size() != digits)
        return std::nullopt;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool hex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hex)
            return std::nullopt;
    }
    return text.toLower();
}

} // namespace SafeScan
