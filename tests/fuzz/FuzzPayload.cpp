// The payload parser on arbitrary bytes, and its JSON form back again.
#include "FuzzInput.h"
#include "payload/PayloadJson.h"
#include "payload/PayloadParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace SafeScan;
    const Payload payload = PayloadParser::parseBytes(Fuzz::bytes(data, size));
    (void)payloadToJson(payload);
    return 0;
}
