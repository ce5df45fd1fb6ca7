// EventRecorder: opt-in, content-free events with an install id rotated every UTC day, and the
// "see and export what was recorded" API.
#include "AnalyticsFixture.h"
#include "analytics/InstallId.h"
#include "localdata/AppState.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

class TestEventRecorder : public QObject
{
    Q_OBJECT

private slots:
    void offByDefault();
    void recordsEachKind_data();
    void recordsEachKind();
    void refusesWhatIsNotAllowed_data();
    void refusesWhatIsNotAllowed();
    void installIdIsRandomAndRotatesDaily();
    void installIdSurvivesRestartWithinTheDay();
    void turningOffDeletesUnsentEvents();
    void exportShowsWhatWasRecorded();
    void exportFailsClearly();
};

void TestEventRecorder::offByDefault()
{
    AnalyticsFixture f;
    QVERIFY(f.open());
    QVERIFY(!f.recorder->isEnabled());
    QString error;
    QVERIFY(
        f.recorder->recordScan(PayloadType::Url, VerdictLevel::Dangerous, u"camera"_s, 12, &error).isEmpty());
    QVERIFY(error.contains(u"off"_s));
    QCOMPARE(f.queue->totalCount(), 0);
    // Nothing about the install is stored either while off.
    QVERIFY(!AppState(*f.db).contains(InstallId::idKey()));
}

void TestEventRecorder::recordsEachKind_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("props");
    QTest::newRow("app_start") << u"app_start"_s << QJsonObject{{u"version"_s, u"1.2.3"_s}};
    QTest::newRow("scan") << u"scan"_s
                          << QJsonObject{{u"payload_type"_s, u"wifi"_s},
                                         {u"verdict"_s, u"suspicious"_s},
                                         {u"source"_s, u"camera"_s},
                                         {u"decode_ms"_s, 17}};
    QTest::newRow("vote") << u"vote"_s << QJsonObject{{u"vote"_s, u"unsafe"_s}};
    QTest::newRow("report") << u"report"_s << QJsonObject{};
    QTest::newRow("sync ok") << u"sync"_s
                             << QJsonObject{{u"result"_s, u"ok"_s}, {u"pushed"_s, 3}, {u"pulled"_s, 4}};
    QTest::newRow("sync error") << u"sync"_s
                                << QJsonObject{{u"result"_s, u"error"_s},
                                               {u"pushed"_s, 0},
                                               {u"pulled"_s, 0},
                                               {u"error_class"_s, u"timeout"_s}};
    QTest::newRow("error") << u"error"_s << QJsonObject{{u"error_class"_s, u"history_save_failed"_s}};
}

void TestEventRecorder::recordsEachKind()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, props);
    AnalyticsFixture f;
    QVERIFY(f.openRecording());
    QSignalSpy recorded(f.recorder.get(), &EventRecorder::recorded);
    QString error;
    QString id;
    if (type == u"app_start"_s)
        id = f.recorder->recordAppStart(u"1.2.3"_s, &error);
    else if (type == u"scan"_s)
        id = f.recorder->recordScan(PayloadType::Wifi, VerdictLevel::Suspicious, u"camera"_s, 17, &error);
    else if (type == u"vote"_s)
        id = f.recorder->recordVote(u"unsafe"_s, &error);
    else if (type == u"report"_s)
        id = f.recorder->recordReport(&error);
    else if (type == u"sync"_s)
        id = f.recorder->recordSync(props.value(u"result"_s) == u"ok"_s, props.value(u"pushed"_s).toInt(),
                                    props.value(u"pulled"_s).toInt(),
                                    props.value(u"error_class"_s).toString(), &error);
    else
        id = f.recorder->recordError(u"history_save_failed"_s, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(recorded.at(0).at(0).toString(), type);
    const QList<AnalyticsEvent> events = f.queue->takeBatch(10);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].eventId, id);
    QCOMPARE(events[0].kind, type);
    QCOMPARE(events[0].createdAtMs, kEpochStart);
    QCOMPARE(events[0].body.value(u"props"_s).toObject(), props);
    QCOMPARE(events[0].body.keys(), (QStringList{u"install_id"_s, u"props"_s}));
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s)
                .match(events[0].body.value(u"install_id"_s).toString())
                .hasMatch());
}

void TestEventRecorder::refusesWhatIsNotAllowed_data()
{
    QTest::addColumn<int>("what");
    QTest::newRow("unknown source") << 0;
    QTest::newRow("error class with content") << 1;
    QTest::newRow("error class too long") << 2;
    QTest::newRow("unknown vote") << 3;
    QTest::newRow("version with text") << 4;
    QTest::newRow("negative sync counts") << 5;
    QTest::newRow("sync error class with a URL") << 6;
}

