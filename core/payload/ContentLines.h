#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// RFC 6350 / RFC 5545 / vCard 2.1 content lines, shared by vCard and iCalendar (internal to
// safescan_payload).
namespace SafeScan::PayloadInternal {

struct ContentLine
{
    QString name; // upper case, group ("item1.") removed
    // Upper-case names; values unquoted. A bare vCard 2.1 parameter ("CELL") is a TYPE, or an
    // ENCODING for QUOTED-PRINTABLE, BASE64, 8BIT and 7BIT.
    QList<std::pair<QString, QString>> params;
    QString value; // quoted-printable decoded, still backslash-escaped

    // The value of the first parameter called `name`, or an empty string.
    QString param(QLatin1StringView name) const;
};

// Logical lines: folding (CRLF or LF followed by a space or tab) and quoted-printable soft line
// breaks undone, quoted-printable values decoded with their CHARSET. Linear in the input.
QList<ContentLine> parseContentLines(QStringView text);

// Text value escapes: "\n" "\N" -> newline, "\\" "\," "\;" "\:" -> the character; others kept.
QString unescapeValue(QStringView value);
// A structured value ("Family;Given;..."), split on unescaped ';', each part unescaped.
QStringList splitStructured(QStringView value);

struct Component
{
    bool found = false; // a BEGIN:<name> line exists
    bool ended = false; // ... and its END:<name>
    QList<ContentLine> lines;
};
// The lines of the first <name> component (anywhere, also nested), without the BEGIN/END lines and
// without the lines of components nested in it (VALARM in VEVENT, AGENT vCards).
Component firstComponent(const QList<ContentLine>& lines, QLatin1StringView name);

} // namespace SafeScan::PayloadInternal
