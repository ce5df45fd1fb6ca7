#pragma once

#include "ImageInputs.h"
#include "decode/DecodedCode.h"
#include "payload/Payload.h"

#include <QSize>

namespace SafeScan {

class QrDecoder;

// One scanned code with its parsed content.
struct ScannedCode
{
    DecodedCode code;
    Payload payload;
};

// The outcome of scanning one image input.
struct FileScanResult
{
    QString file;
    QString error; // empty when the image was read
    QSize imageSize;
    QList<ScannedCode> codes;
    double decodeMs = 0;

    bool ok() const { return error.isEmpty(); }
};

// Reads image inputs and turns every code in them into typed payloads.
class FileScanner
{
public:
    explicit FileScanner(const QrDecoder& decoder);

    FileScanResult scan(const ImageInput& input) const;
    FileScanResult scanData(const QString& name, const QByteArray& data) const;
    FileScanResult scanImage(const QString& name, const QImage& image) const;

private:
    const QrDecoder& m_decoder;
};

} // namespace SafeScan
