#include "LumaTransforms.h"

#include <algorithm>
#include <array>

namespace SafeScan::LumaTransforms {

namespace {
inline uchar clampToByte(int v)
{
    return uchar(std::clamp(v, 0, 255));
}

inline int median3(int a, int b, int c)
{
    return std::max(std::min(a, b), std::min(std::max(a, b), c));
}
} // namespace

LumaImage inverted(const LumaView& src)
{
    LumaImage out(src.width, src.height);
    for (int y = 0; y < src.height; ++y) {
        uchar* dst = out.row(y);
        for (int x = 0; x < src.width; ++x)
            dst[x] = uchar(255 - src.at(x, y));
    }
    return out;
}

LumaImage mirrored(const LumaView& src)
{
    LumaImage out(src.width, src.height);
    for (int y = 0; y < src.height; ++y) {
        uchar* dst = out.row(y);
        for (int x = 0; x < src.width; ++x)
            dst[x] = src.at(src.width - 1 - x, y);
    }
    return out;
}

LumaImage downscaled(const LumaView& src, int factor)
{
    factor = std::max(1, factor);
    const int width = src.width / factor;
    const int height = src.height / factor;
    if (width <= 0 || height <= 0)
        return {};
    LumaImage out(width, height);
    std::vector<int> sums(size_t(width), 0);
    const int area = factor * factor;
    for (int y = 0; y < height; ++y) {
        std::fill(sums.begin(), sums.end(), 0);
        for (int dy = 0; dy < factor; ++dy) {
            const int sy = y * factor + dy;
            for (int x = 0; x < width; ++x) {
                int sum = 0;
                for (int dx = 0; dx < factor; ++dx)
                    sum += src.at(x * factor + dx, sy);
                sums[size_t(x)] += sum;
            }
        }
        uchar* dst = out.row(y);
        for (int x = 0; x < width; ++x)
            dst[x] = uchar((sums[size_t(x)] + area / 2) / area);
    }
    return out;
}

LumaImage upscaled2x(const LumaView& src)
{
    const int w = src.width;
    const int h = src.height;
    // Horizontal pass into 4x fixed point, then vertical pass; output pixel 2i samples i - 1/4,
    // 2i + 1 samples i + 1/4.
    std::vector<int> wide(size_t(2 * w) * size_t(h));
    for (int y = 0; y < h; ++y) {
        int* row = wide.data() + size_t(y) * size_t(2 * w);
        for (int x = 0; x < w; ++x) {
            const int c = src.at(x, y);
            row[2 * x] = 3 * c + src.at(std::max(0, x - 1), y);
            row[2 * x + 1] = 3 * c + src.at(std::min(w - 1, x + 1), y);
        }
    }
    LumaImage out(2 * w, 2 * h);
    for (int y = 0; y < h; ++y) {
        const int* here = wide.data() + size_t(y) * size_t(2 * w);
        const int* above = wide.data() + size_t(std::max(0, y - 1)) * size_t(2 * w);
        const int* below = wide.data() + size_t(std::min(h - 1, y + 1)) * size_t(2 * w);
        uchar* top = out.row(2 * y);
        uchar* bottom = out.row(2 * y + 1);
        for (int x = 0; x < 2 * w; ++x) {
            top[x] = uchar((3 * here[x] + above[x] + 8) / 16);
            bottom[x] = uchar((3 * here[x] + below[x] + 8) / 16);
        }
    }
    return out;
}

LumaImage median3x3(const LumaView& src)
{
    LumaImage out = LumaImage::fromView(src);
    if (src.width < 3 || src.height < 3)
        return out;
    // Each column of three is sorted once per row (low, middle, high); the median of nine is then
    // the median of the largest low, the middle middle and the smallest high of three neighbours.
    const int w = src.width;
    const size_t columns = static_cast<size_t>(w);
    std::vector<int> lo(columns), mid(columns), hi(columns);
    for (int y = 1; y + 1 < src.height; ++y) {
        for (int x = 0; x < w; ++x) {
            const int a = src.at(x, y - 1), b = src.at(x, y), c = src.at(x, y + 1);
            lo[size_t(x)] = std::min({a, b, c});
            hi[size_t(x)] = std::max({a, b, c});
            mid[size_t(x)] = median3(a, b, c);
        }
        uchar* dst = out.row(y);
        for (int x = 1; x + 1 < w; ++x) {
            const size_t i = size_t(x);
            const int maxLo = std::max({lo[i - 1], lo[i], lo[i + 1]});
            const int minHi = std::min({hi[i - 1], hi[i], hi[i + 1]});
            dst[x] = uchar(median3(maxLo, median3(mid[i - 1], mid[i], mid[i + 1]), minHi));
        }
    }
    return out;
}

LumaImage sharpened(const LumaView& src)
{
    static constexpr std::array<int, 7> kernel = {1, 14, 62, 102, 62, 14, 1}; // sums to 256
    const int w = src.width;
    const int h = src.height;
    std::vector<int> horizontal(size_t(w) * size_t(h));
    for (int y = 0; y < h; ++y) {
        int* row = horizontal.data() + size_t(y) * size_t(w);
        for (int x = 0; x < w; ++x) {
            int sum = 0;
            for (int k = -3; k <= 3; ++k)
                sum += kernel[size_t(k + 3)] * src.at(std::clamp(x + k, 0, w - 1), y);
            row[x] = sum;
        }
    }
    LumaImage out(w, h);
    for (int y = 0; y < h; ++y) {
        uchar* dst = out.row(y);
        for (int x = 0; x < w; ++x) {
            qint64 sum = 0;
            for (int k = -3; k <= 3; ++k)
                sum += qint64(kernel[size_t(k + 3)]) *
                       horizontal[size_t(std::clamp(y + k, 0, h - 1)) * size_t(w) + size_t(x)];
            const int blurred = int((sum + 32768) >> 16);
            dst[x] = clampToByte(2 * src.at(x, y) - blurred);
        }
    }
    return out;
}

} // namespace SafeScan::LumaTransforms
