#pragma once

#include <QByteArray>
#include <QElapsedTimer>

#include <functional>
#include <vector>

namespace SafeScan::Bench {

// Target of issue 8: every dashboard query answers within 200 ms at p95.
inline constexpr double TargetP95Ms = 200.0;

// CPU time of this process: the other numbers are wall time, which a loaded machine stretches.
qint64 cpuNs();

// "0.94 1.31 1.72" (1, 5 and 15 minutes): how busy the machine was.
QByteArray loadAverage();

// Wall and CPU time of a measured part, summed over its pieces (Stopwatch).
struct Timing
{
    qint64 wallNs = 0;
    qint64 cpuNs = 0;
    double perWallSecond(qint64 n) const;
    double perCpuSecond(qint64 n) const;
};

// Adds the time from construction to destruction to a Timing.
class Stopwatch
{
public:
    explicit Stopwatch(Timing& into);
    ~Stopwatch();
    Stopwatch(const Stopwatch&) = delete;
    Stopwatch& operator=(const Stopwatch&) = delete;

private:
    Timing& m_into;
    QElapsedTimer m_wall;
    qint64 m_cpuStart;
};

struct Latency
{
    double p50 = -1;
    double p95 = -1;
    bool failed = false;
};

Latency percentiles(std::vector<double> ms);

// `runs` calls of `query`, each timed (wall); a failed call fails the measure.
Latency measure(int runs, const std::function<bool()>& query);
// `runs` calls of `query`, each giving its own time in ms (< 0: failed).
Latency measureTimed(int runs, const std::function<double()>& query);

// Counts the MET / MISSED lines of a run.
class Targets
{
public:
    // "MET" or "MISSED" for `latency`, counted.
    const char* mark(const Latency& latency);
    int met() const { return m_met; }
    int missed() const { return m_missed; }
    double worstP95() const { return m_worst; }

private:
    int m_met = 0;
    int m_missed = 0;
    double m_worst = 0;
};

} // namespace SafeScan::Bench
