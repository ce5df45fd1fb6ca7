#include "QrFixtures.h"
#include "decode/QrDecoder.h"

#include <QFileInfo>
#include <QImage>
#include <QTest>

#include <ZXing/ReadBarcode.h>

using namespace SafeScan;

namespace {
bool matches(const QList<DecodedCode>& codes, const QByteArray& expected)
{
    return std::any_of(codes.begin(), codes.end(), [&](const DecodedCode& c) {
        return c.text.toUtf8() == expected || (c.binary && c.bytes == expected);
    });
}

// Plain ZXing as the issue defines it: ReadBarcodes with TryHarder and TryRotate, nothing else.
bool plainZXingMatches(const QImage& image, const QByteArray& expected)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setTryHarder(true).setTryRotate(true);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
        const ZXing::ByteArray& bytes = r.bytes();
        if (QByteArray::fromStdString(r.text()) == expected ||
            QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())) == expected)
            return true;
    }
    return false;
}
} // namespace

class TestDatasetDecode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realPhotos()
    {
        QVERIFY2(QFileInfo(Test::datasetDir()).isDir(),
                 qPrintable(QStringLiteral("dataset missing: %1 (shared/ must sit beside the repository)")
                                .arg(Test::datasetDir())));
        const QList<Test::DatasetSample> samples = Test::datasetSamples();
        QCOMPARE(samples.size(), 82);
        const QrDecoder decoder;
        int ours = 0;
        int plain = 0;
        for (const Test::DatasetSample& sample : samples) {
            const QImage image(sample.imagePath);
            QVERIFY2(!image.isNull(), qPrintable(sample.imagePath));
            const bool oursOk = matches(decoder.decode(image).codes, sample.expected);
            const bool plainOk = plainZXingMatches(image, sample.expected);
            ours += oursOk;
            plain += plainOk;
            if (plainOk && !oursOk)
                QFAIL(qPrintable(
                    QStringLiteral("plain ZXing decodes %1 but SafeScan does not").arg(sample.imagePath)));
            if (!oursOk)
                qInfo("not decoded: %s", qPrintable(sample.imagePath));
        }
        qInfo("SafeScan decoded %d of %lld, plain ZXing %d", ours, samples.size(), plain);
        QVERIFY2(ours >= 76, qPrintable(QStringLiteral("only %1 of 82 decoded").arg(ours)));
        QVERIFY(ours >= plain);
    }
};

QTEST_MAIN(TestDatasetDecode)
#include "TestDatasetDecode.moc"
