#include "QrDecoder.h"

#include "DecodeLog.h"
#include "LumaTransforms.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTransform>

#include <ZXing/ReadBarcode.h>

#include <optional>

namespace SafeScan {

namespace {

ZXing::Binarizer toZXing(DecodePass::Binarizer binarizer)
{
    switch (binarizer) {
    case DecodePass::Binarizer::LocalAverage:
        return ZXing::Binarizer::LocalAverage;
    case DecodePass::Binarizer::GlobalHistogram:
        return ZXing::Binarizer::GlobalHistogram;
    case DecodePass::Binarizer::FixedThreshold:
        return ZXing::Binarizer::FixedThreshold;
    }
    return ZXing::Binarizer::LocalAverage;
}

ZXing::DecodeHints hintsFor(const DecodePass& pass)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::MicroQRCode);
    hints.setTryHarder(pass.tryHarder);
    hints.setTryRotate(pass.tryRotate);
    hints.setTryDownscale(pass.tryDownscale);
    hints.setBinarizer(toZXing(pass.binarizer));
    return hints;
}

// Applies one step; returns the new image and the transform from its coordinates to the old ones.
LumaImage applyStep(const LumaView& src, const PassStep& step, QTransform& toSource)
{
    using namespace LumaTransforms;
    const double f = step.factor;
    switch (step.op) {
    case PassStep::Op::Invert:
        toSource = QTransform();
        return inverted(src);
    case PassStep::Op::Mirror:
        toSource = QTransform(-1, 0, 0, 1, src.width - 1, 0);
        return mirrored(src);
    case PassStep::Op::Downscale:
        toSource = QTransform::fromScale(f, f) * QTransform::fromTranslate((f - 1) / 2, (f - 1) / 2);
        return downscaled(src, step.factor);
    case PassStep::Op::Upscale2x:
        toSource = QTransform::fromScale(0.5, 0.5) * QTransform::fromTranslate(-0.25, -0.25);
        return upscaled2x(src);
    case PassStep::Op::Median3x3:
        toSource = QTransform();
        return median3x3(src);
    case PassStep::Op::Sharpen:
        toSource = QTransform();
        return sharpened(src);
    }
    toSource = QTransform();
    return LumaImage::fromView(src);
}

std::optional<CodeFormat> toCodeFormat(ZXing::BarcodeFormat format)
{
    switch (format) {
    case ZXing::BarcodeFormat::QRCode:
        return CodeFormat::QRCode;
    case ZXing::BarcodeFormat::MicroQRCode:
        return CodeFormat::MicroQRCode;
    default:
        return std::nullopt;
    }
}

DecodedCode toDecodedCode(const ZXing::Result& result, CodeFormat format, const DecodePass& pass,
                          const QTransform& toFrame)
{
    DecodedCode code;
    code.format = format;
    const std::string utf8 = result.text();
    code.text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    const auto contentType = result.contentType();
    code.binary = contentType == ZXing::ContentType::Binary || contentType == ZXing::ContentType::Mixed;
    if (code.binary) {
        const ZXing::ByteArray& raw = result.bytes();
        code.bytes = QByteArray(reinterpret_cast<const char*>(raw.data()), qsizetype(raw.size()));
    }
    const ZXing::Position& position = result.position();
    for (int i = 0; i < 4; ++i)
        code.corners[size_t(i)] = toFrame.map(QPointF(position[i].x, position[i].y));
    code.orientation = result.orientation();
    code.mirrored = result.isMirrored() != pass.mirrors();
    code.inverted = pass.inverts();
    code.pass = pass.name;
    return code;
}

} // namespace

QrDecoder::QrDecoder()
    : QrDecoder(DecodePasses::fallbacks())
{}

QrDecoder::QrDecoder(QList<DecodePass> fallbacks)
    : m_fallbacks(std::move(fallbacks))
{}

QList<DecodedCode> QrDecoder::runPass(const LumaView& image, const DecodePass& pass) const
{
    if (image.isNull())
        return {};
    LumaImage transformed;
    LumaView current = image;
    QTransform toFrame;
    for (const PassStep& step : pass.steps) {
        QTransform toPrevious;
        transformed = applyStep(current, step, toPrevious);
        if (transformed.isNull())
            return {};
        toFrame = toPrevious * toFrame;
        current = transformed.view();
    }

    const ZXing::ImageView zxImage(current.data, current.width, current.height, ZXing::ImageFormat::Lum,
                                   current.rowStride, current.pixStride);
    const ZXing::Results results = ZXing::ReadBarcodes(zxImage, hintsFor(pass));
    QList<DecodedCode> codes;
    for (const ZXing::Result& result : results) {
        if (!result.isValid())
            continue;
        if (const auto format = toCodeFormat(result.format()))
            codes.append(toDecodedCode(result, *format, pass, toFrame));
    }
    return codes;
}

DecodeResult QrDecoder::decode(const LumaView& image) const
{
    QElapsedTimer timer;
    timer.start();
    DecodeResult result;
    result.codes = runPass(image, DecodePasses::plain());
    result.passesTried = 1;
    for (qsizetype i = 0; result.codes.isEmpty() && i < m_fallbacks.size(); ++i) {
        result.codes = runPass(image, m_fallbacks.at(i));
        ++result.passesTried;
    }
    result.decodeMs = double(timer.nsecsElapsed()) / 1e6;
    for (DecodedCode& code : result.codes)
        code.decodeMs = result.decodeMs;
    qCDebug(lcDecode) << "decoded" << result.codes.size() << "codes in" << result.decodeMs << "ms after"
                      << result.passesTried << "passes";
    return result;
}

DecodeResult QrDecoder::decode(const QImage& image) const
{
    QElapsedTimer timer;
    timer.start();
    const LumaImage luma = LumaImage::fromQImage(image);
    DecodeResult result = decode(luma.view());
    result.decodeMs = double(timer.nsecsElapsed()) / 1e6;
    for (DecodedCode& code : result.codes)
        code.decodeMs = result.decodeMs;
    return result;
}

} // namespace SafeScan
