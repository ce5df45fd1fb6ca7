// iCalendar events (BEGIN:VEVENT, alone or inside BEGIN:VCALENDAR).
#include "payload/ContentLines.h"
#include "payload/PayloadFormats.h"
#include "payload/PayloadText.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadInternal {

namespace {

struct EventTime
{
    QDateTime value; // invalid when the text is not a date
    bool dateOnly = false;
};

QTimeZone timeZoneFor(const QString& tzid)
{
    QString id = tzid.trimmed();
    if (id.startsWith(u'/'))
        id = id.sliced(1); // "globally unique" TZID prefix
    if (const QTimeZone zone(id.toUtf8()); zone.isValid())
        return zone;
    // Outlook writes Windows zone names ("W. Europe Standard Time"). An empty id would mean the
    // system zone, so an unknown name must not get that far.
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id.toUtf8());
    return iana.isEmpty() ? QTimeZone() : QTimeZone(iana);
}

// "20261122" (or VALUE=DATE), "20261122T101500" (floating: local, or in TZID), "20261122T101500Z"
// (UTC). Dashes and colons are tolerated ("2026-11-22T10:15:00Z").
EventTime parseTime(const ContentLine& line, QStringList* notes)
{
    QString value = line.value.trimmed();
    value.remove(u'-').remove(u':');
    const QDate date = QDate::fromString(value.left(8), u"yyyyMMdd");
    if (!date.isValid() || !allAsciiDigits(QStringView(value).left(8)))
        return {};
    if (value.size() == 8)
        return {QDateTime(date, QTime(0, 0)), true};
    if (line.param("VALUE"_L1).compare("DATE"_L1, Qt::CaseInsensitive) == 0 || value[8].toUpper() != u'T')
        return {};
    const bool utc = value.endsWith(u'Z', Qt::CaseInsensitive);
    const QStringView clock = QStringView(value).sliced(9, value.size() - 9 - (utc ? 1 : 0));
    const QTime time = clock.size() == 4 ? QTime::fromString(clock.toString(), u"HHmm")
                                         : QTime::fromString(clock.toString(), u"HHmmss");
    if (!time.isValid() || !allAsciiDigits(clock))
        return {};
    if (utc)
        return {QDateTime(date, time, Qt::UTC), false};
    if (const QString tzid = line.param("TZID"_L1); !tzid.isEmpty()) {
        if (const QTimeZone zone = timeZoneFor(tzid); zone.isValid())
            return {QDateTime(date, time, zone), false};
        notes->append(u"Unknown time zone %1: local time assumed"_s.arg(quoted(tzid)));
    }
    return {QDateTime(date, time), false};
}

// RFC 5545 DURATION ("P1D", "PT1H30M", "P2W"), in seconds.
std::optional<qint64> parseDuration(const QString& text)
{
    static const QRegularExpression pattern(
        u"^([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch() || text.trimmed().size() < 3)
        return std::nullopt;
    const qint64 seconds = match.captured(2).toLongLong() * 7 * 86400 +
                           match.captured(3).toLongLong() * 86400 + match.captured(4).toLongLong() * 3600 +
                           match.captured(5).toLongLong() * 60 + match.captured(6).toLongLong();
    return match.captured(1) == "-"_L1 ? -seconds : seconds;
}

} // namespace

FormatResult parseEvent(QStringView text)
{
    const Component event = firstComponent(parseContentLines(text), "VEVENT"_L1);
    if (!event.found)
        return FormatResult::failure(u"no VEVENT component"_s);

    EventPayload payload;
    QStringList notes;
    const ContentLine* startLine = nullptr;
    const ContentLine* endLine = nullptr;
    QString duration;
    for (const ContentLine& line : event.lines) {
        if (line.name == "SUMMARY"_L1)
            payload.summary = unescapeValue(line.value).trimmed();
        else if (line.name == "LOCATION"_L1)
            payload.location = unescapeValue(line.value).trimmed();
        else if (line.name == "DESCRIPTION"_L1)
            payload.description = unescapeValue(line.value).trimmed();
        else if (line.name == "URL"_L1 && !line.value.trimmed().isEmpty())
            payload.urls.append(unescapeValue(line.value).trimmed());
        else if (line.name == "DTSTART"_L1)
            startLine = &line;
        else if (line.name == "DTEND"_L1)
            endLine = &line;
        else if (line.name == "DURATION"_L1)
            duration = line.value;
    }
    if (!startLine)
        return FormatResult::failure(u"the event has no DTSTART"_s);
    const EventTime start = parseTime(*startLine, &notes);
    if (!start.value.isValid())
        return FormatResult::failure(u"DTSTART %1 is not a date"_s.arg(quoted(startLine->value.trimmed())));
    payload.start = start.value;
    payload.allDay = start.dateOnly;

    if (endLine) {
        const EventTime end = parseTime(*endLine, &notes);
        if (end.value.isValid())
            payload.end = end.value;
        else
            notes.append(u"DTEND %1 is not a date"_s.arg(quoted(endLine->value.trimmed())));
    } else if (!duration.isEmpty()) {
        if (const std::optional<qint64> seconds = parseDuration(duration))
            payload.end = payload.start.addSecs(*seconds);
        else
            notes.append(u"DURATION %1 is not a duration"_s.arg(quoted(duration.trimmed())));
    }
    if (payload.end.isValid() && payload.end < payload.start)
        notes.append(u"The event ends before it starts"_s);
    if (!event.ended)
        notes.append(u"The event has no END:VEVENT line"_s);
    return FormatResult::success(PayloadType::Event, std::move(payload), std::move(notes));
}

} // namespace SafeScan::PayloadInternal
