// The checks of POST /v1/events below HTTP (analytics/EventBatch): which events of a batch are
// taken, which are refused and why (one row per rule), and which envelopes refuse the whole batch.
#include "analytics/EventBatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

constexpr qint64 Now = 1'790'000'000'000; // 2026-09-21
const QString InstallId = u"0123456789abcdef0123456789abcdef"_s;
const QString EventId = u"6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"_s;

QJsonObject eventJson(const QString& type, const QJsonObject& props = {}, qint64 time = Now - 1000)
{
    return {{u"id"_s, EventId}, {u"type"_s, type}, {u"time"_s, double(time)}, {u"props"_s, props}};
}

QByteArray body(const QJsonArray& events, const QString& installId = InstallId)
{
    return QJsonDocument(QJsonObject{{u"install_id"_s, installId}, {u"events"_s, events}}).toJson();
}

} // namespace

class TestEventBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventRules_data();
    void eventRules();
    void envelopeRules_data();
    void envelopeRules();
    void restOfTheBatchIsTaken();
    void idsAreLowercased();
};

void TestEventBatch::eventRules_data()
{
    QTest::addColumn<QJsonValue>("event");
    QTest::addColumn<QString>("error"); // empty: accepted

    const QJsonObject scan{{u"payload_type"_s, u"url"_s},
                           {u"verdict"_s, u"dangerous"_s},
                           {u"source"_s, u"camera"_s},
                           {u"decode_ms"_s, 12}};
    QTest::newRow("scan with every field") << QJsonValue(eventJson(u"scan"_s, scan)) << QString();
    QTest::newRow("scan without props")
        << QJsonValue(QJsonObject{{u"id"_s, EventId}, {u"type"_s, u"scan"_s}, {u"time"_s, double(Now)}})
        << QString();
    QTest::newRow("app_start") << QJsonValue(eventJson(u"app_start"_s, {{u"version"_s, u"1.2.3"_s}}))
                               << QString();
    QTest::newRow("vote retract") << QJsonValue(eventJson(u"vote"_s, {{u"vote"_s, u"retract"_s}}))
                                  << QString();
    QTest::newRow("report") << QJsonValue(eventJson(u"report"_s)) << QString();
    QTest::newRow("sync error") << QJsonValue(eventJson(u"sync"_s, {{u"result"_s, u"error"_s},
                                                                    {u"pushed"_s, 3},
                                                                    {u"pulled"_s, 0},
                                                                    {u"error_class"_s, u"timeout"_s}}))
                                << QString();
    QTest::newRow("error") << QJsonValue(eventJson(u"error"_s, {{u"error_class"_s, u"camera.denied"_s}}))
                           << QString();
    QTest::newRow("24 h ahead exactly")
        << QJsonValue(eventJson(u"scan"_s, {}, Now + MaxEventAheadMs)) << QString();

    QTest::newRow("over 24 h ahead") << QJsonValue(eventJson(u"scan"_s, {}, Now + MaxEventAheadMs + 1))
                                     << u"future"_s;
    QJsonObject large = eventJson(u"error"_s, {{u"error_class"_s, QString(MaxEventBytes, u'a')}});
    QTest::newRow("over 64 KB") << QJsonValue(large) << u"too_large"_s;
    QTest::newRow("not an object") << QJsonValue(u"scan"_s) << u"invalid"_s;
    QJsonObject noId = eventJson(u"scan"_s);
    noId.remove(u"id"_s);
    QTest::newRow("no id") << QJsonValue(noId) << u"invalid"_s;
    QJsonObject badId = eventJson(u"scan"_s);
    badId.insert(u"id"_s, u"not-a-uuid-not-a-uuid-not-a-uuid-123"_s);
    QTest::newRow("id not a uuid") << QJsonValue(badId) << u"invalid"_s;
    QTest::newRow("unknown type") << QJsonValue(eventJson(u"install"_s)) << u"invalid"_s;
    QJsonObject stringTime = eventJson(u"scan"_s);
    stringTime.insert(u"time"_s, u"yesterday"_s);
    QTest::newRow("time not a number") << QJsonValue(stringTime) << u"invalid"_s;
    QJsonObject fractionalTime = eventJson(u"scan"_s);
    fractionalTime.insert(u"time"_s, 1.5);
    QTest::newRow("time not whole") << QJsonValue(fractionalTime) << u"invalid"_s;
    QJsonObject propsArray = eventJson(u"scan"_s);
    propsArray.insert(u"props"_s, QJsonArray{1});
    QTest::newRow("props not an object") << QJsonValue(propsArray) << u"invalid"_s;
    QJsonObject extra = eventJson(u"scan"_s);
    extra.insert(u"install_id"_s, InstallId);
    QTest::newRow("unknown event field") << QJsonValue(extra) << u"unknown_field"_s;
    QTest::newRow("content in a scan")
        << QJsonValue(eventJson(u"scan"_s, {{u"content"_s, u"https://x.example/"_s}})) << u"unknown_field"_s;
    QTest::newRow("hash in a vote") << QJsonValue(eventJson(u"vote"_s, {{u"hash"_s, u"00"_s}}))
                                    << u"unknown_field"_s;
    QTest::newRow("props on a report")
        << QJsonValue(eventJson(u"report"_s, {{u"reason"_s, u"scam"_s}})) << u"unknown_field"_s;
    QTest::newRow("unknown payload type")
        << QJsonValue(eventJson(u"scan"_s, {{u"payload_type"_s, u"fax"_s}})) << u"invalid"_s;
    QTest::newRow("unknown verdict") << QJsonValue(eventJson(u"scan"_s, {{u"verdict"_s, u"safe"_s}}))
                                     << u"invalid"_s;
    QTest::newRow("unknown source") << QJsonValue(eventJson(u"scan"_s, {{u"source"_s, u"fax"_s}}))
                                    << u"invalid"_s;
    QTest::newRow("negative decode time")
        << QJsonValue(eventJson(u"scan"_s, {{u"decode_ms"_s, -1}})) << u"invalid"_s;
    QTest::newRow("vote value") << QJsonValue(eventJson(u"vote"_s, {{u"vote"_s, u"maybe"_s}}))
                                << u"invalid"_s;
    QTest::newRow("sync result") << QJsonValue(eventJson(u"sync"_s, {{u"result"_s, u"meh"_s}}))
                                 << u"invalid"_s;
    QTest::newRow("error class with a URL")
        << QJsonValue(eventJson(u"error"_s, {{u"error_class"_s, u"https://x/"_s}})) << u"invalid"_s;
    QTest::newRow("version text") << QJsonValue(eventJson(u"app_start"_s, {{u"version"_s, u"latest"_s}}))
                                  << u"invalid"_s;
}

