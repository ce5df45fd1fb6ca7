// EventUploader: batches at 20 events or after 30 s (manual scheduler, no sleeping), offline and
// failed sends keep the events queued (also across a restart), and accepted, duplicate and
// rejected events all leave the queue.
#include "AnalyticsFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using namespace SafeScan::Test;

namespace {

void recordScans(EventRecorder& recorder, int count)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(!recorder.recordScan(PayloadType::Url, VerdictLevel::NoKnownRisk, u"camera"_s, i).isEmpty());
}

} // namespace

class TestEventUploader : public QObject
{
    Q_OBJECT

private slots:
    void twentyEventsAreSentAtOnce();
    void fewerEventsWaitForTheInterval();
    void requestCarriesTheContract();
    void offlineKeepsEventsAndRetries();
    void queuedEventsSurviveARestart();
    void deliveredDuplicateAndRejectedLeaveTheQueue();
    void refusedBatchIsSplitUntilTheBadEventIsDropped();
    void unauthorizedKeepsEvents_data();
    void unauthorizedKeepsEvents();
    void oneRequestPerInstallId();
    void largeBacklogGoesInRequestsOfTheMaximum();
    void disabledSendsNothing();

private:
    std::unique_ptr<EventUploader> uploader(AnalyticsFixture& f, EventUploader::Options options = {})
    {
        auto up = std::make_unique<EventUploader>(*f.queue, *f.executor, f.context(), f.scheduler, options);
        connect(f.recorder.get(), &EventRecorder::recorded, up.get(), &EventUploader::eventRecorded);
        return up;
    }
};

void TestEventUploader::twentyEventsAreSentAtOnce()
{
    AnalyticsFixture f;
    QVERIFY(f.openRecording(acceptAll));
    auto up = uploader(f);
    QSignalSpy delivered(up.get(), &EventUploader::batchDelivered);
    recordScans(*f.recorder, 19);
    QVERIFY(up->isFlushPlanned());
    QCoreApplication::processEvents();
    QCOMPARE(f.network.requests().size(), 0); // 19 wait for the timer
    recordScans(*f.recorder, 1);              // the 20th sends at once, no time passes
    QTRY_COMPARE(delivered.count(), 1);
    QCOMPARE(f.network.requests().size(), 1);
    QCOMPARE(f.sentEvents(0).size(), 20);
    QCOMPARE(delivered.at(0).at(0).toInt(), 20);
    QCOMPARE(f.queue->unsentCount(), 0);
    QCOMPARE(f.queue->totalCount(), 20); // kept as sent history until the retention
    QVERIFY(!up->isFlushPlanned());
    QCOMPARE(up->counters().accepted, 20);
}

