#include "Measure.h"

#include <QFile>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace SafeScan::Bench {

qint64 cpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

QByteArray loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return "?";
    const QList<QByteArray> parts = file.readAll().split(' ');
    return parts.size() >= 3 ? parts[0] + ' ' + parts[1] + ' ' + parts[2] : QByteArray("?");
}

double Timing::perWallSecond(qint64 n) const
{
    return double(n) / (double(std::max<qint64>(wallNs, 1)) / 1e9);
}

double Timing::perCpuSecond(qint64 n) const
{
    return double(n) / (double(std::max<qint64>(cpuNs, 1)) / 1e9);
}

Stopwatch::Stopwatch(Timing& into)
    : m_into(into)
    , m_cpuStart(Bench::cpuNs())
{
    m_wall.start();
}

Stopwatch::~Stopwatch()
{
    m_into.wallNs += m_wall.nsecsElapsed();
    m_into.cpuNs += Bench::cpuNs() - m_cpuStart;
}

Latency percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, size_t(q * double(ms.size())))];
    };
    return {at(0.5), at(0.95), false};
}

Latency measureTimed(int runs, const std::function<double()>& query)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double ms = query();
        if (ms < 0) {
            std::fprintf(stderr, "query failed\n");
            return {-1, -1, true};
        }
        times.push_back(ms);
    }
    return percentiles(times);
}

Latency measure(int runs, const std::function<bool()>& query)
{
    return measureTimed(runs, [&] {
        QElapsedTimer timer;
        timer.start();
        return query() ? double(timer.nsecsElapsed()) / 1e6 : -1.0;
    });
}

const char* Targets::mark(const Latency& latency)
{
    if (latency.failed || latency.p95 > TargetP95Ms) {
        ++m_missed;
        m_worst = latency.failed ? m_worst : std::max(m_worst, latency.p95);
        return latency.failed ? "FAILED" : "MISSED";
    }
    ++m_met;
    m_worst = std::max(m_worst, latency.p95);
    return "MET   ";
}

} // namespace SafeScan::Bench
