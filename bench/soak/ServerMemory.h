#pragma once

#include <QList>
#include <QString>

namespace SafeScan::Bench {

// The resident memory of a process over a soak: samples of /proc/PID/status VmRSS (Linux), and
// what they say after a warm-up: growth from the warm-up's end to the largest later sample and the
// least-squares slope (MB per minute).
class ServerMemory
{
public:
    explicit ServerMemory(qint64 pid)
        : m_pid(pid)
    {}

    // Reads VmRSS now; false when the process is gone or /proc is not there.
    bool sample(double atSeconds);

    struct Summary
    {
        double startMb = 0;
        double warmMb = 0; // at the end of the warm-up
        double maxAfterWarmMb = 0;
        double endMb = 0;
        double growthMb = 0; // maxAfterWarm - warm
        double slopeMbPerMinute = 0;
        int samples = 0;
    };
    Summary summary(double warmUpSeconds) const;
    // "0s 41.2, 30s 55.0, ..." (every `every`-th sample), for the report.
    QString timeline(int every) const;

private:
    struct Sample
    {
        double atSeconds;
        double mb;
    };
    qint64 m_pid;
    QList<Sample> m_samples;
};

} // namespace SafeScan::Bench
