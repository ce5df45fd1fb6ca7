#pragma once

#include <QString>
#include <QStringList>

namespace SafeScan::Bench {

// One wrk run (HTTP/1.1, keep-alive): `connections` connections on 2 threads for `seconds`.
struct WrkResult
{
    bool ok = false;
    QString error;
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 requests = 0;
    qint64 errors = 0; // socket errors + timeouts + non-2xx/3xx responses
};

WrkResult runWrk(const QString& url, int connections, int seconds, const QString& luaScript = {});

} // namespace SafeScan::Bench
