// Decode benchmark: SafeScan's decoder against plain ZXing on a folder of images with .txt
// expectations, and the per-frame cost of the live pipeline against one plain ZXing call.
//
//   decode_bench [FOLDER] [--repeat N] [--frames N]

#include "decode/QrDecoder.h"
#include "frames/FramePipeline.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QVideoFrame>

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace SafeScan;
using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    QString path;
    QImage gray;
    QByteArray expected;
};

QList<Sample> loadSamples(const QString& folder)
{
    QList<Sample> samples;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.suffix() == u"txt"_s)
            continue;
        QFile expectation(info.dir().filePath(info.completeBaseName() + u".txt"_s));
        if (!expectation.open(QIODevice::ReadOnly))
            continue;
        const QImage image(info.filePath());
        if (image.isNull())
            continue;
        samples.append(
            {info.filePath(), image.convertToFormat(QImage::Format_Grayscale8), expectation.readAll()});
    }
    std::sort(samples.begin(), samples.end(),
              [](const Sample& a, const Sample& b) { return a.path < b.path; });
    return samples;
}

LumaView viewOf(const QImage& gray)
{
    return {gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()), 1};
}

// Plain ZXing as the issue defines it (all formats), or restricted to QR and Micro QR like SafeScan.
ZXing::Results plainZXing(const LumaView& view, bool qrOnly = false)
{
    ZXing::DecodeHints hints;
    hints.setTryHarder(true).setTryRotate(true);
    if (qrOnly)
        hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::MicroQRCode);
    return ZXing::ReadBarcodes(
        ZXing::ImageView(view.data, view.width, view.height, ZXing::ImageFormat::Lum, view.rowStride), hints);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p / 100.0 * double(values.size())));
    return values.at(index);
}

// Best of `repeat` runs, in milliseconds.
double timeMs(int repeat, const std::function<void()>& work)
{
    double best = 1e300;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

void benchStills(const QString& folder, int repeat)
{
    const QList<Sample> samples = loadSamples(folder);
    const QrDecoder decoder;
    int oursOk = 0;
    int plainOk = 0;
    int qrOnlyOk = 0;
    QList<double> oursMs;
    QList<double> plainMs;
    QList<double> qrOnlyMs;
    for (const Sample& sample : samples) {
        const LumaView view = viewOf(sample.gray);
        DecodeResult ours;
        ZXing::Results plain;
        ZXing::Results qrOnly;
        oursMs.append(timeMs(repeat, [&] { ours = decoder.decode(view); }));
        plainMs.append(timeMs(repeat, [&] { plain = plainZXing(view); }));
        qrOnlyMs.append(timeMs(repeat, [&] { qrOnly = plainZXing(view, true); }));
        oursOk += std::any_of(ours.codes.begin(), ours.codes.end(), [&](const DecodedCode& c) {
            return c.text.toUtf8() == sample.expected || (c.binary && c.bytes == sample.expected);
        });
        const auto zxingMatch = [&](const ZXing::Result& r) {
            const auto& b = r.bytes();
            return QByteArray::fromStdString(r.text()) == sample.expected ||
                   QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size())) ==
                       sample.expected;
        };
        plainOk += std::any_of(plain.begin(), plain.end(), zxingMatch);
        qrOnlyOk += std::any_of(qrOnly.begin(), qrOnly.end(), zxingMatch);
    }
    std::printf("== still images: %s (%lld images, best of %d runs each)\n", qPrintable(folder),
                samples.size(), repeat);
    std::printf("%-34s %8s %12s %12s\n", "decoder", "correct", "median ms", "p95 ms");
    std::printf("%-34s %5d/%-2lld %12.2f %12.2f\n", "SafeScan QrDecoder", oursOk, samples.size(),
                percentile(oursMs, 50), percentile(oursMs, 95));
    std::printf("%-34s %5d/%-2lld %12.2f %12.2f\n", "ZXing ReadBarcodes TryHarder+Rotate", plainOk,
                samples.size(), percentile(plainMs, 50), percentile(plainMs, 95));
    std::printf("%-34s %5d/%-2lld %12.2f %12.2f\n", "ZXing same, QR/MicroQR formats only", qrOnlyOk,
                samples.size(), percentile(qrOnlyMs, 50), percentile(qrOnlyMs, 95));
    std::printf("ratio SafeScan/plain: median %.2fx, p95 %.2fx\n\n",
                percentile(oursMs, 50) / percentile(plainMs, 50),
                percentile(oursMs, 95) / percentile(plainMs, 95));
}

