// The Scan view's other sources: a region of the screen (the screenshot injected, since the
// offscreen platform has no screen content) chosen with the rubber band or the keyboard, and a
// video file made by ffmpeg from qrencode images.
#include "UiFixture.h"
#include "frames/VideoFileScan.h"
#include "ui/ResultCard.h"
#include "ui/ScanView.h"
#include "ui/ScreenRegionPicker.h"
#include "viewmodels/HistoryTableModel.h"
#include "viewmodels/ScanViewModel.h"

#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {
// A 900x600 "screen" with a code at (560, 260).
QPixmap fakeScreen(const QByteArray& content, qreal ratio = 1.0)
{
    QImage screen(QSize(900, 600) * ratio, QImage::Format_RGB32);
    screen.fill(QColor(0xe0, 0xe4, 0xea));
    QPainter painter(&screen);
    painter.fillRect(QRect(QPoint(40, 40) * ratio, QSize(300, 200) * ratio), Qt::darkBlue); // another window
    painter.drawImage(QPoint(560, 260) * ratio, Test::qrImage(content, int(5 * ratio)));
    painter.end();
    QPixmap pixmap = QPixmap::fromImage(screen);
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

ScreenRegionPicker* openPicker(Test::UiFixture& ui, const QPixmap& screen)
{
    ui.window->scanView()->setScreenshotProvider([screen] { return screen; });
    ui.window->scanView()->scanScreenRegion();
    if (!QTest::qWaitFor([&] { return ui.window->scanView()->regionPicker() != nullptr; }, 5000))
        return nullptr;
    ScreenRegionPicker* picker = ui.window->scanView()->regionPicker();
    return QTest::qWaitForWindowExposed(picker) ? picker : nullptr;
}
} // namespace

class TestScanSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
            qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    }

    void screenRegionByDragging_data()
    {
        QTest::addColumn<qreal>("ratio");
        QTest::newRow("normal screen") << 1.0;
        QTest::newRow("high-DPI screen") << 2.0;
    }
    void screenRegionByDragging()
    {
        QFETCH(qreal, ratio);
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ScreenRegionPicker* picker = openPicker(ui, fakeScreen("https://screen.example/", ratio));
        QVERIFY(picker);
        QVERIFY(ui.window->isVisible()); // back after the capture
        QCOMPARE(picker->size(), QSize(900, 600));
        QTest::mousePress(picker, Qt::LeftButton, {}, QPoint(540, 240));
        QTest::mouseMove(picker, QPoint(700, 400));
        QTest::mouseRelease(picker, Qt::LeftButton, {}, QPoint(760, 480));
        QTRY_COMPARE(ui.window->scanView()->resultCards().size(), 1);
        const ScanResult& result = ui.window->scanModel()->results().first();
        QCOMPARE(result.code.text, u"https://screen.example/"_s);
        QCOMPARE(result.source, u"screen"_s);
        QTRY_VERIFY(!ui.window->scanView()->regionPicker());
        QTRY_VERIFY(ui.window->historyModel()->record(0)); // saved and read on the store thread
        QCOMPARE(ui.window->historyModel()->record(0)->source, u"screen"_s);
    }

    void regionWithoutCodeSaysSo()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ScreenRegionPicker* picker = openPicker(ui, fakeScreen("https://screen.example/"));
        QVERIFY(picker);
        QTest::mousePress(picker, Qt::LeftButton, {}, QPoint(50, 50));
        QTest::mouseRelease(picker, Qt::LeftButton, {}, QPoint(300, 200));
        QTRY_VERIFY(ui.window->scanModel()->lastMessage().contains(u"No QR code found in Screen region"_s));
        QVERIFY(ui.window->scanView()->resultCards().isEmpty());
    }

    void keyboardWholeScreenAndCancel()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ScreenRegionPicker* picker = openPicker(ui, fakeScreen("https://keyboard.example/"));
        QVERIFY(picker);
        QTest::keyClick(picker, Qt::Key_Escape);
        QTRY_VERIFY(!ui.window->scanView()->regionPicker());
        QVERIFY(ui.window->scanView()->resultCards().isEmpty());
        picker = openPicker(ui, fakeScreen("https://keyboard.example/"));
        QVERIFY(picker);
        QTest::keyClick(picker, Qt::Key_Return); // the whole screen
        QTRY_COMPARE(ui.window->scanView()->resultCards().size(), 1);
        QCOMPARE(ui.window->scanModel()->results().first().code.text, u"https://keyboard.example/"_s);
    }

    void failedCaptureIsExplained()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ui.window->scanView()->setScreenshotProvider([] { return QPixmap(); });
        ui.window->scanView()->scanScreenRegion();
        QTRY_VERIFY(ui.window->isVisible());
        QVERIFY(!ui.window->scanView()->regionPicker());
    }

    void videoFileBecomesScans()
    {
        const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
        QVERIFY2(!ffmpeg.isEmpty(), "ffmpeg is needed (scripts/setup)");
        Test::UiFixture ui;
        QVERIFY(ui.open());
        const QString image = ui.qrFile("https://video.example/", u"code.png"_s);
        const QString video = ui.dir.filePath(u"code.mp4"_s);
        QProcess process;
        process.start(ffmpeg,
                      {u"-v"_s, u"error"_s, u"-y"_s, u"-loop"_s, u"1"_s, u"-t"_s, u"1.5"_s, u"-i"_s, image,
                       u"-vf"_s, u"scale=320:320,fps=10,format=yuv420p"_s, u"-c:v"_s, u"libx264"_s, video});
        QVERIFY(process.waitForFinished(60'000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        ScanView* view = ui.window->scanView();
        view->videoScan()->setPlaybackRate(2.0);
        QSignalSpy finished(view->videoScan(), &VideoFileScan::finished);
        QVERIFY(view->scanVideoFile(video));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QCOMPARE(view->resultCards().size(), 1);
        QCOMPARE(ui.window->scanModel()->results().first().source, u"video"_s);
        QCOMPARE(ui.window->scanModel()->results().first().code.text, u"https://video.example/"_s);
        QCOMPARE(finished.first().at(2).toInt(), 1);
        QTRY_VERIFY(ui.window->historyModel()->record(0));
        QCOMPARE(ui.window->historyModel()->record(0)->source, u"video"_s);
    }

    void badVideoFileIsExplained()
    {
        Test::UiFixture ui;
        QVERIFY(ui.open());
        ScanView* view = ui.window->scanView();
        QSignalSpy finished(view->videoScan(), &VideoFileScan::finished);
        QVERIFY(view->scanVideoFile(ui.dir.filePath(u"missing.mp4"_s)));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(view->resultCards().isEmpty());
    }
};

QTEST_MAIN(TestScanSources)
#include "TestScanSources.moc"
