#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace SafeScan {

// One left-to-right pass that decodes every "%XX" (XX two hex digits, any case); anything else,
// including a lone or malformed '%', is kept.
QByteArray percentUnescapeOnce(QByteArrayView text);

// The result of repeating percentUnescapeOnce until nothing changes, computed in one linear pass:
// the output is kept as a stack and, whenever its last three bytes form an escape, they are
// replaced by the decoded byte (which may complete another escape with what precedes it). Escapes
// never overlap, so the fully unescaped form is unique and the order of decoding does not matter.
// Every decode shortens the output by two bytes, hence at most size/3 decodes: no round limit is
// needed and "%2525...25" of any length stays linear.
QByteArray percentUnescapeFully(QByteArrayView text);

// Escapes every byte <= 0x20, >= 0x7F, '#', '%' and every byte listed in `extra` as "%XX" with
// uppercase hex digits; other bytes are kept.
QByteArray percentEscape(QByteArrayView text, QByteArrayView extra = {});

} // namespace SafeScan
