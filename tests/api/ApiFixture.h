#pragma once

#include "FakeNetwork.h"
#include "ManualClock.h"
#include "ManualScheduler.h"
#include "api/ApiContext.h"

#include <QCryptographicHash>
#include <QString>

#include <memory>

namespace SafeScan::Test {

// A fake network, a manual clock and scheduler, and an ApiContext on them.
struct ApiFixture
{
    ManualClock clock;
    ManualScheduler scheduler{clock};
    FakeNetwork network;
    QString token = QStringLiteral("device-token-1");

    ApiContext context(qint64 timeoutMs = 10'000)
    {
        ApiContext c;
        c.network = &network;
        c.baseUrl = QUrl(QStringLiteral("https://ratings.example:8443/base/"));
        c.token = [this] { return token; };
        c.clock = &clock;
        c.scheduler = &scheduler;
        c.timeoutMs = timeoutMs;
        return c;
    }
};

inline QString hashOfText(const char* text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace SafeScan::Test
