#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

// Test images made at test time: QR codes from qrencode, then rotated, mirrored, inverted, scaled,
// blurred or made noisy; and the shared dataset of real photos with their expectations.
namespace SafeScan::Test {

struct QrSpec
{
    QByteArray content;
    int moduleSize = 6;
    int margin = 4;
    bool micro = false;
    bool binary = false; // 8-bit mode, content taken byte for byte
    char level = 'M';
};

// Runs qrencode; fails the current test (QFAIL-style via qFatal message) when it cannot.
QImage qrImage(const QrSpec& spec);
inline QImage qrImage(const QByteArray& content, int moduleSize = 6)
{
    return qrImage(QrSpec{content, moduleSize});
}

QImage rotated(const QImage& image, double degrees);
QImage mirrored(const QImage& image);
QImage inverted(const QImage& image);
QImage withNoise(const QImage& image, int amplitude, quint32 seed = 7);
QImage blurred(const QImage& image, double sigma);
// Places images side by side with a white gap on one white canvas.
QImage montage(const QList<QImage>& images, int gap = 40);
// Puts an image on a larger canvas of the given size at `topLeft`.
QImage onCanvas(const QImage& image, QSize canvas, QPoint topLeft, QColor background = Qt::white);

struct DatasetSample
{
    QString imagePath;
    QByteArray expected;
};
// ../shared/datasets/qr-photos beside the repository, or $SAFESCAN_DATASET_DIR.
QString datasetDir();
// Every image of the dataset that has a .txt expectation beside it.
QList<DatasetSample> datasetSamples();

} // namespace SafeScan::Test
