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

enum class PayloadRaw
{
    Include, // "raw" as in payloadToJson()
    Omit     // no "raw": the caller stores the text elsewhere (the history's content column)
};

// payloadToJson(payload, JsonSecrets::Include) written straight as compact UTF-8 JSON text, without
// a QJsonObject: QJsonDocument::fromJson() of it gives the same object (without "raw" if omitted).
// Keys are not sorted. For the history, which stores a million of them.
QByteArray payloadToJsonUtf8(const Payload& payload, PayloadRaw raw = PayloadRaw::Include);

} // namespace SafeScan
