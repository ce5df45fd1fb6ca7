#pragma once

#include "LumaImage.h"

// Image operations used by the fallback decode passes. Each reads a view and returns a new packed
// image; none changes its input.
namespace SafeScan::LumaTransforms {

// 255 - v: turns light-on-dark codes into the dark-on-light ones decoders expect.
LumaImage inverted(const LumaView& src);
// Horizontal mirror.
LumaImage mirrored(const LumaView& src);
// Area-average downscale by an integer factor (smooths halftone and sensor noise).
LumaImage downscaled(const LumaView& src, int factor);
// Bilinear 2x upscale (sample taps 3/4 and 1/4, borders clamped): gives small modules more pixels.
LumaImage upscaled2x(const LumaView& src);
// Exact 3x3 median; border pixels are copied. Removes speckle without softening module edges.
LumaImage median3x3(const LumaView& src);
// Unsharp mask 2v - G(v), G a separable 7-tap Gaussian (sigma 1): crisps blurred module edges.
LumaImage sharpened(const LumaView& src);

} // namespace SafeScan::LumaTransforms
