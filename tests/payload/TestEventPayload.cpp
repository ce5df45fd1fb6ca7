// iCalendar VEVENT payloads.
#include "payload/PayloadParser.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestEventPayload : public QObject
{
    Q_OBJECT

private slots:
    void event_data();
    void event();
};

void TestEventPayload::event_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<bool>("allDay");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<int>("noteCount");
    QTest::addColumn<int>("timeSpec"); // of the parsed start

    const int utc = static_cast<int>(Qt::UTC);
    const int local = static_cast<int>(Qt::LocalTime);
    const int zone = static_cast<int>(Qt::TimeZone);

    const QDate day(2026, 11, 22);
    QTest::newRow("UTC in VCALENDAR, alarm skipped")
        << u"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Team meeting\\, "
           u"weekly\r\nDTSTART:20261122T101500Z\r\n"
           "DTEND:20261122T111500Z\r\nLOCATION:Room 1\\; Building "
           "B\r\nDESCRIPTION:Agenda:\\nhttps://example.com/agenda\r\n"
           "URL:https://example.com/meet\r\nBEGIN:VALARM\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"_s
        << u"Team meeting, weekly"_s << u"Room 1; Building B"_s << u"Agenda:\nhttps://example.com/agenda"_s
        << QDateTime(day, QTime(10, 15), Qt::UTC) << QDateTime(day, QTime(11, 15), Qt::UTC) << false
        << QStringList{u"https://example.com/meet"_s} << 0 << utc;
    QTest::newRow("all-day without VCALENDAR")
        << u"BEGIN:VEVENT\nSUMMARY:Holiday\nDTSTART;VALUE=DATE:20261122\nDTEND;VALUE=DATE:20261123\nEND:VEVENT"_s
        << u"Holiday"_s << QString() << QString() << QDateTime(day, QTime(0, 0))
        << QDateTime(day.addDays(1), QTime(0, 0)) << true << QStringList() << 0 << local;
    QTest::newRow("local time, lower case, duration")
        << u"begin:vevent\nsummary:Local\ndtstart:20261122T101500\nduration:PT1H30M\nend:vevent"_s
        << u"Local"_s << QString() << QString() << QDateTime(day, QTime(10, 15))
        << QDateTime(day, QTime(11, 45)) << false << QStringList() << 0 << local;
    QTest::newRow("TZID")
        << u"BEGIN:VEVENT\nDTSTART;TZID=Europe/Berlin:20261122T101500\nDTEND;TZID=\"Europe/Berlin\":20261122T111500\nSUMMARY:Berlin\nEND:VEVENT"_s
        << u"Berlin"_s << QString() << QString() << QDateTime(day, QTime(9, 15), Qt::UTC)
        << QDateTime(day, QTime(10, 15), Qt::UTC) << false << QStringList() << 0 << zone;
    QTest::newRow("folded description, ISO dashes, no end")
        << u"BEGIN:VEVENT\r\nDTSTART:2026-11-22T10:15:00Z\r\nDESCRIPTION:Long text that is\r\n  folded here\r\nURL:https://a.example/x\r\nURL:https://b.example/y\r\nEND:VEVENT"_s
        << QString() << QString() << u"Long text that is folded here"_s
        << QDateTime(day, QTime(10, 15), Qt::UTC) << QDateTime() << false
        << QStringList{u"https://a.example/x"_s, u"https://b.example/y"_s} << 0 << utc;
    QTest::newRow("bad end, unknown zone, no END")
        << u"BEGIN:VEVENT\nDTSTART;TZID=Mars/Olympus:20261122T101500\nDTEND:tomorrow\n"_s << QString()
        << QString() << QString() << QDateTime(day, QTime(10, 15)) << QDateTime() << false << QStringList()
        << 3 << local;
}

void TestEventPayload::event()
{
    QFETCH(QString, input);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(int, noteCount);
    const Payload payload = PayloadParser::parse(input);
    QCOMPARE(payloadTypeName(payload.type), u"event"_s);
    const auto* event = payload.as<EventPayload>();
    QVERIFY(event);
    QTEST(event->summary, "summary");
    QTEST(event->location, "location");
    QTEST(event->description, "description");
    QCOMPARE(event->start, start);
    QTEST(static_cast<int>(event->start.timeSpec()), "timeSpec");
    QCOMPARE(event->end.isValid(), end.isValid());
    if (end.isValid())
        QCOMPARE(event->end, end);
    QTEST(event->allDay, "allDay");
    QTEST(event->urls, "urls");
    QCOMPARE(payload.notes.size(), noteCount);
}

QTEST_GUILESS_MAIN(TestEventPayload)
#include "TestEventPayload.moc"
