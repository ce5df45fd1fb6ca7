#include "payload/ContentLines.h"

#include "payload/PayloadText.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadInternal {

namespace {

bool isQuotedPrintableHeader(QStringView physicalLine)
{
    const qsizetype colon = physicalLine.indexOf(u':');
    return colon > 0 && physicalLine.first(colon).contains("QUOTED-PRINTABLE"_L1, Qt::CaseInsensitive);
}

// Joins folded lines and quoted-printable soft line breaks into logical lines.
QStringList unfold(QStringView text)
{
    QStringList logical;
    bool quotedPrintable = false; // the current logical line has a quoted-printable value
    bool softBreak = false;       // ... and its last physical line ended with '='
    for (QStringView line : splitLines(text)) {
        if (softBreak) {
            logical.last().append(line);
        } else if (!logical.isEmpty() && !line.isEmpty() && (line.front() == u' ' || line.front() == u'\t')) {
            logical.last().append(line.sliced(1));
        } else if (line.trimmed().isEmpty()) {
            quotedPrintable = false;
            continue;
        } else {
            logical.append(line.toString());
            quotedPrintable = isQuotedPrintableHeader(line);
        }
        softBreak = quotedPrintable && logical.last().endsWith(u'=');
        if (softBreak)
            logical.last().chop(1);
    }
    return logical;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QString decodeQuotedPrintable(const QString& value, const QString& charset)
{
    const QByteArray encoded = value.toUtf8();
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded[i] == '=' && i + 2 < encoded.size() && hexValue(encoded[i + 1]) >= 0 &&
            hexValue(encoded[i + 2]) >= 0) {
            bytes.append(static_cast<char>(hexValue(encoded[i + 1]) * 16 + hexValue(encoded[i + 2])));
            i += 2;
        } else {
            bytes.append(encoded[i]);
        }
    }
    std::optional<QStringConverter::Encoding> encoding =
        QStringConverter::encodingForName(charset.toLatin1().constData());
    if (!encoding && (charset.contains("8859"_L1) || charset.contains("1252"_L1)))
        encoding = QStringConverter::Latin1;
    QStringDecoder decoder(encoding.value_or(QStringConverter::Utf8), QStringDecoder::Flag::Stateless);
    QString decoded = decoder(bytes);
    if (decoder.hasError() && charset.isEmpty())
        decoded = QString::fromLatin1(bytes); // old phones wrote Latin-1 without saying so
    decoded.replace("\r\n"_L1, "\n"_L1);
    return decoded;
}

// Index of the first ':' outside double quotes, or -1.
qsizetype valueSeparator(QStringView line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'"')
            quoted = !quoted;
        else if (line[i] == u':' && !quoted)
            return i;
    }
    return -1;
}

QList<QStringView> splitParams(QStringView header)
{
    QList<QStringView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header[i] == u'"') {
            quoted = !quoted;
        } else if (header[i] == u';' && !quoted) {
            parts.append(header.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(header.sliced(start));
    return parts;
}

std::pair<QString, QString> parseParam(QStringView param)
{
    const qsizetype eq = param.indexOf(u'=');
    if (eq < 0) {
        const QString bare = param.trimmed().toString().toUpper();
        static const QStringList kEncodings{u"QUOTED-PRINTABLE"_s, u"BASE64"_s, u"8BIT"_s, u"7BIT"_s};
        return {kEncodings.contains(bare) ? u"ENCODING"_s : u"TYPE"_s, bare};
    }
    QString value = param.sliced(eq + 1).trimmed().toString();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.sliced(1, value.size() - 2);
    return {param.first(eq).trimmed().toString().toUpper(), value};
}

} // namespace

QString ContentLine::param(QLatin1StringView name) const
{
    for (const auto& [key, value] : params) {
        if (key == name)
            return value;
    }
    return {};
}

QList<ContentLine> parseContentLines(QStringView text)
{
    QList<ContentLine> lines;
    for (const QString& logical : unfold(text)) {
        const qsizetype colon = valueSeparator(logical);
        if (colon <= 0)
            continue;
        const QList<QStringView> header = splitParams(QStringView(logical).first(colon));
        ContentLine line;
        QStringView name = header.first().trimmed();
        if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0)
            name = name.sliced(dot + 1);
        line.name = name.toString().toUpper();
        for (QStringView param : header.sliced(1))
            line.params.append(parseParam(param));
        line.value = logical.sliced(colon + 1);
        if (line.param("ENCODING"_L1).compare("QUOTED-PRINTABLE"_L1, Qt::CaseInsensitive) == 0)
            line.value = decodeQuotedPrintable(line.value, line.param("CHARSET"_L1));
        lines.append(std::move(line));
    }
    return lines;
}

QString unescapeValue(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            const QChar next = value[i + 1];
            if (next == u'n' || next == u'N') {
                out.append(u'\n');
                ++i;
                continue;
            }
            if (next == u'\\' || next == u',' || next == u';' || next == u':') {
                out.append(next);
                ++i;
                continue;
            }
        }
        out.append(value[i]);
    }
    return out;
}

QStringList splitStructured(QStringView value)
{
    QStringList parts;
    for (QStringView part : splitUnescaped(value, u';'))
        parts.append(unescapeValue(part));
    return parts;
}

Component firstComponent(const QList<ContentLine>& lines, QLatin1StringView name)
{
    Component component;
    int depth = 0;
    for (const ContentLine& line : lines) {
        const bool begin = line.name == "BEGIN"_L1;
        const bool end = line.name == "END"_L1;
        if (!component.found) {
            component.found = begin && line.value.trimmed().compare(name, Qt::CaseInsensitive) == 0;
            continue;
        }
        if (begin) {
            ++depth;
        } else if (end && depth > 0) {
            --depth;
        } else if (end) {
            component.ended = true;
            break;
        } else if (depth == 0) {
            component.lines.append(line);
        }
    }
    return component;
}

} // namespace SafeScan::PayloadInternal
