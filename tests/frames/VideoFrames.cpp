#include "VideoFrames.h"

#include <cstring>

namespace SafeScan::Test {

namespace {
using PF = QVideoFrameFormat::PixelFormat;

void fillPlane(QVideoFrame& frame, int plane, uchar value)
{
    const int lines = frame.mappedBytes(plane) / frame.bytesPerLine(plane);
    std::memset(frame.bits(plane), value, size_t(frame.bytesPerLine(plane)) * size_t(lines));
}
} // namespace

QVideoFrame videoFrame(const QImage& source, QVideoFrameFormat::PixelFormat format)
{
    const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
    QVideoFrame frame(QVideoFrameFormat(gray.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int w = gray.width();
    const int h = gray.height();
    for (int p = 0; p < frame.planeCount(); ++p)
        fillPlane(frame, p, 128);
    uchar* base = frame.bits(0);
    const int stride = frame.bytesPerLine(0);
    for (int y = 0; y < h; ++y) {
        const uchar* src = gray.constScanLine(y);
        uchar* row = base + qsizetype(y) * stride;
        for (int x = 0; x < w; ++x) {
            const uchar v = src[x];
            switch (format) {
            case PF::Format_YUYV:
                row[2 * x] = v;
                break;
            case PF::Format_UYVY:
                row[2 * x + 1] = v;
                break;
            case PF::Format_ARGB8888:
            case PF::Format_XRGB8888:
            case PF::Format_BGRA8888:
            case PF::Format_BGRX8888:
            case PF::Format_ABGR8888:
            case PF::Format_XBGR8888:
            case PF::Format_RGBA8888:
            case PF::Format_RGBX8888:
                std::memset(row + 4 * x, v, 4);
                break;
            default: // planar and semi-planar: Y plane first
                row[x] = v;
                break;
            }
        }
    }
    frame.unmap();
    return frame;
}

} // namespace SafeScan::Test
