#pragma once

#include "payload/Payload.h"

#include <QByteArray>
#include <QString>

namespace SafeScan {

// Turns the content of a scanned code into a typed Payload. Prefixes are matched case-insensitively
// after leading and trailing whitespace is ignored. A recognised prefix whose body cannot be parsed
// gives a Text payload whose notes say what failed. Never throws; linear in the input size.
class PayloadParser
{
public:
    // Typed parse with a raw-text fallback.
    static Payload parse(const QString& text);
    // Valid UTF-8 without NUL bytes goes through parse(); anything else is Binary, with the bytes kept
    // and the notes saying why.
    static Payload parseBytes(const QByteArray& bytes);
};

} // namespace SafeScan
