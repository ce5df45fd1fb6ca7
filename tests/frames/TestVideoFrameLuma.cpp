#include "QrFixtures.h"
#include "VideoFrames.h"
#include "decode/QrDecoder.h"
#include "frames/VideoFrameLuma.h"

#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;
using PF = QVideoFrameFormat::PixelFormat;

Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)

class TestVideoFrameLuma : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesCodeInEveryFormat_data()
    {
        QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
        QTest::addColumn<bool>("zeroCopy");
        QTest::newRow("NV12") << PF::Format_NV12 << true;
        QTest::newRow("NV21") << PF::Format_NV21 << true;
        QTest::newRow("YUV420P") << PF::Format_YUV420P << true;
        QTest::newRow("YUYV") << PF::Format_YUYV << true;
        QTest::newRow("UYVY") << PF::Format_UYVY << true;
        QTest::newRow("XRGB8888") << PF::Format_XRGB8888 << false;
        QTest::newRow("BGRA8888") << PF::Format_BGRA8888 << false;
        QTest::newRow("RGBX8888") << PF::Format_RGBX8888 << false;
        QTest::newRow("ABGR8888") << PF::Format_ABGR8888 << false;
    }
    void decodesCodeInEveryFormat()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        QFETCH(bool, zeroCopy);
        const QImage code = Test::qrImage("frame format test", 5);
        const QImage canvas = Test::onCanvas(code, QSize(640, 480), QPoint(101, 77));
        const QVideoFrame frame = Test::videoFrame(canvas, format);
        QVERIFY(frame.isValid());

        const VideoFrameLuma luma(frame);
        QVERIFY2(luma.isValid(), qPrintable(luma.errorString()));
        QCOMPARE(luma.isZeroCopy(), zeroCopy);
        QCOMPARE(luma.view().width, 640);
        QCOMPARE(luma.view().height, 480);
        // Every sample equals the source's luminance.
        const QImage gray = canvas.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < 480; y += 7)
            for (int x = 0; x < 640; x += 5)
                QCOMPARE(int(luma.view().at(x, y)), int(gray.pixelColor(x, y).red()));

        const DecodeResult result = QrDecoder().decode(luma.view());
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes.first().text, u"frame format test"_s);
        QVERIFY(std::abs(result.codes.first().corners[0].x() - 101 - 4 * 5) < 6);
    }

    void rgbChannelOrder_data()
    {
        QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
        QTest::addColumn<int>("redOffset");
        QTest::newRow("ARGB8888") << PF::Format_ARGB8888 << 1;
        QTest::newRow("XRGB8888") << PF::Format_XRGB8888 << 1;
        QTest::newRow("BGRA8888") << PF::Format_BGRA8888 << 2;
        QTest::newRow("BGRX8888") << PF::Format_BGRX8888 << 2;
        QTest::newRow("ABGR8888") << PF::Format_ABGR8888 << 3;
        QTest::newRow("XBGR8888") << PF::Format_XBGR8888 << 3;
        QTest::newRow("RGBA8888") << PF::Format_RGBA8888 << 0;
        QTest::newRow("RGBX8888") << PF::Format_RGBX8888 << 0;
    }
    void rgbChannelOrder()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        QFETCH(int, redOffset);
        QVideoFrame frame(QVideoFrameFormat(QSize(4, 2), format));
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        std::memset(frame.bits(0), 0, size_t(frame.mappedBytes(0)));
        frame.bits(0)[redOffset] = 255; // pixel (0,0) pure red
        frame.unmap();
        const VideoFrameLuma luma(frame);
        QVERIFY(luma.isValid());
        QCOMPARE(int(luma.view().at(0, 0)), 76); // BT.601: 0.299 * 255
        QCOMPARE(int(luma.view().at(1, 0)), 0);
    }

    void unsupportedOrInvalidFramesGiveErrors()
    {
        const VideoFrameLuma invalid{QVideoFrame()};
        QVERIFY(!invalid.isValid());
        QVERIFY(!invalid.errorString().isEmpty());

        const VideoFrameLuma jpeg{QVideoFrame(QVideoFrameFormat(QSize(16, 16), PF::Format_Jpeg))};
        QVERIFY(!jpeg.isValid());
        QVERIFY(jpeg.errorString().contains(u"unsupported"_s));
    }
};

QTEST_MAIN(TestVideoFrameLuma)
#include "TestVideoFrameLuma.moc"
