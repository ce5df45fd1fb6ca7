#include "payload/PayloadText.h"

#include <QDate>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadInternal {

bool allAsciiDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isAsciiDigit);
}

bool startsWithCi(QStringView text, QLatin1StringView prefix)
{
    return text.startsWith(prefix, Qt::CaseInsensitive);
}

QList<QStringView> splitUnescaped(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\') {
            ++i; // the next character is literal
        } else if (text[i] == separator) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(qMin(start, text.size())));
    return parts;
}

QString unescapeBackslashes(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size())
            ++i;
        out.append(text[i]);
    }
    return out;
}

QList<Field> parseFields(QStringView body)
{
    QList<Field> fields;
    for (QStringView part : splitUnescaped(body, u';')) {
        if (part.trimmed().isEmpty())
            continue;
        qsizetype colon = -1;
        for (qsizetype i = 0; i < part.size(); ++i) {
            if (part[i] == u'\\') {
                ++i;
            } else if (part[i] == u':') {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            fields.append({part.trimmed().toString().toUpper(), {}});
            continue;
        }
        fields.append({part.first(colon).trimmed().toString().toUpper(), part.sliced(colon + 1)});
    }
    return fields;
}

QString percentDecode(QStringView text, PlusIsSpace plus)
{
    QByteArray utf8 = text.toUtf8();
    if (plus == PlusIsSpace::Yes)
        utf8.replace('+', ' ');
    return QUrl::fromPercentEncoding(utf8);
}

QList<QueryItem> parseQuery(QStringView query, PlusIsSpace plus)
{
    QList<QueryItem> items;
    for (QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QStringView key = eq < 0 ? pair : pair.first(eq);
        const QStringView value = eq < 0 ? QStringView() : pair.sliced(eq + 1);
        items.append({percentDecode(key, plus), percentDecode(value, plus)});
    }
    return items;
}

QString elided(QStringView value, qsizetype maxLength)
{
    if (value.size() <= maxLength)
        return value.toString();
    qsizetype cut = maxLength - 1;
    if (value[cut - 1].isHighSurrogate())
        --cut;
    return value.first(cut).toString() + u'\u2026';
}

QString quoted(QStringView value)
{
    return u'"' + elided(value) + u'"';
}

QStringView afterScheme(QStringView text)
{
    QStringView rest = text.sliced(text.indexOf(u':') + 1);
    if (rest.startsWith(u"//"))
        rest = rest.sliced(2);
    return rest;
}

bool matches(const QString& text, const QString& pattern)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

bool isUriScheme(QStringView scheme)
{
    if (scheme.isEmpty() || !isAsciiLetter(scheme.front()))
        return false;
    for (QChar c : scheme) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'+' && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

QString isoDateOrAsGiven(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() == 8 && allAsciiDigits(trimmed)) {
        const QDate date = QDate::fromString(trimmed.toString(), u"yyyyMMdd");
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    if (trimmed.size() >= 10) {
        const QDate date = QDate::fromString(trimmed.first(10).toString(), Qt::ISODate);
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    return trimmed.toString();
}

QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines = text.split(u'\n');
    for (QStringView& line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

} // namespace SafeScan::PayloadInternal