void TestEventUploader::fewerEventsWaitForTheInterval()
{
    AnalyticsFixture f;
    QVERIFY(f.openRecording(acceptAll));
    auto up = uploader(f);
    QSignalSpy delivered(up.get(), &EventUploader::batchDelivered);
    recordScans(*f.recorder, 3);
    QCOMPARE(f.scheduler.nextDelayMs(), 30'000);
    f.scheduler.advance(29'999);
    QCoreApplication::processEvents();
    QCOMPARE(f.network.requests().size(), 0);
    f.scheduler.advance(1);
    QTRY_COMPARE(delivered.count(), 1);
    QCOMPARE(f.sentEvents(0).size(), 3);
    QCOMPARE(f.queue->unsentCount(), 0);
    // The timer is armed by the first waiting event, not pushed back by later ones.
    recordScans(*f.recorder, 1);
    f.scheduler.advance(10'000);
    recordScans(*f.recorder, 1);
    f.scheduler.advance(20'000);
    QTRY_COMPARE(delivered.count(), 2);
    QCOMPARE(f.sentEvents(1).size(), 2);
}

void TestEventUploader::requestCarriesTheContract()
{
    AnalyticsFixture f;
    QVERIFY(f.openRecording(acceptAll));
    auto up = uploader(f);
    QSignalSpy delivered(up.get(), &EventUploader::batchDelivered);
    const QString id = f.recorder->recordScan(PayloadType::Wifi, VerdictLevel::Suspicious, u"screen"_s, 8);
    up->flush();
    QTRY_COMPARE(delivered.count(), 1);
    const FakeRequest& request = f.network.requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url.path(), u"/v1/events"_s);
    QCOMPARE(request.authorization, QByteArray("Bearer device-token-1"));
    QCOMPARE(request.contentType, QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.keys(), (QStringList{u"events"_s, u"install_id"_s}));
    QCOMPARE(body.value(u"install_id"_s).toString().size(), 32);
    const QJsonObject event = body.value(u"events"_s).toArray().at(0).toObject();
    QCOMPARE(event.keys(), (QStringList{u"id"_s, u"props"_s, u"time"_s, u"type"_s}));
    QCOMPARE(event.value(u"id"_s).toString(), id);
    QCOMPARE(event.value(u"type"_s).toString(), u"scan"_s);
    QCOMPARE(qint64(event.value(u"time"_s).toDouble()), kEpochStart);
    QCOMPARE(event.value(u"props"_s).toObject(), (QJsonObject{{u"payload_type"_s, u"wifi"_s},
                                                              {u"verdict"_s, u"suspicious"_s},
                                                              {u"source"_s, u"screen"_s},
                                                              {u"decode_ms"_s, 8}}));
}

void TestEventUploader::offlineKeepsEventsAndRetries()
{
    AnalyticsFixture f;
    QVERIFY(f.openRecording());
    bool online = false;
    f.network.setHandler([&online](const FakeRequest& request) {
        return online ? acceptAll(request) : FakeResponse::networkError(QNetworkReply::HostNotFoundError);
    });
    auto up = uploader(f);
    QSignalSpy failed(up.get(), &EventUploader::sendFailed);
    QSignalSpy delivered(up.get(), &EventUploader::batchDelivered);
    recordScans(*f.recorder, 20);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(f.queue->unsentCount(), 20);
    QVERIFY(up->isFlushPlanned());
    QCOMPARE(f.scheduler.nextDelayMs(), 30'000);
    QCOMPARE(up->lastError().kind, ApiError::Kind::Network);
    recordScans(*f.recorder, 5); // still offline: queued too
    f.scheduler.advance(30'000);
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(f.queue->unsentCount(), 25);
    online = true;
    f.scheduler.advance(30'000);
    QTRY_COMPARE(delivered.count(), 1);
    QCOMPARE(f.queue->unsentCount(), 0);
    QCOMPARE(f.sentEvents(f.network.requests().size() - 1).size(), 25);
}

void TestEventUploader::queuedEventsSurviveARestart()
{
    AnalyticsFixture f;
    QVERIFY(f.openRecording());
    f.network.setHandler([](const FakeRequest&) { return FakeResponse::json(503, "{\"error\":\"down\"}"); });
    QStringList ids;
    {
        auto up = uploader(f);
        QSignalSpy failed(up.get(), &EventUploader::sendFailed);
        for (int i = 0; i < 7; ++i)
            ids.append(f.recorder->recordVote(u"safe"_s));
        up->flush();
        QTRY_COMPARE(failed.count(), 1);
    } // the app quits with the events unsent
    QVERIFY(f.reopen());
    f.recorder->setEnabled(true);
    QCOMPARE(f.queue->unsentCount(), 7);
    f.network.setHandler(acceptAll);
    auto up = uploader(f);
    QSignalSpy delivered(up.get(), &EventUploader::batchDelivered);
    up->start();
    QVERIFY(up->isFlushPlanned());
    f.scheduler.advance(30'000);
    QTRY_COMPARE(delivered.count(), 1);
    QStringList sentIds;
    for (const QJsonValue& event : f.sentEvents(f.network.requests().size() - 1))
        sentIds.append(event.toObject().value(u"id"_s).toString());
    QCOMPARE(sentIds, ids);
    QCOMPARE(f.queue->unsentCount(), 0);
}

void TestEventUploader::deliveredDuplicateAndRejectedLeaveTheQueue()
{
    AnalyticsFixture f;
    QVERIFY(f.openRecording());
    auto up = uploader(f);
    QSignalSpy delivered(up.get(), &EventUploader::batchDelivered);
    const QStringList ids{f.recorder->recordReport(), f.recorder->recordReport(), f.recorder->recordReport()};
    f.network.enqueue(FakeResponse::json(
        200, u"{\"accepted\":1,\"duplicates\":1,\"rejected\":[{\"id\":\"%1\",\"error\":\"future\","
             u"\"message\":\"dated more than a day ahead\"}]}"_s.arg(ids[2])
                 .toUtf8()));
    up->flush();
    QTRY_COMPARE(delivered.count(), 1);
    QCOMPARE(delivered.at(0), (QVariantList{1, 1, 1}));
    QCOMPARE(f.queue->unsentCount(), 0);
    QCOMPARE(up->counters().accepted, 1);
    QCOMPARE(up->counters().duplicates, 1);
    QCOMPARE(up->counters().rejected, 1);
    // A garbled 200 is a failure: the events stay.
    f.recorder->recordReport();
    f.network.enqueue(FakeResponse::json(200, "{\"ok\":true}"));
    QSignalSpy failed(up.get(), &EventUploader::sendFailed);
    up->flush();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(up->lastError().kind, ApiError::Kind::Parse);
    QCOMPARE(f.queue->unsentCount(), 1);
}

void TestEventUploader::refusedBatchIsSplitUntilTheBadEventIsDropped()
{
    AnalyticsFixture f;
    QVERIFY(f.openRecording());
    QStringList ids;
    for (int i = 0; i < 4; ++i)
        ids.append(f.recorder->recordReport());
    const QString bad = ids[2];
    // The server refuses any request holding the bad event as a whole (a malformed envelope).
    f.network.setHandler([bad](const FakeRequest& request) {
        return request.body.contains(bad.toUtf8()) ? FakeResponse::json(400, "{\"error\":\"invalid_body\"}")
                                                   : acceptAll(request);
    });
    auto up = uploader(f);
    QSignalSpy drained(up.get(), &EventUploader::drained);
    up->flush();
    // 4 refused → 2 accepted + 2 refused → 1 accepted, 1 refused alone → dropped.
    // The split attempts are planned at once (delay 0); run them as they fall due.
    for (int round = 0; round < 10'000 && drained.isEmpty(); ++round) {
        QCoreApplication::processEvents();
        f.scheduler.runDue();
    }
    QCOMPARE(drained.count(), 1);
    QCOMPARE(f.queue->unsentCount(), 0);
    QCOMPARE(up->counters().accepted, 3);
    QCOMPARE(up->counters().rejected, 1);
    QCOMPARE(f.network.requests().size(), 5);
}

void TestEventUploader::unauthorizedKeepsEvents_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("signedIn");
    QTest::newRow("401") << 401 << true;
    QTest::newRow("403") << 403 << true;
    QTest::newRow("429") << 429 << true;
    QTest::newRow("no token") << 0 << false;
}

void TestEventUploader::unauthorizedKeepsEvents()
{
    QFETCH(int, status);
    QFETCH(bool, signedIn);
    AnalyticsFixture f;
    QVERIFY(f.openRecording());
    if (!signedIn)
        f.token.clear();
    f.network.setHandler(
        [status](const FakeRequest&) { return FakeResponse::json(status, "{\"error\":\"x\"}"); });
    auto up = uploader(f);
    QSignalSpy failed(up.get(), &EventUploader::sendFailed);
    f.recorder->recordReport();
    up->flush();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(f.queue->unsentCount(), 1);
    QCOMPARE(f.network.requests().size(), signedIn ? 1 : 0);
    QCOMPARE(f.scheduler.nextDelayMs() >= 30'000 || status == 429, true);
}

void TestEventUploader::oneRequestPerInstallId()
{
    AnalyticsFixture f;
    QVERIFY(f.openRecording(acceptAll));
    auto up = uploader(f);
    QSignalSpy drained(up.get(), &EventUploader::drained);
    up->setEnabled(false); // offline overnight: nothing is sent
    f.recorder->recordReport();
    f.recorder->recordReport();
    f.clock.advance(kDayMs); // the next UTC day: a new install id
    f.recorder->recordReport();
    up->setEnabled(true);
    up->flush();
    QTRY_COMPARE(drained.count(), 1);
    QCOMPARE(f.network.requests().size(), 2);
    const auto installId = [&f](int i) {
        return QJsonDocument::fromJson(f.network.requests().at(i).body)
            .object()
            .value(u"install_id"_s)
            .toString();
    };
    QVERIFY(installId(0) != installId(1));
    QCOMPARE(f.sentEvents(0).size(), 2);
    QCOMPARE(f.sentEvents(1).size(), 1);
}

void TestEventUploader::largeBacklogGoesInRequestsOfTheMaximum()
{
    AnalyticsFixture f;
    QVERIFY(f.openRecording(acceptAll));
    EventUploader::Options options;
    options.maxPerRequest = 50;
    auto up = uploader(f, options);
    up->setEnabled(false);
    recordScans(*f.recorder, 120);
    QSignalSpy drained(up.get(), &EventUploader::drained);
    up->setEnabled(true);
    up->flush();
    QTRY_COMPARE(drained.count(), 1);
    QCOMPARE(f.network.requests().size(), 3);
    QCOMPARE(f.sentEvents(0).size(), 50);
    QCOMPARE(f.sentEvents(2).size(), 20);
    QCOMPARE(f.queue->unsentCount(), 0);
}

void TestEventUploader::disabledSendsNothing()
{
    AnalyticsFixture f;
    QVERIFY(f.openRecording(acceptAll));
    auto up = uploader(f);
    recordScans(*f.recorder, 3);
    up->setEnabled(false);
    QVERIFY(!up->isFlushPlanned());
    f.scheduler.advance(60'000);
    up->flush();
    QCoreApplication::processEvents();
    QCOMPARE(f.network.requests().size(), 0);
    QCOMPARE(f.queue->unsentCount(), 3);
}

QTEST_GUILESS_MAIN(TestEventUploader)
#include "TestEventUploader.moc"
