#pragma once

#include "CanonicalUrl.h"

#include <QStringList>

namespace SafeScan {

// Safe Browsing host-suffix/path-prefix lookup expressions for a canonical hierarchical URL: up to
// 5 host suffixes (exact host, then up to 4 formed from the last 5 components, no IP suffixes)
// times up to 6 path prefixes (exact path with query, exact path without query, then up to 4 from
// the root: "/", "/a/", "/a/b/"...). Each expression is "host/path[?query]" with no scheme and no
// port. Empty for invalid, opaque or host-less URLs.
QStringList lookupExpressions(const CanonicalUrl& url);

} // namespace SafeScan
