#include "QrFixtures.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan::Test {

namespace {
QByteArray runTool(const QString& program, const QStringList& args, const QByteArray& input)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted())
        qFatal("cannot start %s", qPrintable(program));
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}
} // namespace

QImage qrImage(const QrSpec& spec)
{
    QStringList args = {u"-o"_s, u"-"_s,
                        u"-t"_s, u"PNG"_s,
                        u"-s"_s, QString::number(spec.moduleSize),
                        u"-m"_s, QString::number(spec.margin),
                        u"-l"_s, QString(QChar::fromLatin1(spec.level))};
    if (spec.micro)
        args << u"-M"_s << u"-v"_s << u"4"_s;
    if (spec.binary)
        args << u"-8"_s;
    const QByteArray png = runTool(QStringLiteral(SAFESCAN_QRENCODE), args, spec.content);
    QImage image = QImage::fromData(png, "PNG");
    if (image.isNull())
        qFatal("qrencode produced no image");
    return image.convertToFormat(QImage::Format_RGB32);
}

QImage rotated(const QImage& image, double degrees)
{
    QTransform transform;
    transform.rotate(degrees);
    const QRect bounds = transform.mapRect(image.rect());
    QImage out(bounds.size() + QSize(20, 20), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(out.width() / 2.0, out.height() / 2.0);
    painter.rotate(degrees);
    painter.drawImage(QPointF(-image.width() / 2.0, -image.height() / 2.0), image);
    return out;
}

QImage mirrored(const QImage& image)
{
    return image.mirrored(true, false);
}

QImage inverted(const QImage& image)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    out.invertPixels();
    return out;
}

QImage withNoise(const QImage& image, int amplitude, quint32 seed)
{
    QImage out = image.convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator random(seed);
    for (int y = 0; y < out.height(); ++y) {
        uchar* line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            line[x] = uchar(std::clamp(int(line[x]) + random.bounded(-amplitude, amplitude + 1), 0, 255));
    }
    return out;
}

QImage blurred(const QImage& image, double sigma)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QByteArray out = runTool(QStringLiteral(SAFESCAN_MAGICK),
                                   {u"png:-"_s, u"-blur"_s, u"0x%1"_s.arg(sigma), u"png:-"_s}, png);
    return QImage::fromData(out, "PNG");
}

QImage montage(const QList<QImage>& images, int gap)
{
    int width = gap;
    int height = 0;
    for (const QImage& image : images) {
        width += image.width() + gap;
        height = std::max(height, image.height());
    }
    QImage out(width, height + 2 * gap, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    int x = gap;
    for (const QImage& image : images) {
        painter.drawImage(x, gap, image);
        x += image.width() + gap;
    }
    return out;
}

QImage onCanvas(const QImage& image, QSize canvas, QPoint topLeft, QColor background)
{
    QImage out(canvas, QImage::Format_RGB32);
    out.fill(background);
    QPainter painter(&out);
    painter.drawImage(topLeft, image);
    return out;
}

QString datasetDir()
{
    const QString overridden = qEnvironmentVariable("SAFESCAN_DATASET_DIR");
    return overridden.isEmpty() ? QStringLiteral(SAFESCAN_DATASET_DIR) : overridden;
}

QList<DatasetSample> datasetSamples()
{
    static const QStringList imageSuffixes = {u"png"_s, u"jpg"_s, u"jpeg"_s, u"webp"_s,
                                              u"gif"_s, u"bmp"_s, u"tif"_s,  u"pbm"_s};
    QList<DatasetSample> samples;
    QDirIterator it(datasetDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (!imageSuffixes.contains(info.suffix().toLower()))
            continue;
        QFile expectation(info.dir().filePath(info.completeBaseName() + u".txt"_s));
        if (!expectation.open(QIODevice::ReadOnly))
            continue;
        samples.append({info.filePath(), expectation.readAll()});
    }
    std::sort(samples.begin(), samples.end(),
              [](const DatasetSample& a, const DatasetSample& b) { return a.imagePath < b.imagePath; });
    return samples;
}

} // namespace SafeScan::Test
