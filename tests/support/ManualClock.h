#pragma once

#include "base/Clock.h"

namespace SafeScan::Test {

// A clock that only moves when the test says so. Monotonic and wall time move together.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'000'000, qint64 epochStartMs = 1'795'000'000'000)
        : m_now(startMs)
        , m_epochOffset(epochStartMs - startMs)
    {}
    qint64 nowMs() const override { return m_now; }
    qint64 epochMs() const override { return m_now + m_epochOffset; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
    qint64 m_epochOffset;
};

} // namespace SafeScan::Test
