#include "decode/LumaTransforms.h"

#include <QTest>

using namespace SafeScan;

namespace {
LumaImage ramp(int width, int height)
{
    LumaImage image(width, height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.row(y)[x] = uchar((x * 10 + y) % 256);
    return image;
}
} // namespace

class TestLumaTransforms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invertedFlipsEverySample()
    {
        const LumaImage src = ramp(7, 5);
        const LumaImage out = LumaTransforms::inverted(src.view());
        QCOMPARE(out.width(), 7);
        QCOMPARE(out.height(), 5);
        for (int y = 0; y < 5; ++y)
            for (int x = 0; x < 7; ++x)
                QCOMPARE(int(out.view().at(x, y)), 255 - int(src.view().at(x, y)));
    }

    void downscaledAveragesBlocks()
    {
        LumaImage src(4, 2);
        const uchar values[] = {0, 100, 200, 200, 100, 200, 200, 200};
        std::copy(std::begin(values), std::end(values), src.bits());
        const LumaImage out = LumaTransforms::downscaled(src.view(), 2);
        QCOMPARE(out.width(), 2);
        QCOMPARE(out.height(), 1);
        QCOMPARE(int(out.view().at(0, 0)), 100); // (0+100+100+200)/4
        QCOMPARE(int(out.view().at(1, 0)), 200);
    }

    void downscaleOfTinyImageIsEmpty() { QVERIFY(LumaTransforms::downscaled(ramp(1, 1).view(), 2).isNull()); }

    void upscaled2xInterpolatesAtQuarterPositions()
    {
        LumaImage src(2, 1);
        src.row(0)[0] = 0;
        src.row(0)[1] = 200;
        const LumaImage out = LumaTransforms::upscaled2x(src.view());
        QCOMPARE(out.width(), 4);
        QCOMPARE(out.height(), 2);
        // Samples at -1/4 (clamped), 1/4, 3/4 and 5/4 (clamped) of the source row.
        QCOMPARE(int(out.view().at(0, 0)), 0);
        QCOMPARE(int(out.view().at(1, 0)), 50);
        QCOMPARE(int(out.view().at(2, 0)), 150);
        QCOMPARE(int(out.view().at(3, 0)), 200);
        QCOMPARE(out.view().at(2, 1), out.view().at(2, 0)); // one source row: rows equal
    }

    void median3x3RemovesSpeckleAndKeepsEdges()
    {
        LumaImage src(6, 6);
        for (int y = 0; y < 6; ++y)
            for (int x = 0; x < 6; ++x)
                src.row(y)[x] = x < 3 ? 0 : 255;
        src.row(2)[1] = 255; // a speckle in the dark half
        const LumaImage out = LumaTransforms::median3x3(src.view());
        QCOMPARE(int(out.view().at(1, 2)), 0);
        QCOMPARE(int(out.view().at(2, 3)), 0); // the edge stays where it was
        QCOMPARE(int(out.view().at(3, 3)), 255);
        QCOMPARE(int(out.view().at(0, 0)), 0); // borders copied
    }

    void sharpenedKeepsFlatAreasAndSteepensEdges()
    {
        LumaImage src(20, 20);
        for (int y = 0; y < 20; ++y)
            for (int x = 0; x < 20; ++x)
                src.row(y)[x] = x < 10 ? 80 : 170;
        const LumaImage out = LumaTransforms::sharpened(src.view());
        QCOMPARE(int(out.view().at(2, 5)), 80);
        QCOMPARE(int(out.view().at(17, 5)), 170);
        QVERIFY(out.view().at(9, 5) < 80);   // undershoot on the dark side of the edge
        QVERIFY(out.view().at(10, 5) > 170); // overshoot on the light side
    }

    void mirroredReversesRows()
    {
        const LumaImage src = ramp(5, 3);
        const LumaImage out = LumaTransforms::mirrored(src.view());
        QCOMPARE(out.view().at(0, 1), src.view().at(4, 1));
        QCOMPARE(out.view().at(4, 2), src.view().at(0, 2));
    }

    void viewWithPixelStrideReadsEverySecondByte()
    {
        const uchar packed[] = {10, 1, 20, 2, 30, 3, 40, 4};
        const LumaView view{packed, 2, 2, 4, 2};
        const LumaImage copy = LumaImage::fromView(view);
        QCOMPARE(int(copy.view().at(0, 0)), 10);
        QCOMPARE(int(copy.view().at(1, 0)), 20);
        QCOMPARE(int(copy.view().at(0, 1)), 30);
        QCOMPARE(int(copy.view().at(1, 1)), 40);
    }

    void fromQImageCompositesTransparencyOnWhite()
    {
        QImage transparent(4, 4, QImage::Format_ARGB32);
        transparent.fill(Qt::transparent);
        transparent.setPixel(1, 1, qRgba(0, 0, 0, 255));
        const LumaImage luma = LumaImage::fromQImage(transparent);
        QCOMPARE(int(luma.view().at(0, 0)), 255);
        QCOMPARE(int(luma.view().at(1, 1)), 0);
    }
};

QTEST_GUILESS_MAIN(TestLumaTransforms)
#include "TestLumaTransforms.moc"
