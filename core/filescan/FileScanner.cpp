#include "FileScanner.h"

#include "ImageLoader.h"
#include "decode/QrDecoder.h"
#include "payload/PayloadParser.h"
#include "safety/SafetyEngine.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
FileScanResult failed(const QString& name, const QString& error)
{
    FileScanResult result;
    result.file = name;
    result.error = error;
    return result;
}
} // namespace

FileScanner::FileScanner(const QrDecoder& decoder, const SafetyEngine* safety)
    : m_decoder(decoder)
    , m_safety(safety)
{}

FileScanResult FileScanner::scan(const ImageInput& input) const
{
    if (!input.error.isEmpty())
        return failed(input.path, input.error);
    if (input.isStdin()) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return failed(input.path, u"cannot read standard input"_s);
        return scanData(input.path, in.readAll());
    }
    const ImageLoader::Loaded loaded = ImageLoader::fromFile(input.path);
    if (!loaded.ok())
        return failed(input.path, loaded.error);
    return scanImage(input.path, loaded.image);
}

FileScanResult FileScanner::scanData(const QString& name, const QByteArray& data) const
{
    const ImageLoader::Loaded loaded = ImageLoader::fromData(data);
    if (!loaded.ok())
        return failed(name, loaded.error);
    return scanImage(name, loaded.image);
}

FileScanResult FileScanner::scanImage(const QString& name, const QImage& image) const
{
    FileScanResult result;
    result.file = name;
    result.imageSize = image.size();
    const DecodeResult decoded = m_decoder.decode(image);
    result.decodeMs = decoded.decodeMs;
    for (const DecodedCode& code : decoded.codes) {
        Payload payload =
            code.binary ? PayloadParser::parseBytes(code.bytes) : PayloadParser::parse(code.text);
        std::optional<Verdict> verdict;
        if (m_safety)
            verdict = m_safety->judge(payload);
        result.codes.append({code, std::move(payload), std::move(verdict)});
    }
    return result;
}

} // namespace SafeScan
