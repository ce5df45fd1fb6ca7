#include "VideoFrameLuma.h"

#include "FramesLog.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

using PF = QVideoFrameFormat::PixelFormat;

// Where the Y samples sit inside plane 0 for formats that can be read in place.
struct InPlaceLuma
{
    int offset;    // byte offset of the first Y sample (or its high byte)
    int pixStride; // bytes from one Y sample to the next
};

std::optional<InPlaceLuma> inPlaceLuma(PF format)
{
    switch (format) {
    case PF::Format_NV12:
    case PF::Format_NV21:
    case PF::Format_YUV420P:
    case PF::Format_YUV422P:
    case PF::Format_YV12:
    case PF::Format_IMC1:
    case PF::Format_IMC2:
    case PF::Format_IMC3:
    case PF::Format_IMC4:
    case PF::Format_Y8:
        return InPlaceLuma{0, 1};
    case PF::Format_YUYV:
        return InPlaceLuma{0, 2};
    case PF::Format_UYVY:
        return InPlaceLuma{1, 2};
    case PF::Format_AYUV:
    case PF::Format_AYUV_Premultiplied:
        return InPlaceLuma{1, 4};
    // Little-endian 16-bit samples: the high byte carries the 8 most significant bits.
    case PF::Format_P010:
    case PF::Format_P016:
    case PF::Format_Y16:
        return InPlaceLuma{1, 2};
    default:
        return std::nullopt;
    }
}

// Byte positions of R, G and B in 32-bit RGB formats (Qt's video formats name bytes in memory order).
struct RgbLayout
{
    int r, g, b;
};

std::optional<RgbLayout> rgbLayout(PF format)
{
    switch (format) {
    case PF::Format_ARGB8888:
    case PF::Format_ARGB8888_Premultiplied:
    case PF::Format_XRGB8888:
        return RgbLayout{1, 2, 3};
    case PF::Format_BGRA8888:
    case PF::Format_BGRA8888_Premultiplied:
    case PF::Format_BGRX8888:
        return RgbLayout{2, 1, 0};
    case PF::Format_ABGR8888:
    case PF::Format_XBGR8888:
        return RgbLayout{3, 2, 1};
    case PF::Format_RGBA8888:
    case PF::Format_RGBX8888:
        return RgbLayout{0, 1, 2};
    default:
        return std::nullopt;
    }
}

// ITU-R BT.601 weights in fixed point, the same as ZXing's own conversion.
inline uchar rgbToLuma(unsigned r, unsigned g, unsigned b)
{
    return uchar((306 * r + 601 * g + 117 * b + 0x200) >> 10);
}

} // namespace

bool VideoFrameLuma::isSupported(QVideoFrameFormat::PixelFormat format)
{
    return inPlaceLuma(format).has_value() || rgbLayout(format).has_value();
}

VideoFrameLuma::VideoFrameLuma(const QVideoFrame& frame)
    : m_frame(frame)
{
    const PF format = m_frame.pixelFormat();
    if (!m_frame.isValid()) {
        m_error = u"invalid video frame"_s;
        return;
    }
    if (!isSupported(format)) {
        m_error = u"unsupported pixel format %1"_s.arg(QVideoFrameFormat::pixelFormatToString(format));
        return;
    }
    if (!m_frame.map(QVideoFrame::ReadOnly)) {
        m_error = u"video frame could not be mapped for reading"_s;
        return;
    }
    const int width = m_frame.width();
    const int height = m_frame.height();
    const uchar* plane = m_frame.bits(0);
    const int stride = m_frame.bytesPerLine(0);
    if (!plane || width <= 0 || height <= 0 || stride <= 0) {
        m_error = u"video frame has no pixel data"_s;
        return;
    }

    if (const auto luma = inPlaceLuma(format)) {
        m_view = {plane + luma->offset, width, height, stride, luma->pixStride};
        return;
    }

    const RgbLayout rgb = *rgbLayout(format);
    m_converted = LumaImage(width, height);
    for (int y = 0; y < height; ++y) {
        const uchar* src = plane + qsizetype(y) * stride;
        uchar* dst = m_converted.row(y);
        for (int x = 0; x < width; ++x, src += 4)
            dst[x] = rgbToLuma(src[rgb.r], src[rgb.g], src[rgb.b]);
    }
    m_view = m_converted.view();
}

VideoFrameLuma::~VideoFrameLuma()
{
    if (m_frame.isMapped())
        m_frame.unmap();
}

} // namespace SafeScan
