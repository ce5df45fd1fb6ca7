#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace SafeScan {

class Clock;
class Scheduler;

// The current bearer token (device or session), empty when there is none. Called for every
// request, so a token stored after the job was made is used.
using TokenProvider = std::function<QString()>;

// What every API job needs, passed in (no globals): the network manager, the server's base URL
// (scheme, host, port and an optional path prefix; the jobs append "/v1/..."), the token, the
// clock (Retry-After dates) and the scheduler (timeouts). All pointers must outlive the jobs.
struct ApiContext
{
    QNetworkAccessManager* network = nullptr;
    QUrl baseUrl;
    TokenProvider token;
    const Clock* clock = nullptr;
    Scheduler* scheduler = nullptr;
    qint64 timeoutMs = 15'000; // one attempt, from sending to the last byte
};

} // namespace SafeScan
