#include "PercentEncoding.h"

namespace SafeScan {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray percentUnescapeOnce(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
            hexValue(text[i + 2]) >= 0) {
            out.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

QByteArray percentUnescapeFully(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        out.append(c);
        qsizetype n = out.size();
        while (n >= 3 && out.at(n - 3) == '%') {
            const int high = hexValue(out.at(n - 2));
            const int low = hexValue(out.at(n - 1));
            if (high < 0 || low < 0)
                break;
            out[n - 3] = char(high * 16 + low);
            out.chop(2);
            n -= 2;
        }
    }
    return out;
}

QByteArray percentEscape(QByteArrayView text, QByteArrayView extra)
{
    static constexpr char hexDigits[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7F || c == '#' || c == '%' || extra.contains(c)) {
            out.append('%');
            out.append(hexDigits[byte >> 4]);
            out.append(hexDigits[byte & 0x0F]);
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace SafeScan
