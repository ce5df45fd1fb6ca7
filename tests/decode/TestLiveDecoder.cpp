#include "QrFixtures.h"
#include "decode/LiveDecoder.h"

#include <QTest>

using namespace SafeScan;

class TestLiveDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainCodeIsFoundInFirstFrameWithoutExtraPasses()
    {
        LiveDecoder decoder;
        const LumaImage frame = LumaImage::fromQImage(Test::qrImage("live plain"));
        const DecodeResult result = decoder.decodeFrame(frame.view());
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.passesTried, 1);
        QCOMPARE(decoder.extraPassesRun(), 0);
    }

    void invertedCodeIsFoundWithinAFewFramesAtMostOneExtraPassEach()
    {
        LiveDecoder decoder;
        const QImage code = Test::inverted(Test::qrImage("live inverted", 4));
        const LumaImage frame =
            LumaImage::fromQImage(Test::onCanvas(code, QSize(1280, 720), QPoint(500, 200), Qt::black));
        int framesNeeded = 0;
        for (int i = 0; i < 60 && framesNeeded == 0; ++i) {
            const DecodeResult result = decoder.decodeFrame(frame.view());
            QVERIFY(result.passesTried <= 2);
            if (!result.codes.isEmpty()) {
                QVERIFY(result.codes.first().inverted);
                framesNeeded = i + 1;
            }
        }
        QVERIFY2(framesNeeded > 0, "inverted code never found");
        qInfo("inverted code found after %d frames", framesNeeded);
    }

    void extraPassesAreSpreadWhenNothingIsInView()
    {
        LiveDecoder decoder(0.25);
        LumaImage empty(1280, 720);
        std::fill(empty.bits(), empty.bits() + 1280 * 720, uchar(128));
        const int frames = 40;
        for (int i = 0; i < frames; ++i)
            decoder.decodeFrame(empty.view());
        // Some extra passes ran, but far from one per frame.
        QVERIFY(decoder.extraPassesRun() > 0);
        QVERIFY(decoder.extraPassesRun() < frames);
    }

    void withoutShareOnlyThePlainPassRuns()
    {
        LiveDecoder decoder(0.0);
        const LumaImage frame = LumaImage::fromQImage(Test::inverted(Test::qrImage("never")));
        for (int i = 0; i < 10; ++i)
            QVERIFY(decoder.decodeFrame(frame.view()).codes.isEmpty());
        QCOMPARE(decoder.extraPassesRun(), 0);
    }
};

QTEST_MAIN(TestLiveDecoder)
#include "TestLiveDecoder.moc"
