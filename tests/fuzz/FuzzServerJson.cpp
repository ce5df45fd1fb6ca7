// The server's request-body checks (size, depth, one object, field names, hex fields) on arbitrary
// bytes: what every JSON endpoint and /v1/live message goes through first.
#include "FuzzInput.h"
#include "http/JsonBody.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace SafeScan;
    const JsonObjectBody body = parseJsonObject(Fuzz::bytes(data, size));
    if (body.error)
        return 0;
    (void)rejectUnknownFields(body.object, {u"hash"_s, u"vote"_s, u"reason"_s, u"content"_s, u"type"_s});
    for (const QString& key : {u"hash"_s, u"prefix"_s, u"channel"_s}) {
        const QJsonValue value = body.object.value(key);
        if (value.isString()) {
            (void)normalizedHex(value.toString(), 64);
            (void)normalizedHex(value.toString(), 8);
        }
    }
    return 0;
}
