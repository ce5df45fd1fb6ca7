#include "QrFixtures.h"
#include "decode/QrDecoder.h"

#include <QTest>

#include <functional>

using namespace SafeScan;
using namespace Qt::StringLiterals;

namespace {
using ImageTransform = std::function<QImage(const QImage&)>;

// One sample per payload type of SPEC §5: the decoder must return each byte for byte.
const QList<std::pair<const char*, QByteArray>>& payloadSamples()
{
    static const QList<std::pair<const char*, QByteArray>> samples = {
        {"url", "https://example.com/path?q=1&x=%C3%A9"},
        {"wifi", "WIFI:T:WPA;S:Cafe\\;Net;P:pa\\:ss\\\\word;H:true;;"},
        {"vcard", "BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane;;;\nFN:Jane Doe\nTEL;TYPE=CELL:+15551234567\n"
                  "EMAIL:jane@example.com\nURL:https://jane.example\nEND:VCARD"},
        {"mecard", "MECARD:N:Doe,Jane;TEL:+15551234567;EMAIL:jane@example.com;;"},
        {"geo", "geo:48.8583,2.2945,30?q=Eiffel"},
        {"tel", "tel:+4930123456"},
        {"sms", "SMSTO:+15551234567:Hello there"},
        {"mailto", "mailto:someone@example.com?subject=Hi&body=Text"},
        {"otpauth", "otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"},
        {"bitcoin", "bitcoin:1BoatSLRHtKNngkdXEeobR76b53LETtpyT?amount=0.01&label=Shop"},
        {"epc", "BCD\n002\n1\nSCT\n\nRed Cross\nDE89370400440532013000\nEUR12.50\n\n\nDonation"},
        {"vevent",
         "BEGIN:VEVENT\nSUMMARY:Launch\nDTSTART:20261122T101500Z\nDTEND:20261122T111500Z\nEND:VEVENT"},
        {"text", "Plain text with ünïcödé and emoji \xF0\x9F\x98\x80"},
    };
    return samples;
}

const QList<std::pair<const char*, ImageTransform>>& transforms()
{
    static const QList<std::pair<const char*, ImageTransform>> list = {
        {"upright", [](const QImage& i) { return i; }},
        {"rot90", [](const QImage& i) { return Test::rotated(i, 90); }},
        {"rot180", [](const QImage& i) { return Test::rotated(i, 180); }},
        {"rot270", [](const QImage& i) { return Test::rotated(i, 270); }},
        {"rot17", [](const QImage& i) { return Test::rotated(i, 17); }},
        {"rot45", [](const QImage& i) { return Test::rotated(i, 45); }},
        {"rot-128", [](const QImage& i) { return Test::rotated(i, -128); }},
        {"mirrored", [](const QImage& i) { return Test::mirrored(i); }},
        {"inverted", [](const QImage& i) { return Test::inverted(i); }},
        {"mirrored-inverted", [](const QImage& i) { return Test::inverted(Test::mirrored(i)); }},
        {"noisy", [](const QImage& i) { return Test::withNoise(i, 60); }},
        {"blurred", [](const QImage& i) { return Test::blurred(i, 1.5); }},
    };
    return list;
}

bool containsText(const DecodeResult& result, const QByteArray& expected)
{
    return std::any_of(result.codes.begin(), result.codes.end(),
                       [&](const DecodedCode& c) { return c.text.toUtf8() == expected; });
}
} // namespace

class TestQrDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesEveryPayloadUnderEveryTransform_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<QByteArray>("expected");
        for (const auto& [payloadName, content] : payloadSamples()) {
            const QImage code = Test::qrImage(content, 6);
            for (const auto& [transformName, transform] : transforms())
                QTest::addRow("%s-%s", payloadName, transformName) << transform(code) << content;
        }
    }
    void decodesEveryPayloadUnderEveryTransform()
    {
        QFETCH(QImage, image);
        QFETCH(QByteArray, expected);
        const DecodeResult result = QrDecoder().decode(image);
        QVERIFY2(containsText(result, expected), qPrintable(u"found %1 codes"_s.arg(result.codes.size())));
        QVERIFY(result.decodeMs > 0);
        QCOMPARE(result.codes.first().decodeMs, result.decodeMs);
    }

    void tinyModules_data()
    {
        QTest::addColumn<int>("moduleSize");
        QTest::addColumn<bool>("invert");
        QTest::newRow("2px") << 2 << false;
        QTest::newRow("2px-inverted") << 2 << true;
        QTest::newRow("3px") << 3 << false;
    }
    void tinyModules()
    {
        QFETCH(int, moduleSize);
        QFETCH(bool, invert);
        const QByteArray content = "https://tiny.example/a";
        QImage image = Test::qrImage(content, moduleSize);
        if (invert)
            image = Test::inverted(image);
        const DecodeResult result = QrDecoder().decode(image);
        QVERIFY(containsText(result, content));
        QCOMPARE(result.codes.first().inverted, invert);
    }

    void invertedCodeIsFlaggedAndFoundByFallback()
    {
        const QImage image = Test::inverted(Test::qrImage("inverted content"));
        QVERIFY(
            QrDecoder(QList<DecodePass>{}).decode(image).codes.isEmpty()); // plain ZXing 1.4 alone misses it
        const DecodeResult result = QrDecoder().decode(image);
        QCOMPARE(result.codes.size(), 1);
        QVERIFY(result.codes.first().inverted);
        QVERIFY(result.passesTried > 1);
    }

    void mirroredCodeIsFlagged()
    {
        const DecodeResult result = QrDecoder().decode(Test::mirrored(Test::qrImage("mirror me")));
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes.first().text, u"mirror me"_s);
        QVERIFY(result.codes.first().mirrored);
    }

    void microQr()
    {
        const DecodeResult result = QrDecoder().decode(Test::qrImage(Test::QrSpec{"MICRO-123", 6, 2, true}));
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes.first().format, CodeFormat::MicroQRCode);
        QCOMPARE(result.codes.first().text, u"MICRO-123"_s);
    }

    void findsEveryCodeInOneImage()
    {
        const QList<QByteArray> contents = {"first code", "second code", "https://third.example"};
        QList<QImage> images;
        for (const QByteArray& c : contents)
            images.append(Test::qrImage(c, 5));
        const DecodeResult result = QrDecoder().decode(Test::montage(images));
        QCOMPARE(result.codes.size(), 3);
        for (const QByteArray& c : contents)
            QVERIFY2(containsText(result, c), c.constData());
    }

    void cornersAreInFrameCoordinates_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<QRect>("expected");
        const QImage code = Test::qrImage(Test::QrSpec{"corner test", 8, 0});
        const QSize canvas(800, 600);
        const QPoint at(300, 150);
        QTest::newRow("plain") << Test::onCanvas(code, canvas, at) << QRect(at, code.size());
        QTest::newRow("inverted") << Test::inverted(Test::onCanvas(code, canvas, at))
                                  << QRect(at, code.size());
        const QImage big = Test::qrImage(Test::QrSpec{"corner test", 30, 0});
        // Large enough that the downscaled and rescaled passes also map their corners back.
        QTest::newRow("large-inverted")
            << Test::inverted(Test::onCanvas(big, QSize(1600, 1200), at)) << QRect(at, big.size());
    }
    void cornersAreInFrameCoordinates()
    {
        QFETCH(QImage, image);
        QFETCH(QRect, expected);
        const DecodeResult result = QrDecoder().decode(image);
        QCOMPARE(result.codes.size(), 1);
        const auto& c = result.codes.first().corners;
        const double tolerance = 12;
        const QPointF want[4] = {expected.topLeft(), QPointF(expected.right(), expected.top()),
                                 expected.bottomRight(), QPointF(expected.left(), expected.bottom())};
        for (int i = 0; i < 4; ++i)
            QVERIFY2((c[size_t(i)] - want[i]).manhattanLength() < tolerance,
                     qPrintable(u"corner %1 at %2,%3, expected %4,%5"_s.arg(i)
                                    .arg(c[size_t(i)].x())
                                    .arg(c[size_t(i)].y())
                                    .arg(want[i].x())
                                    .arg(want[i].y())));
    }

    void binaryContentKeepsRawBytes()
    {
        const QByteArray bytes("\x00\xff\xfe\x80\x01binary\x9c", 12);
        const DecodeResult result = QrDecoder().decode(Test::qrImage(Test::QrSpec{bytes, 6, 4, false, true}));
        QCOMPARE(result.codes.size(), 1);
        QVERIFY(result.codes.first().binary);
        QCOMPARE(result.codes.first().bytes, bytes);
    }

    void imagesWithoutCodes_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::newRow("null") << QImage();
        QImage one(1, 1, QImage::Format_RGB32);
        one.fill(Qt::black);
        QTest::newRow("1x1") << one;
        QImage white(640, 480, QImage::Format_RGB32);
        white.fill(Qt::white);
        QTest::newRow("white") << white;
        QTest::newRow("noise") << Test::withNoise(white, 127, 99);
    }
    void imagesWithoutCodes()
    {
        QFETCH(QImage, image);
        const QrDecoder decoder;
        const DecodeResult result = decoder.decode(image);
        QVERIFY(result.codes.isEmpty());
        // Nothing found: every bounded pass was tried once, no more.
        QCOMPARE(result.passesTried, 1 + int(decoder.fallbacks().size()));
    }
};

QTEST_MAIN(TestQrDecoder)
#include "TestQrDecoder.moc"
