// Image decoding of arbitrary bytes: Qt's image readers, then the QR decoder with its fallbacks.
#include "FuzzInput.h"
#include "decode/QrDecoder.h"

#include <QImage>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace SafeScan;
    static const QrDecoder decoder;
    const QImage image = QImage::fromData(Fuzz::bytes(data, size));
    // Decoding a huge image is slow, not wrong: keep each input fast (the app scales big images
    // down before decoding too).
    if (image.isNull() || qint64(image.width()) * image.height() > 1024 * 1024)
        return 0;
    (void)decoder.decode(image);
    return 0;
}
