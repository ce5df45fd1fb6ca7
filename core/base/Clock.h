#pragma once

#include <QtGlobal>

namespace SafeScan {

// Time source. Everything that waits, expires, decays or stamps a record takes a Clock so that
// tests can drive time by hand instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds on a monotonic scale; only differences are meaningful. For timeouts and rates.
    virtual qint64 nowMs() const = 0;
    // Wall-clock milliseconds since the Unix epoch (UTC). For timestamps that are stored or shown.
    virtual qint64 epochMs() const = 0;
};

// The real clock.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    qint64 epochMs() const override;
};

} // namespace SafeScan
