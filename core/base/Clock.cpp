#include "Clock.h"

#include <chrono>

namespace SafeScan {

qint64 SteadyClock::nowMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace SafeScan
