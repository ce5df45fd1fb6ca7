#pragma once

#include "payload/Payload.h"

#include <QJsonObject>

namespace SafeScan {

enum class JsonSecrets
{
    Include, // every field as parsed
    Redact   // OTP secret (and the raw text that holds it) emptied, "secret_redacted": true
};

// {"type": "<payloadTypeName>", "raw": <text>, "notes": [...], <every field of the typed struct>}.
// Keys are the struct's field names in snake_case; absent optionals are null; dates are ISO 8601
// (all-day events: dates only). Binary: {"type": "binary", "size": n, "base64": "..."}.
QJsonObject payloadToJson(const Payload& payload, JsonSecrets secrets = JsonSecrets::Include);

} // namespace SafeScan
