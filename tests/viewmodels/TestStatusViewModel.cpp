// StatusViewModel: service health in words (bound to ServiceHealth), outbox, last sync, round trip
// and the long work with its cancel request.
#include "ManualClock.h"
#include "api/ServiceHealth.h"
#include "viewmodels/StatusViewModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestStatusViewModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsServiceHealth_data()
    {
        QTest::addColumn<int>("outcome"); // 0 ok, 1 network error, 2 server error, 3 circuit open
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("icon");
        QTest::newRow("online") << 0 << u"Community API: online"_s << u":/icons/status-online.svg"_s;
        QTest::newRow("offline") << 1 << u"Community API: offline"_s << u":/icons/status-offline.svg"_s;
        QTest::newRow("degraded") << 2 << u"Community API: degraded"_s << u":/icons/status-degraded.svg"_s;
        QTest::newRow("circuit open") << 3 << u"Community API: circuit open (paused, retrying later)"_s
                                      << u":/icons/status-circuit-open.svg"_s;
    }
    void followsServiceHealth()
    {
        QFETCH(int, outcome);
        QFETCH(QString, text);
        QFETCH(QString, icon);
        Test::ManualClock clock;
        ServiceHealth health(Service::Api, clock);
        StatusViewModel model(clock);
        model.bindService(&health);
        QCOMPARE(model.serviceText(Service::Api), u"Community API: not connected"_s);
        QSignalSpy changed(&model, &StatusViewModel::changed);
        if (outcome == 0)
            health.recordOutcome(ApiError{});
        else if (outcome == 1)
            health.recordOutcome(ApiError::network(QNetworkReply::ConnectionRefusedError, u"refused"_s));
        else if (outcome == 2)
            health.recordOutcome(ApiError::http(503, {}, 0));
        else
            health.setCircuitOpen(true);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.serviceText(Service::Api), text);
        QCOMPARE(StatusViewModel::stateIconPath(model.serviceState(Service::Api)), icon);
        // The other services are untouched.
        QCOMPARE(model.serviceText(Service::Live), u"Live updates: not connected"_s);
    }

    void everyStateHasItsOwnWordAndIcon()
    {
        QSet<QString> words;
        QSet<QString> icons;
        for (ServiceState s : {ServiceState::Unknown, ServiceState::Online, ServiceState::Degraded,
                               ServiceState::Offline, ServiceState::CircuitOpen}) {
            words.insert(StatusViewModel::stateLabel(s));
            icons.insert(StatusViewModel::stateIconPath(s));
        }
        QCOMPARE(words.size(), 5);
        QCOMPARE(icons.size(), 5);
    }

    void setServiceStateDirectly()
    {
        Test::ManualClock clock;
        StatusViewModel model(clock);
        QSignalSpy changed(&model, &StatusViewModel::changed);
        model.setServiceState(Service::Live, ServiceState::Online);
        model.setServiceState(Service::Live, ServiceState::Online);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.serviceText(Service::Live), u"Live updates: online"_s);
    }

    void queuesSyncAndRoundTrip()
    {
        Test::ManualClock clock(0, 1'800'000'000'000);
        StatusViewModel model(clock);
        QCOMPARE(model.outboxText(), u"Outbox: unknown"_s);
        model.setOutboxDepth(0);
        QCOMPARE(model.outboxText(), u"Outbox: empty"_s);
        model.setOutboxDepth(3);
        QCOMPARE(model.outboxText(), u"Outbox: 3 change(s) waiting to sync"_s);
        QCOMPARE(model.lastSyncText(), u"Last sync: never"_s);
        model.setLastSync(clock.epochMs() - 20'000);
        QCOMPARE(model.lastSyncText(), u"Last sync: just now"_s);
        clock.advance(5 * 60'000);
        QCOMPARE(model.lastSyncText(), u"Last sync: 5 minute(s) ago"_s);
        clock.advance(3 * 3'600'000);
        QCOMPARE(model.lastSyncText(), u"Last sync: 3 hour(s) ago"_s);
        QCOMPARE(model.roundTripText(), QString());
        model.setRoundTripMs(42);
        QCOMPARE(model.roundTripText(), u"Live round trip: 42 ms"_s);
        model.setRoundTripMs(std::nullopt);
        QCOMPARE(model.roundTripText(), QString());

        QCOMPARE(model.syncErrorText(), QString());
        QSignalSpy changed(&model, &StatusViewModel::changed);
        model.setSyncError(u"The server cannot be reached."_s);
        QCOMPARE(model.syncErrorText(), u"Sync failed: The server cannot be reached."_s);
        QCOMPARE(changed.size(), 1);
        model.setSyncError(u"The server cannot be reached."_s); // no change, no signal
        QCOMPARE(changed.size(), 1);
        model.setSyncError({});
        QCOMPARE(model.syncErrorText(), QString());
    }

    void longWork()
    {
        Test::ManualClock clock;
        StatusViewModel model(clock);
        QVERIFY(!model.currentWork());
        const int folder = model.beginWork(u"Scanning folder"_s, true);
        QCOMPARE(model.workText(), u"Scanning folder…"_s);
        model.updateWork(folder, 3, 10);
        QCOMPARE(model.workText(), u"Scanning folder: 3 of 10"_s);
        const int backup = model.beginWork(u"Backing up"_s);
        QCOMPARE(model.currentWork()->id, backup); // the newest is shown
        QSignalSpy cancel(&model, &StatusViewModel::cancelRequested);
        model.requestCancel();
        QCOMPARE(cancel.size(), 0); // the backup shown cannot be cancelled here
        model.endWork(backup);
        QCOMPARE(model.currentWork()->id, folder);
        model.requestCancel();
        QCOMPARE(cancel.size(), 1);
        QCOMPARE(cancel.first().first().toInt(), folder);
        model.endWork(folder);
        QVERIFY(!model.currentWork());
        QCOMPARE(model.workText(), QString());
    }
};

QTEST_GUILESS_MAIN(TestStatusViewModel)
#include "TestStatusViewModel.moc"
