#pragma once

#include <QtGlobal>

namespace SafeScan {

// Monotonic time source. Everything that waits, expires or decays takes a Clock so that tests can
// drive time by hand instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds on a monotonic scale; only differences are meaningful.
    virtual qint64 nowMs() const = 0;
};

// The real clock, backed by QElapsedTimer's monotonic reference.
class SteadyClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

} // namespace SafeScan
