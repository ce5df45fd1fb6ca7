// Blocklist feed import (format detection and every format's parser) on arbitrary bytes.
#include "FuzzInput.h"
#include "blocklist/BlocklistParser.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace SafeScan;
    QByteArray bytes = Fuzz::bytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    (void)BlocklistParser().parse(buffer);
    return 0;
}
