#pragma once

#include <QStringView>

namespace SafeScan {

// `text` is exactly `digits` hexadecimal digits (either case).
inline bool isHexText(QStringView text, qsizetype digits)
{
    if (text.size() != digits)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

} // namespace SafeScan