void TestEventRecorder::refusesWhatIsNotAllowed()
{
    QFETCH(int, what);
    AnalyticsFixture f;
    QVERIFY(f.openRecording());
    QString error;
    QString id;
    switch (what) {
    case 0:
        id = f.recorder->recordScan(PayloadType::Url, VerdictLevel::Unknown, u"https://evil.example"_s, {},
                                    &error);
        break;
    case 1:
        id = f.recorder->recordError(u"cannot open https://evil.example/x"_s, &error);
        break;
    case 2:
        id = f.recorder->recordError(QString(49, u'a'), &error);
        break;
    case 3:
        id = f.recorder->recordVote(u"maybe"_s, &error);
        break;
    case 4:
        id = f.recorder->recordAppStart(u"1.0 on host alice-laptop"_s, &error);
        break;
    case 5:
        id = f.recorder->recordSync(true, -1, 0, {}, &error);
        break;
    case 6:
        id = f.recorder->recordSync(false, 0, 0, u"https://evil.example"_s, &error);
        break;
    }
    QVERIFY(id.isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(f.queue->totalCount(), 0);
}

void TestEventRecorder::installIdIsRandomAndRotatesDaily()
{
    AnalyticsFixture f;
    QVERIFY(f.openRecording());
    auto installIdOfLast = [&f] {
        const QList<AnalyticsEvent> all = f.queue->allEvents();
        return all.isEmpty() ? QString() : all.last().body.value(u"install_id"_s).toString();
    };
    QVERIFY(!f.recorder->recordReport().isEmpty());
    const QString first = installIdOfLast();
    f.clock.advance(13LL * 60 * 60 * 1000); // 23:00 UTC, same day
    QVERIFY(!f.recorder->recordReport().isEmpty());
    QCOMPARE(installIdOfLast(), first);
    f.clock.advance(60LL * 60 * 1000 + 1); // just past midnight UTC
    QVERIFY(!f.recorder->recordReport().isEmpty());
    const QString second = installIdOfLast();
    QVERIFY(second != first);
    QVERIFY(!second.isEmpty());
    f.clock.advance(kDayMs);
    QVERIFY(!f.recorder->recordReport().isEmpty());
    QVERIFY(installIdOfLast() != second && installIdOfLast() != first);
    // Only the current day's id is kept; the earlier ones are gone from app_state.
    QCOMPARE(AppState(*f.db).text(InstallId::idKey()), installIdOfLast());
    QCOMPARE(AppState(*f.db).integer(InstallId::dayKey()), InstallId::utcDay(f.clock.epochMs()));
    // Two installs on the same day get different ids.
    AnalyticsFixture other;
    QVERIFY(other.open());
    other.clock.advance(f.clock.nowMs() - other.clock.nowMs());
    QVERIFY(InstallId(*other.db, other.clock).current() != installIdOfLast());
}

void TestEventRecorder::installIdSurvivesRestartWithinTheDay()
{
    AnalyticsFixture f;
    QVERIFY(f.open());
    const QString before = InstallId(*f.db, f.clock).current();
    QVERIFY(f.reopen());
    QCOMPARE(InstallId(*f.db, f.clock).current(), before);
    // A damaged stored id is replaced.
    QVERIFY(AppState(*f.db).setValue(InstallId::idKey(), u"not-an-id"_s));
    const QString replaced = InstallId(*f.db, f.clock).current();
    QVERIFY(replaced != before);
    QCOMPARE(replaced.size(), 32);
}

void TestEventRecorder::turningOffDeletesUnsentEvents()
{
    AnalyticsFixture f;
    QVERIFY(f.open());
    QSignalSpy changed(f.recorder.get(), &EventRecorder::enabledChanged);
    f.recorder->setEnabled(true);
    const QString sent = f.recorder->recordReport();
    QVERIFY(!f.recorder->recordVote(u"safe"_s).isEmpty());
    QCOMPARE(f.queue->markSent({sent}), 1);
    f.recorder->setEnabled(false);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(f.queue->unsentCount(), 0); // consent withdrawn: nothing left to send
    QCOMPARE(f.queue->totalCount(), 1);  // what was sent stays visible until the retention
    QCOMPARE(f.queue->droppedCount(), 0);
    QCOMPARE(f.recorder->clearRecorded(), 1);
    QCOMPARE(f.queue->totalCount(), 0);
}

void TestEventRecorder::exportShowsWhatWasRecorded()
{
    AnalyticsFixture f;
    QVERIFY(f.openRecording());
    const QString a = f.recorder->recordScan(PayloadType::Url, VerdictLevel::Dangerous, u"file"_s, 40);
    f.clock.advance(1000);
    const QString b = f.recorder->recordVote(u"retract"_s);
    QCOMPARE(f.queue->markSent({a}), 1);

    const QJsonObject json = f.recorder->exportJson();
    QCOMPARE(json.value(u"recording_enabled"_s).toBool(), true);
    QCOMPARE(json.value(u"retention_days"_s).toInt(), 30);
    QCOMPARE(json.value(u"pending"_s).toInt(), 1);
    QCOMPARE(json.value(u"sent"_s).toInt(), 1);
    const QJsonArray events = json.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].toObject().value(u"id"_s).toString(), a);
    QCOMPARE(events[0].toObject().value(u"sent"_s).toBool(), true);
    QCOMPARE(events[0].toObject().value(u"type"_s).toString(), u"scan"_s);
    QCOMPARE(events[0].toObject().value(u"props"_s).toObject().value(u"verdict"_s).toString(),
             u"dangerous"_s);
    QCOMPARE(events[1].toObject().value(u"id"_s).toString(), b);
    QCOMPARE(events[1].toObject().value(u"sent"_s).toBool(), false);
    QCOMPARE(events[1].toObject().value(u"time"_s).toString(), u"2026-11-19T10:00:01.000Z"_s);

    const QString path = f.dir.filePath(u"recorded.json"_s);
    QString error;
    QVERIFY2(f.recorder->exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(u"events"_s).toArray(), events);
}

void TestEventRecorder::exportFailsClearly()
{
    AnalyticsFixture f;
    QVERIFY(f.open());
    QString error;
    QVERIFY(!f.recorder->exportTo(f.dir.filePath(u"missing-folder/recorded.json"_s), &error));
    QVERIFY(error.contains(u"missing-folder"_s));
}

QTEST_GUILESS_MAIN(TestEventRecorder)
#include "TestEventRecorder.moc"
