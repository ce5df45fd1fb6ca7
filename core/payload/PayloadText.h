#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Text helpers shared by the format parsers (internal to safescan_payload).
namespace SafeScan::PayloadInternal {

inline bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
inline bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool allAsciiDigits(QStringView text); // false for empty text

bool startsWithCi(QStringView text, QLatin1StringView prefix);

// Splits on `separator` where no backslash escapes it; the parts keep their escapes.
QList<QStringView> splitUnescaped(QStringView text, QChar separator);
// "\x" -> "x" for any x; a trailing lone backslash is kept.
QString unescapeBackslashes(QStringView text);

// One "KEY:value" field of a MeCard-style body (Wi-Fi, MECARD, MATMSG).
struct Field
{
    QString key;          // upper case
    QStringView rawValue; // still escaped
};
// Fields of "KEY:value;KEY:value;;", in order; the key ends at the first unescaped ':'.
QList<Field> parseFields(QStringView body);

enum class PlusIsSpace
{
    No,
    Yes
};
// %XX sequences decoded as UTF-8; with PlusIsSpace::Yes a literal '+' is a space (form encoding).
QString percentDecode(QStringView text, PlusIsSpace plus = PlusIsSpace::No);

struct QueryItem
{
    QString key; // decoded, case as given
    QString value;
    bool is(QLatin1StringView name) const { return key.compare(name, Qt::CaseInsensitive) == 0; }
};
// "a=1&b=2" (without the '?').
QList<QueryItem> parseQuery(QStringView query, PlusIsSpace plus = PlusIsSpace::No);

// For notes: `value` cut to `maxLength` characters with an ellipsis, so a huge input never makes a
// huge note; quoted() also puts it in double quotes.
QString elided(QStringView value, qsizetype maxLength = 64);
QString quoted(QStringView value);

// What follows "<scheme>:", without the "//" some generators add ("tel://", "bitcoin://").
QStringView afterScheme(QStringView text);

// Whether the regular expression `pattern` matches `text` (for short, bounded values).
bool matches(const QString& text, const QString& pattern);

// RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
bool isUriScheme(QStringView scheme);

// "19850412" or "1985-04-12..." -> "1985-04-12"; anything else trimmed, as given.
QString isoDateOrAsGiven(QStringView text);

// Physical lines split at LF, a trailing CR removed from each.
QList<QStringView> splitLines(QStringView text);

} // namespace SafeScan::PayloadInternal
