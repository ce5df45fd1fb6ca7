#pragma once

#include "ImageInputs.h"
#include "decode/DecodedCode.h"
#include "payload/Payload.h"
#include "safety/Verdict.h"

#include <QSize>

#include <optional>

namespace SafeScan {

class QrDecoder;
class SafetyEngine;

// One scanned code with its parsed content and, when a safety engine was given, its verdict.
struct ScannedCode
{
    DecodedCode code;
    Payload payload;
    std::optional<Verdict> verdict;
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

// Reads image inputs and turns every code in them into typed payloads, judged when a safety
// engine is given.
class FileScanner
{
public:
    explicit FileScanner(const QrDecoder& decoder, const SafetyEngine* safety = nullptr);

    FileScanResult scan(const ImageInput& input) const;
    FileScanResult scanData(const QString& name, const QByteArray& data) const;
    FileScanResult scanImage(const QString& name, const QImage& image) const;

private:
    const QrDecoder& m_decoder;
    const SafetyEngine* m_safety;
};

} // namespace SafeScan
