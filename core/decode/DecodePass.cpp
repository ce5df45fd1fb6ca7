#include "DecodePass.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
int countOps(const QList<PassStep>& steps, PassStep::Op op)
{
    return int(std::count_if(steps.begin(), steps.end(), [op](const PassStep& s) { return s.op == op; }));
}

DecodePass pass(QString name, QList<PassStep> steps,
                DecodePass::Binarizer binarizer = DecodePass::Binarizer::LocalAverage)
{
    DecodePass p;
    p.name = std::move(name);
    p.steps = std::move(steps);
    p.binarizer = binarizer;
    return p;
}
} // namespace

bool DecodePass::inverts() const
{
    return countOps(steps, PassStep::Op::Invert) % 2 == 1;
}

bool DecodePass::mirrors() const
{
    return countOps(steps, PassStep::Op::Mirror) % 2 == 1;
}

DecodePass DecodePasses::plain()
{
    return pass(u"plain"_s, {});
}

const QList<DecodePass>& DecodePasses::fallbacks()
{
    using Op = PassStep::Op;
    using B = DecodePass::Binarizer;
    static const QList<DecodePass> passes = {
        // Halftone, moire and noisy prints: averaging 2x2 and a global threshold.
        pass(u"downscale-2-global-histogram"_s, {{Op::Downscale, 2}}, B::GlobalHistogram),
        // Light modules on a dark background: ZXing 1.4 does not look for them.
        pass(u"inverted"_s, {{Op::Invert, 1}}),
        // Blurred or soft module edges.
        pass(u"sharpened"_s, {{Op::Sharpen, 1}}),
        // ZXing 1.4 reads only some mirrored symbols by itself (fixed upstream after 1.4).
        pass(u"mirrored"_s, {{Op::Mirror, 1}}),
        // Small modules with speckle: more pixels per module, then the speckle removed.
        pass(u"upscale-2-median"_s, {{Op::Upscale2x, 1}, {Op::Median3x3, 1}}),
        pass(u"mirrored-inverted"_s, {{Op::Mirror, 1}, {Op::Invert, 1}}),
    };
    return passes;
}

const QList<DecodePass>& DecodePasses::liveFallbacks()
{
    using Op = PassStep::Op;
    using B = DecodePass::Binarizer;
    static const QList<DecodePass> passes = {
        pass(u"downscale-2-global-histogram"_s, {{Op::Downscale, 2}}, B::GlobalHistogram),
        pass(u"downscale-2-inverted"_s, {{Op::Downscale, 2}, {Op::Invert, 1}}),
        pass(u"downscale-2-mirrored"_s, {{Op::Downscale, 2}, {Op::Mirror, 1}}),
        pass(u"inverted"_s, {{Op::Invert, 1}}),
        pass(u"sharpened"_s, {{Op::Sharpen, 1}}),
        pass(u"mirrored"_s, {{Op::Mirror, 1}}),
        pass(u"mirrored-inverted"_s, {{Op::Mirror, 1}, {Op::Invert, 1}}),
        // No upscaling here: on a camera frame it costs many plain passes at once, and a code too
        // small to read is better met by moving closer.
    };
    return passes;
}

} // namespace SafeScan
