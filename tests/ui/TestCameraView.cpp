// The live camera view driven by synthetic video frames: each code is outlined with its verdict,
// several at once; new codes become scans; pause stops decoding; mirror flips the outlines.
#include "UiFixture.h"
#include "VideoFrames.h"
#include "settings/Settings.h"
#include "ui/CameraPanel.h"
#include "ui/ResultCard.h"
#include "ui/ScanView.h"
#include "ui/VideoCanvas.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestCameraView : public QObject
{
    Q_OBJECT
    static QVideoFrame twoCodes()
    {
        const QImage codes = Test::montage(
            {Test::qrImage("https://example.com/menu", 5), Test::qrImage("javascript:alert(1)", 5)});
        const QImage canvas = Test::onCanvas(codes, QSize(640, 480), QPoint(40, 100));
        return Test::videoFrame(canvas.convertToFormat(QImage::Format_Grayscale8),
                                QVideoFrameFormat::Format_NV12);
    }

private Q_SLOTS:
    void framesShowOutlinesWithVerdicts()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        CameraPanel* camera = ui.window->scanView()->cameraPanel();
        QSignalSpy decoded(&camera->pipeline(), &FramePipeline::frameDecoded);
        camera->submitFrame(twoCodes());
        QCOMPARE(camera->state(), CameraStatus::State::Running);
        QTRY_VERIFY(!decoded.isEmpty());
        const QList<CodeOutline> outlines = camera->canvas()->outlines();
        QCOMPARE(outlines.size(), 2);
        QSet<VerdictLevel> levels;
        for (const CodeOutline& outline : outlines) {
            QVERIFY(outline.level.has_value());
            levels.insert(*outline.level);
            QCOMPARE(outline.corners.size(), 4);
            const QRectF box = outline.corners.boundingRect();
            QVERIFY(box.width() > 50 && box.left() >= 30 && box.top() >= 90); // where the codes are
        }
        QCOMPARE(levels, (QSet<VerdictLevel>{VerdictLevel::NoKnownRisk, VerdictLevel::Dangerous}));
        QVERIFY(camera->canvas()->accessibleDescription().contains(u"Dangerous"_s));
        // Both codes became scans, once.
        QTRY_COMPARE(ui.window->scanView()->resultCards().size(), 2);
        camera->submitFrame(twoCodes());
        QTRY_COMPARE(decoded.size(), 2);
        QCOMPARE(ui.window->scanView()->resultCards().size(), 2);
        QVERIFY(!camera->canvas()->grab().isNull());
    }

    void pauseStopsDecoding()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        CameraPanel* camera = ui.window->scanView()->cameraPanel();
        QSignalSpy decoded(&camera->pipeline(), &FramePipeline::frameDecoded);
        camera->pause();
        QCOMPARE(camera->state(), CameraStatus::State::Paused);
        camera->submitFrame(twoCodes());
        QCOMPARE(camera->pipeline().stats().submitted, 0);
        QVERIFY(camera->canvas()->frame().isNull());
    }

    void mirrorIsRemembered()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ui.window->scanView()->cameraPanel()->setMirrored(true);
        QVERIFY(ui.context->settings().value(SettingKeys::cameraMirror));
    }

    void withoutACameraTheViewSaysWhatToDo()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        CameraPanel* camera = ui.window->scanView()->cameraPanel();
        if (camera->state() != CameraStatus::State::NoCamera)
            QSKIP("this machine has a camera");
        QCOMPARE(camera->canvas()->messageTitle(), u"No camera found"_s);
        QVERIFY(camera->canvas()->accessibleDescription().contains(u"Ctrl+O"_s));
    }
};

QTEST_MAIN(TestCameraView)
#include "TestCameraView.moc"
