// The status bar: each service's health in words with its own icon (never colour alone), the
// outbox depth from the store, and long work with progress and cancel.
#include "UiFixture.h"
#include "api/ServiceHealth.h"
#include "ui/ScanView.h"
#include "ui/StatusPanel.h"
#include "viewmodels/ScanViewModel.h"
#include "viewmodels/StatusViewModel.h"

#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestStatusBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reflectsServiceHealth()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        StatusPanel* panel = ui.window->statusPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->serviceText(Service::Api), u"Community API: not connected"_s);
        QCOMPARE(panel->serviceText(Service::Live), u"Live updates: not connected"_s);
        QCOMPARE(panel->serviceText(Service::Analytics), u"Analytics: not connected"_s);

        ServiceHealth api(Service::Api, ui.context->clock());
        ServiceHealth live(Service::Live, ui.context->clock());
        ui.window->statusModel()->bindService(&api);
        ui.window->statusModel()->bindService(&live);
        api.recordOutcome(ApiError{});
        QCOMPARE(panel->serviceText(Service::Api), u"Community API: online"_s);
        const QString onlineIcon = panel->serviceIconPath(Service::Api);
        api.recordOutcome(ApiError::network(QNetworkReply::TimeoutError, u"timed out"_s));
        QCOMPARE(panel->serviceText(Service::Api), u"Community API: offline"_s);
        QVERIFY(panel->serviceIconPath(Service::Api) != onlineIcon);
        api.setCircuitOpen(true);
        QCOMPARE(panel->serviceText(Service::Api), u"Community API: circuit open (paused, retrying later)"_s);
        live.recordOutcome(ApiError::http(503, {}, 0));
        QCOMPARE(panel->serviceText(Service::Live), u"Live updates: degraded"_s);
        QCOMPARE(panel->serviceText(Service::Analytics), u"Analytics: not connected"_s);

        ui.window->statusModel()->setRoundTripMs(35);
        QCOMPARE(panel->roundTripText(), u"Live round trip: 35 ms"_s);
        ui.window->statusModel()->setLastSync(ui.context->clock().epochMs());
        QCOMPARE(panel->lastSyncText(), u"Last sync: just now"_s);
        QCOMPARE(panel->syncErrorText(), QString()); // hidden while syncs succeed
        ui.window->statusModel()->setSyncError(u"The server cannot be reached."_s);
        QCOMPARE(panel->syncErrorText(), u"Sync failed: The server cannot be reached."_s);
    }

    void outboxDepthFollowsScans()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        StatusPanel* panel = ui.window->statusPanel();
        QTRY_COMPARE(panel->outboxText(), u"Outbox: empty"_s);
        ui.window->scanModel()->scanText(u"https://one.example"_s, u"clipboard"_s);
        ui.window->scanModel()->scanText(u"https://two.example"_s, u"clipboard"_s);
        QTRY_COMPARE(panel->outboxText(), u"Outbox: 2 change(s) waiting to sync"_s);
    }

    void folderScanShowsProgressAndCancels()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        // Enough files that the scan is still running when the test presses Cancel: one code,
        // copied (decoding 300 images takes far longer than the event loop needs to show them).
        const QString folder = ui.dir.filePath(u"images"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString first = u"%1/0.png"_s.arg(folder);
        QVERIFY(Test::qrImage(QByteArrayLiteral("https://folder.example/"), 4).save(first));
        for (int i = 1; i < 300; ++i)
            QVERIFY(QFile::copy(first, u"%1/%2.png"_s.arg(folder).arg(i)));
        StatusPanel* panel = ui.window->statusPanel();
        StatusViewModel* model = ui.window->statusModel();
        QStringList shown; // every work text the status bar was given, so a fast scan is not missed
        connect(model, &StatusViewModel::changed, panel,
                [&shown, model] { shown.append(model->workText()); });
        QVERIFY(panel->progressBar()->isHidden());
        ui.window->scanView()->scanPaths({folder});
        QTRY_VERIFY(!shown.filter(u"Scanning folder"_s).isEmpty());
        QVERIFY(!panel->progressBar()->isHidden());
        QVERIFY(!panel->cancelButton()->isHidden());
        panel->cancelButton()->click();
        QTRY_VERIFY(panel->progressBar()->isHidden());
        QCOMPARE(panel->workText(), QString());
    }
};

QTEST_MAIN(TestStatusBar)
#include "TestStatusBar.moc"
