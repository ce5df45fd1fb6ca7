#include "JsonWriter.h"

#include <QJsonDocument>

#include <cmath>

namespace SafeScan {

namespace {

void appendEscaped(QByteArray& out, uchar c)
{
    switch (c) {
    case '"':
        out += "\\\"";
        return;
    case '\\':
        out += "\\\\";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        break;
    }
    if (c < 0x20) {
        static const char hex[] = "0123456789abcdef";
        const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
        out.append(escaped, sizeof escaped);
        return;
    }
    out += char(c);
}

} // namespace

void JsonWriter::appendString(QByteArray& out, QStringView text)
{
    out += '"';
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\')
                out += char(c);
            else
                appendEscaped(out, uchar(c));
        } else if (c < 0x800) {
            const char bytes[] = {char(0xc0 | (c >> 6)), char(0x80 | (c & 0x3f))};
            out.append(bytes, sizeof bytes);
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            const char32_t u = QChar::surrogateToUcs4(c, text[++i].unicode());
            const char bytes[] = {char(0xf0 | (u >> 18)), char(0x80 | ((u >> 12) & 0x3f)),
                                  char(0x80 | ((u >> 6) & 0x3f)), char(0x80 | (u & 0x3f))};
            out.append(bytes, sizeof bytes);
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate has no UTF-8: escaped, as QJsonDocument writes it (and reads it back).
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\',        'u', hex[c >> 12], hex[(c >> 8) & 0xf], hex[(c >> 4) & 0xf],
                                    hex[c & 0xf]};
            out.append(escaped, sizeof escaped);
        } else {
            const char bytes[] = {char(0xe0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3f)),
                                  char(0x80 | (c & 0x3f))};
            out.append(bytes, sizeof bytes);
        }
    }
    out += '"';
}

void JsonWriter::separate()
{
    if (!m_first)
        m_out += ',';
    m_first = false;
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first = true;
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_first = false;
}

void JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first = true;
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_first = false;
}

void JsonWriter::key(const char* latin1Key)
{
    separate();
    m_out += '"';
    m_out += latin1Key;
    m_out += "\":";
    m_first = true; // the value follows without a comma
}

void JsonWriter::value(QStringView text)
{
    separate();
    appendString(m_out, text);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out += "null";
        return;
    }
    m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

void JsonWriter::value(const QStringList& list)
{
    beginArray();
    for (const QString& item : list)
        value(QStringView(item));
    endArray();
}

void JsonWriter::value(const QJsonObject& object)
{
    separate();
    if (object.isEmpty())
        m_out += "{}";
    else
        m_out += QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace SafeScan
