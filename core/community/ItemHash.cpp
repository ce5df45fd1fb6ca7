#include "ItemHash.h"

#include "localdata/ContentHash.h"
#include "payload/Payload.h"
#include "urlcanon/UrlCanonicalizer.h"

namespace SafeScan::ItemHash {

QString canonicalContent(const Payload& payload)
{
    if (const UrlPayload* url = payload.as<UrlPayload>()) {
        const CanonicalUrl canonical = UrlCanonicalizer::canonicalize(url->url);
        if (canonical.valid)
            return canonical.url();
    }
    return payload.text;
}

QString of(const Payload& payload)
{
    return ContentHash::ofCanonicalContent(canonicalContent(payload));
}

QString prefixOf(QStringView hash)
{
    return hash.left(8).toString().toLower();
}

} // namespace SafeScan::ItemHash
