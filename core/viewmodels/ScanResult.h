#pragma once

#include "decode/DecodedCode.h"
#include "payload/Payload.h"
#include "safety/Verdict.h"

#include <QString>

#include <optional>

namespace SafeScan {

// One code the user scanned, with everything the result panel shows about it.
struct ScanResult
{
    DecodedCode code;
    Payload payload;
    Verdict verdict;
    QString source;                // "camera", "file", "clipboard", ... as stored in the history
    QString origin;                // the file name or "clipboard": where it came from, for the user
    std::optional<qint64> savedId; // the history id, when it was saved
};

} // namespace SafeScan
