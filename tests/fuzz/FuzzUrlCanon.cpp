// URL canonicalisation, lookup expressions and the local safety checks on arbitrary text.
#include "FuzzInput.h"
#include "payload/PayloadParser.h"
#include "safety/SafetyEngine.h"
#include "urlcanon/LookupExpressions.h"
#include "urlcanon/UrlCanonicalizer.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace SafeScan;
    static const SafetyEngine engine;
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const CanonicalUrl url = UrlCanonicalizer::canonicalize(text);
    (void)lookupExpressions(url);
    (void)engine.judge(PayloadParser::parse(text));
    return 0;
}
