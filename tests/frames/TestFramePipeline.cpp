#include "ManualClock.h"
#include "QrFixtures.h"
#include "VideoFrames.h"
#include "frames/FramePipeline.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

namespace {
QVideoFrame blankFrame()
{
    QImage gray(64, 48, QImage::Format_Grayscale8);
    gray.fill(200);
    return Test::videoFrame(gray, QVideoFrameFormat::Format_NV12);
}
} // namespace

class TestFramePipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framesAreDroppedNotQueuedWhileDecoding()
    {
        Test::ManualClock clock;
        QSemaphore started;
        QSemaphore gate;
        FramePipeline pipeline(clock, [&](const QVideoFrame& frame) {
            started.release();
            gate.acquire(); // decoding is as slow as the test wants
            FrameResult result;
            result.frameSize = frame.size();
            return result;
        });
        QSignalSpy decoded(&pipeline, &FramePipeline::frameDecoded);

        const QVideoFrame frame = blankFrame();
        pipeline.submit(frame);
        started.acquire(); // the worker holds frame 1
        for (int i = 0; i < 9; ++i)
            pipeline.submit(frame);
        QCOMPARE(pipeline.stats().submitted, 10);
        QCOMPARE(pipeline.stats().dropped, 8); // frames 2..9 replaced, frame 10 waits

        gate.release(100);
        QTRY_COMPARE(decoded.count(), 2);
        QCOMPARE(decoded.at(0).at(0).value<FrameResult>().sequence, 1);
        QCOMPARE(decoded.at(1).at(0).value<FrameResult>().sequence, 10);
        QCOMPARE(pipeline.stats().decoded, 2);
        QTest::qWait(50);
        QCOMPARE(decoded.count(), 2); // nothing else was queued
    }

    void liveCodeIsReportedOnceWhileInView()
    {
        Test::ManualClock clock;
        FramePipeline pipeline(clock);
        pipeline.tracker().setForgetAfterMs(1000);
        QSignalSpy decoded(&pipeline, &FramePipeline::frameDecoded);
        QSignalSpy detected(&pipeline, &FramePipeline::codesDetected);

        const QImage code = Test::qrImage("https://live.example/pipeline", 4);
        const QVideoFrame frame = Test::videoFrame(Test::onCanvas(code, QSize(1280, 720), QPoint(400, 200)),
                                                   QVideoFrameFormat::Format_NV12);
        for (int i = 1; i <= 5; ++i) {
            pipeline.submit(frame);
            QTRY_COMPARE(decoded.count(), i);
            clock.advance(33);
        }
        QCOMPARE(detected.count(), 1);
        const auto codes = detected.first().first().value<QList<DecodedCode>>();
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first().text, u"https://live.example/pipeline"_s);
        const auto last = decoded.last().first().value<FrameResult>();
        QCOMPARE(last.decode.codes.size(), 1); // every frame still carries the code for the overlay
        QCOMPARE(last.frameSize, QSize(1280, 720));

        clock.advance(1500); // out of view long enough
        pipeline.submit(frame);
        QTRY_COMPARE(detected.count(), 2);
    }

    void unsupportedFrameReportsError()
    {
        Test::ManualClock clock;
        FramePipeline pipeline(clock);
        QSignalSpy decoded(&pipeline, &FramePipeline::frameDecoded);
        pipeline.submit(QVideoFrame(QVideoFrameFormat(QSize(16, 16), QVideoFrameFormat::Format_Jpeg)));
        QTRY_COMPARE(decoded.count(), 1);
        QVERIFY(!decoded.first().first().value<FrameResult>().error.isEmpty());
    }

    void destroyingWhileBusyDoesNotHang()
    {
        Test::ManualClock clock;
        QSemaphore started;
        std::atomic<int> calls{0};
        auto pipeline = std::make_unique<FramePipeline>(clock, [&](const QVideoFrame&) {
            ++calls;
            started.release();
            QThread::msleep(100);
            return FrameResult{};
        });
        pipeline->submit(blankFrame());
        started.acquire();
        pipeline->submit(blankFrame());
        pipeline.reset(); // waits for the frame in hand, drops the waiting one
        QCOMPARE(calls.load(), 1);
    }
};

QTEST_MAIN(TestFramePipeline)
#include "TestFramePipeline.moc"
