#pragma once

#include "payload/Payload.h"

#include <QStringList>

namespace SafeScan {

// Every URL the payload holds, in order, without duplicates: the URL itself, contact and event
// URLs, a bitcoin payment-request ("r=") URL, and the http(s) links inside free text (plain text,
// notes, descriptions, locations, message bodies, remittance text, binary content).
QStringList payloadUrls(const Payload& payload);

// The http(s) links inside free text, trailing punctuation trimmed.
QStringList httpLinksIn(QStringView text);

} // namespace SafeScan