// A camera-like frame: smooth shading, texture and sensor noise; optionally a code in view.
QImage sceneFrame(QSize size, bool withCode)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, size.width(), size.height());
    gradient.setColorAt(0, QColor(70, 60, 50));
    gradient.setColorAt(1, QColor(200, 190, 170));
    painter.fillRect(image.rect(), gradient);
    QRandomGenerator random(42);
    for (int i = 0; i < 300; ++i) { // objects and edges in the scene
        const QColor color =
            QColor::fromHsv(random.bounded(360), random.bounded(200), random.bounded(40, 240));
        painter.fillRect(random.bounded(size.width()), random.bounded(size.height()), random.bounded(10, 200),
                         random.bounded(3, 120), color);
    }
    if (withCode) {
        QProcess qrencode;
        qrencode.start(u"qrencode"_s,
                       {u"-o"_s, u"-"_s, u"-s"_s, u"6"_s, u"https://bench.example/live-frame"_s});
        qrencode.waitForFinished();
        const QImage code = QImage::fromData(qrencode.readAllStandardOutput(), "PNG");
        painter.drawImage((size.width() - code.width()) / 2, (size.height() - code.height()) / 2, code);
    }
    painter.end();
    QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        uchar* line = gray.scanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            line[x] = uchar(std::clamp(int(line[x]) + random.bounded(-6, 7), 0, 255));
    }
    return gray;
}

QVideoFrame nv12Frame(const QImage& gray)
{
    QVideoFrame frame(QVideoFrameFormat(gray.size(), QVideoFrameFormat::Format_NV12));
    frame.map(QVideoFrame::WriteOnly);
    for (int y = 0; y < gray.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), gray.constScanLine(y),
                    size_t(gray.width()));
    std::memset(frame.bits(1), 128, size_t(frame.mappedBytes(1)));
    frame.unmap();
    return frame;
}

void benchLive(int frames)
{
    std::printf("== live pipeline, NV12 frames (%d frames each; cost per frame vs one plain ZXing call)\n",
                frames);
    std::printf("%-12s %-8s %12s %10s %8s %12s %8s %8s\n", "frame", "code", "pipeline ms", "plain ms",
                "ratio", "qr-only ms", "ratio", "found");
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        for (const bool withCode : {false, true}) {
            const QImage gray = sceneFrame(size, withCode);
            const QVideoFrame frame = nv12Frame(gray);
            const FramePipeline::DecodeFunction pipeline = FramePipeline::liveDecoder();
            QVideoFrame yPlane = frame;
            yPlane.map(QVideoFrame::ReadOnly);
            const LumaView y{yPlane.bits(0), size.width(), size.height(), yPlane.bytesPerLine(0), 1};
            plainZXing(y); // warm-up
            pipeline(frame);
            double pipelineTotal = 0;
            double plainTotal = 0;
            double qrOnlyTotal = 0;
            int found = 0;
            for (int i = 0; i < frames; ++i) { // interleaved so that all see the same machine state
                pipelineTotal += timeMs(1, [&] { found += !pipeline(frame).decode.codes.isEmpty(); });
                plainTotal += timeMs(1, [&] { plainZXing(y); });
                qrOnlyTotal += timeMs(1, [&] { plainZXing(y, true); });
            }
            yPlane.unmap();
            std::printf("%-12s %-8s %12.2f %10.2f %7.2fx %12.2f %7.2fx %5d/%d\n",
                        qPrintable(u"%1x%2"_s.arg(size.width()).arg(size.height())),
                        withCode ? "in view" : "none", pipelineTotal / frames, plainTotal / frames,
                        pipelineTotal / plainTotal, qrOnlyTotal / frames, pipelineTotal / qrOnlyTotal, found,
                        frames);
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int repeat = 3;
    int frames = 60;
    QString folder = QStringLiteral(SAFESCAN_DATASET_DIR);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--repeat"_s && i + 1 < args.size())
            repeat = args.at(++i).toInt();
        else if (args.at(i) == u"--frames"_s && i + 1 < args.size())
            frames = args.at(++i).toInt();
        else
            folder = args.at(i);
    }
    benchStills(folder, std::max(1, repeat));
    benchLive(std::max(1, frames));
    return 0;
}