void TestEventBatch::eventRules()
{
    QFETCH(QJsonValue, event);
    QFETCH(QString, error);
    const EventBatchParse parsed = parseEventBatch(body({event}), Now);
    QVERIFY(!parsed.error);
    QVERIFY(parsed.batch);
    if (error.isEmpty()) {
        QCOMPARE(parsed.batch->events.size(), 1);
        QVERIFY(parsed.batch->rejected.isEmpty());
        return;
    }
    QCOMPARE(parsed.batch->events.size(), 0);
    QCOMPARE(parsed.batch->rejected.size(), 1);
    QCOMPARE(parsed.batch->rejected.constFirst().error, error);
    QVERIFY(!parsed.batch->rejected.constFirst().message.isEmpty());
}

void TestEventBatch::envelopeRules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\"install_id\": ") << u"malformed_json"_s;
    QTest::newRow("array") << QByteArray("[]") << u"invalid_type"_s;
    QTest::newRow("no install id") << QByteArray("{\"events\": []}") << u"invalid_install_id"_s;
    QTest::newRow("uppercase install id") << body({}, InstallId.toUpper()) << u"invalid_install_id"_s;
    QTest::newRow("short install id") << body({}, InstallId.left(31)) << u"invalid_install_id"_s;
    QTest::newRow("events not an array")
        << QByteArray("{\"install_id\": \"" + InstallId.toLatin1() + "\", \"events\": {}}")
        << u"invalid_type"_s;
    QTest::newRow("unknown envelope field") << QByteArray("{\"install_id\": \"" + InstallId.toLatin1() +
                                                          "\", \"events\": [], \"ip\": \"1.2.3.4\"}")
                                            << u"unknown_field"_s;
    QJsonArray tooMany;
    for (int i = 0; i <= MaxEventsPerBatch; ++i)
        tooMany.append(eventJson(u"report"_s));
    QTest::newRow("501 events") << body(tooMany) << u"too_many_events"_s;
}

void TestEventBatch::envelopeRules()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const EventBatchParse parsed = parseEventBatch(body, Now);
    QVERIFY(!parsed.batch);
    QVERIFY(parsed.error);
    QCOMPARE(parsed.error->code, error);
    QCOMPARE(int(parsed.error->status), 400);
}

void TestEventBatch::restOfTheBatchIsTaken()
{
    QJsonObject second = eventJson(u"scan"_s);
    second.insert(u"id"_s, u"6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e50"_s);
    const EventBatchParse parsed =
        parseEventBatch(body({eventJson(u"report"_s), QJsonValue(42),
                              eventJson(u"scan"_s, {}, Now + 2 * MaxEventAheadMs), second}),
                        Now);
    QVERIFY(parsed.batch);
    QCOMPARE(parsed.batch->events.size(), 2);
    QCOMPARE(parsed.batch->rejected.size(), 2);
    // Named by index when there is no usable id, else by id.
    QCOMPARE(parsed.batch->rejected.at(0).id, u"1"_s);
    QCOMPARE(parsed.batch->rejected.at(1).id, EventId);
    QCOMPARE(parsed.batch->rejected.at(1).error, u"future"_s);
}

void TestEventBatch::idsAreLowercased()
{
    QJsonObject upper = eventJson(u"report"_s);
    upper.insert(u"id"_s, EventId.toUpper());
    const EventBatchParse parsed = parseEventBatch(body({upper}), Now);
    QVERIFY(parsed.batch);
    QCOMPARE(parsed.batch->events.constFirst().id, EventId);
}

QTEST_GUILESS_MAIN(TestEventBatch)
#include "TestEventBatch.moc"
