#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>

#include <array>

namespace SafeScan {

enum class CodeFormat
{
    QRCode,
    MicroQRCode,
};

// Stable names used in JSON and logs: "QRCode", "MicroQRCode".
QString codeFormatName(CodeFormat format);

// One symbol found in an image or frame.
struct DecodedCode
{
    QString text;     // UTF-8 text as decoded (for binary content: ZXing's best-effort reading)
    QByteArray bytes; // raw content bytes, set when the content is not valid text
    bool binary = false;
    CodeFormat format = CodeFormat::QRCode;
    // Corners in frame coordinates: top-left, top-right, bottom-right, bottom-left of the symbol.
    std::array<QPointF, 4> corners{};
    int orientation = 0; // degrees the symbol is rotated by
    bool mirrored = false;
    bool inverted = false; // light modules on a dark background
    double decodeMs = 0;   // time of the decode that found it
    QString pass;          // the decode pass that found it

    // Content identity: same text/bytes and format means same code, wherever it is.
    QByteArray contentKey() const;
};

// What one decode of an image or frame produced.
struct DecodeResult
{
    QList<DecodedCode> codes;
    double decodeMs = 0;
    int passesTried = 0;
};

} // namespace SafeScan
