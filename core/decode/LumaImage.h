#pragma once

#include <QtGlobal>

#include <vector>

class QImage;

namespace SafeScan {

// A non-owning view of 8-bit luminance samples. pixStride > 1 lets the view walk the Y samples of
// packed YUV (YUYV, UYVY) or the high bytes of 16-bit samples in place, without a copy.
struct LumaView
{
    const uchar* data = nullptr;
    int width = 0;
    int height = 0;
    int rowStride = 0;
    int pixStride = 1;

    bool isNull() const { return data == nullptr || width <= 0 || height <= 0; }
    uchar at(int x, int y) const { return data[qsizetype(y) * rowStride + qsizetype(x) * pixStride]; }
    const uchar* row(int y) const { return data + qsizetype(y) * rowStride; }
};

// An owned, tightly packed 8-bit luminance image.
class LumaImage
{
public:
    LumaImage() = default;
    LumaImage(int width, int height);

    // Any QImage format; transparent pixels are composited over white (codes are printed on paper).
    static LumaImage fromQImage(const QImage& image);
    // Copies a view into a packed image.
    static LumaImage fromView(const LumaView& view);

    bool isNull() const { return m_pixels.empty(); }
    int width() const { return m_width; }
    int height() const { return m_height; }
    uchar* bits() { return m_pixels.data(); }
    const uchar* bits() const { return m_pixels.data(); }
    uchar* row(int y) { return m_pixels.data() + qsizetype(y) * m_width; }
    LumaView view() const { return {m_pixels.data(), m_width, m_height, m_width, 1}; }

private:
    std::vector<uchar> m_pixels;
    int m_width = 0;
    int m_height = 0;
};

} // namespace SafeScan
