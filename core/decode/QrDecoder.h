#pragma once

#include "DecodePass.h"
#include "DecodedCode.h"
#include "LumaImage.h"

class QImage;

namespace SafeScan {

// Finds every QR and Micro QR code in a still image: the plain ZXing pass first, then the bounded
// fallback passes (inverted, other binarizers, rescaled, stretched, blurred) until one finds a
// code. Stateless and thread-safe: one instance may serve several threads.
class QrDecoder
{
public:
    QrDecoder();
    explicit QrDecoder(QList<DecodePass> fallbacks);

    DecodeResult decode(const LumaView& image) const;
    DecodeResult decode(const QImage& image) const;

    // One pass alone; corner positions come back in the coordinates of `image`.
    QList<DecodedCode> runPass(const LumaView& image, const DecodePass& pass) const;

    const QList<DecodePass>& fallbacks() const { return m_fallbacks; }

private:
    QList<DecodePass> m_fallbacks;
};

} // namespace SafeScan
