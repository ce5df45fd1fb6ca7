#pragma once

#include "base/Clock.h"

namespace SafeScan::Test {

// A clock that only moves when the test says so.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'000'000)
        : m_now(startMs)
    {}
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

} // namespace SafeScan::Test
