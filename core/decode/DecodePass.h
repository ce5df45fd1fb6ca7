#pragma once

#include <QList>
#include <QString>

namespace SafeScan {

// One image operation applied before a pass hands the image to ZXing.
struct PassStep
{
    enum class Op
    {
        Invert,
        Mirror,
        Downscale, // by `factor`, area average
        Upscale2x, // bilinear
        Median3x3,
        Sharpen,
    };
    Op op = Op::Invert;
    int factor = 1;
};

// A decode attempt: image steps, then ZXing with these settings.
struct DecodePass
{
    enum class Binarizer
    {
        LocalAverage,
        GlobalHistogram,
        FixedThreshold,
    };

    QString name;
    QList<PassStep> steps;
    Binarizer binarizer = Binarizer::LocalAverage;
    bool tryHarder = true;
    bool tryRotate = true;
    bool tryDownscale = true;

    bool inverts() const;
    bool mirrors() const;
};

namespace DecodePasses {
// What plain ZXing does: TryHarder and TryRotate on the image as it is.
DecodePass plain();
// Bounded fallbacks for still images, tried in order only when the passes before found nothing.
// Chosen on the real photos of shared/datasets/qr-photos: see docs/ARCHITECTURE.md.
const QList<DecodePass>& fallbacks();
// The same ideas for live frames, cheapest first (half-resolution variants), since a stream
// tries one fallback per frame within a budget.
const QList<DecodePass>& liveFallbacks();
} // namespace DecodePasses

} // namespace SafeScan
