#pragma once

#include <QImage>
#include <QVideoFrame>

namespace SafeScan::Test {

// Builds an in-memory QVideoFrame of `format` whose luminance is `gray` (chroma neutral). For
// 32-bit RGB formats every pixel is gray (R = G = B).
QVideoFrame videoFrame(const QImage& gray, QVideoFrameFormat::PixelFormat format);

} // namespace SafeScan::Test
