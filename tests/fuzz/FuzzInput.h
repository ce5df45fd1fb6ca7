#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// Each fuzz target defines LLVMFuzzerTestOneInput; this is the shared view of its input.
namespace SafeScan::Fuzz {

// The input as a QByteArray without copying (valid for the duration of the call).
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace SafeScan::Fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
