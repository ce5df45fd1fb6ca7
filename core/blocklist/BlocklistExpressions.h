#pragma once

#include "urlcanon/CanonicalUrl.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace SafeScan {

// Safe Browsing lookup expressions ("host/path[?query]", no scheme) for blocklist entries and
// for the URLs checked against them. The only place the blocklist talks to urlcanon.
class BlocklistExpressions
{
public:
    struct Result
    {
        QString expression; // empty when the input was rejected
        QString error;
    };

    // The entry for a listed URL: canonical host + path (+ "?" + query). A URL without a scheme is
    // read as http.
    static Result forUrl(QStringView url);
    // The entry for a listed host: canonical host + "/", which every URL on the host and on its
    // subdomains produces among its lookup expressions.
    static Result forHost(QStringView host);
    // Every expression to look up for a canonical URL (host suffixes x path prefixes).
    static QStringList lookupFor(const CanonicalUrl& url);
};

} // namespace SafeScan
